package dev.claimex.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import dev.claimex.ClaimexOptions;
import dev.claimex.quote.ReportCategory;
import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;

/**
 * What {@link ClaimexSpark} reads and how it extracts: the input columns and the extractor's options. Small and
 * serializable: this, not the extractor, travels to the executors, where it names the shared extractor to use.
 *
 * <pre>{@code
 * ClaimexSparkOptions options = ClaimexSparkOptions.builder().idColumn("doc_id").textColumn("body")
 *     .timeBudget(Duration.ofSeconds(30)).build();
 * System.out.println(options);
 * // ClaimexSparkOptions[idColumn=doc_id, textColumn=body, maxTextLength=5000000, minConfidence=0.0,
 * //     timeBudget=PT30S, categories=[SPEECH, THOUGHT, EVIDENCE]]
 * }</pre>
 */
public final class ClaimexSparkOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String idColumn;
  private final String textColumn;
  private final int maxTextLength;
  private final double minConfidence;
  private final Duration timeBudget;
  private final EnumSet<ReportCategory> categories;

  private ClaimexSparkOptions(Builder builder) {
    this.idColumn = builder.idColumn;
    this.textColumn = builder.textColumn;
    this.maxTextLength = builder.maxTextLength;
    this.minConfidence = builder.minConfidence;
    this.timeBudget = builder.timeBudget;
    this.categories = EnumSet.copyOf(builder.categories);
  }

  /** Columns {@code id} and {@code text}, and the library's default options. */
  public static ClaimexSparkOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The column that identifies a document (any type; written as a string). */
  public String idColumn() {
    return idColumn;
  }

  /** The column of the document's text (a string). */
  public String textColumn() {
    return textColumn;
  }

  /** Longer texts are not extracted: they give an error row. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** The options of the extractor that these options ask for. */
  public ClaimexOptions claimexOptions() {
    return new ClaimexOptions(maxTextLength, minConfidence, timeBudget, Sets.immutableEnumSet(categories));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClaimexSparkOptions o && idColumn.equals(o.idColumn) && textColumn.equals(o.textColumn)
        && claimexOptions().equals(o.claimexOptions());
  }

  @Override
  public int hashCode() {
    return Objects.hash(idColumn, textColumn, claimexOptions());
  }

  @Override
  public String toString() {
    return "ClaimexSparkOptions[idColumn=" + idColumn + ", textColumn=" + textColumn + ", maxTextLength="
        + maxTextLength + ", minConfidence=" + minConfidence + ", timeBudget=" + timeBudget + ", categories="
        + categories + "]";
  }

  /** Options, validated as they are set. */
  public static final class Builder {
    private String idColumn = "id";
    private String textColumn = "text";
    private int maxTextLength = ClaimexOptions.DEFAULT_MAX_DOCUMENT_LENGTH;
    private double minConfidence;
    private Duration timeBudget = ClaimexOptions.DEFAULT_TIME_BUDGET;
    private EnumSet<ReportCategory> categories = EnumSet.allOf(ReportCategory.class);

    private Builder() {}

    /** The column of document ids (default {@code id}). */
    public Builder idColumn(String column) {
      this.idColumn = column(column, "idColumn");
      return this;
    }

    /** The column of texts (default {@code text}). */
    public Builder textColumn(String column) {
      this.textColumn = column(column, "textColumn");
      return this;
    }

    /**
     * Texts longer than this many characters are not extracted and give an error row (default 5,000,000, the
     * library's longest document): a document needs about 200 bytes of executor heap a character at its peak.
     */
    public Builder maxTextLength(int characters) {
      checkArgument(characters > 0, "maxTextLength must be positive: %s", characters);
      this.maxTextLength = characters;
      return this;
    }

    /** Claims and attributions below this confidence (0 to 1) are left out. */
    public Builder minConfidence(double confidence) {
      checkArgument(confidence >= 0 && confidence <= 1, "minConfidence must be in [0, 1]: %s", confidence);
      this.minConfidence = confidence;
      return this;
    }

    /** How long one document may take (default one minute); past it the rest is left out and the row has an error. */
    public Builder timeBudget(Duration budget) {
      checkNotNull(budget, "budget");
      checkArgument(!budget.isNegative() && !budget.isZero(), "timeBudget must be positive: %s", budget);
      this.timeBudget = budget;
      return this;
    }

    /** The kinds of report to keep (default all), as {@code Claimex.Builder.categories}. */
    public Builder categories(ReportCategory first, ReportCategory... more) {
      this.categories = EnumSet.of(checkNotNull(first, "first"), checkNotNull(more, "more"));
      return this;
    }

    public ClaimexSparkOptions build() {
      return new ClaimexSparkOptions(this);
    }

    private static String column(String name, String option) {
      checkNotNull(name, option);
      checkArgument(!name.isBlank(), "%s must name a column: '%s'", option, name);
      return name;
    }

    @Override
    public String toString() {
      return "ClaimexSparkOptions.Builder[" + build() + "]";
    }
  }
}
