package dev.claimex.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.claimex.models.ModelResourceException;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The confidence of a typed claim: a logistic regression over its {@link ClaimFeatures}, fitted so that among claims
 * of confidence near c about a fraction c are usable (right type, speaker and content). The weights are data, in
 * {@code dev/claimex/claim/confidence.tsv}, written by {@code claimex calibrate}.
 *
 * <pre>{@code
 * ConfidenceModel model = ConfidenceModel.load();
 * double p = model.probability(claim.features());   // in (0, 1)
 * }</pre>
 */
public final class ConfidenceModel {

  static final String RESOURCE = "dev/claimex/claim/confidence.tsv";
  private static final String[] COLUMNS = {"id", "weight"};

  private final ImmutableMap<String, Double> weights;
  private final String version;

  private ConfidenceModel(ImmutableMap<String, Double> weights, String version) {
    this.weights = weights;
    this.version = version;
  }

  /**
   * A model of these weights, each keyed by a name of {@link ClaimFeatures#NAMES}; a feature without a weight weighs
   * nothing.
   *
   * @throws IllegalArgumentException for an unknown feature name or a weight that is not finite
   */
  public static ConfidenceModel of(Map<String, Double> weights, String version) {
    checkNotNull(weights, "weights");
    checkNotNull(version, "version");
    weights.forEach((name, weight) -> {
      checkArgument(ClaimFeatures.NAMES.contains(name), "unknown feature: %s", name);
      checkArgument(Double.isFinite(weight), "weight of %s is not finite: %s", name, weight);
    });
    return new ConfidenceModel(ImmutableMap.copyOf(weights), version);
  }

  /** The model the library ships with. */
  public static ConfidenceModel load() {
    return load(RESOURCE);
  }

  static ConfidenceModel load(String resource) {
    // the class, not its loader: the resource is in this class's module
    InputStream in = ConfidenceModel.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new ModelResourceException("missing resource " + resource + " (is claimex-core on the class path?)");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(resource, reader);
    } catch (IOException e) {
      throw new ModelResourceException("cannot read " + resource, e);
    }
  }

  /**
   * Reads weights written by {@link #toTsv}: {@code #} comments, the header {@code id<TAB>weight}, one feature a
   * line. {@code source} names the text in errors.
   *
   * @throws ModelResourceException naming {@code source:line} for a malformed line, an unknown feature or a missing
   *     {@code bias}
   */
  public static ConfidenceModel read(String source, Reader reader) throws IOException {
    TsvTable table = TsvTable.parse(source, reader, COLUMNS);
    ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
    for (TsvRow row : table.rows()) {
      String name = row.get("id");
      if (!ClaimFeatures.NAMES.contains(name)) {
        throw row.error("unknown feature '" + name + "'");
      }
      double weight;
      try {
        weight = Double.parseDouble(row.get("weight"));
      } catch (NumberFormatException e) {
        throw row.error("weight is not a number: " + row.get("weight"));
      }
      if (!Double.isFinite(weight)) {
        throw row.error("weight is not finite: " + row.get("weight"));
      }
      weights.put(name, weight);
    }
    ImmutableMap<String, Double> read = weights.buildOrThrow();
    if (!read.containsKey(ClaimFeatures.BIAS)) {
      throw new ModelResourceException(source + ": no '" + ClaimFeatures.BIAS + "' weight");
    }
    return new ConfidenceModel(read, table.version());
  }

  /** The probability that a claim of these features is usable. */
  public double probability(ClaimFeatures features) {
    return probability(features.vector());
  }

  /** The probability for a feature vector of named values, as {@link ClaimFeatures#vector()} gives it. */
  public double probability(Map<String, Double> vector) {
    double z = 0;
    for (Map.Entry<String, Double> feature : vector.entrySet()) {
      z += weights.getOrDefault(feature.getKey(), 0.0) * feature.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  public ImmutableMap<String, Double> weights() {
    return weights;
  }

  /** The {@code # version:} of the weights. */
  public String version() {
    return version;
  }

  /**
   * The weights as {@link #read} reads them: the comment lines (each written after {@code "# "}), the version, the
   * header, then one feature a line in the order of {@link ClaimFeatures#NAMES}.
   */
  public String toTsv(ImmutableList<String> comments) {
    StringBuilder tsv = new StringBuilder();
    for (String comment : comments) {
      checkArgument(comment.indexOf('\n') < 0, "a comment is one line: %s", comment);
      tsv.append("# ").append(comment).append('\n');
    }
    tsv.append("# version: ").append(version).append('\n');
    tsv.append(String.join("\t", COLUMNS)).append('\n');
    for (String name : ClaimFeatures.NAMES) {
      Double weight = weights.get(name);
      if (weight != null) {
        tsv.append(name).append('\t').append(String.format(Locale.ROOT, "%.6f", weight)).append('\n');
      }
    }
    return tsv.toString();
  }
}
