package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimFeatures;
import dev.claimex.claim.ClaimType;
import dev.claimex.claim.ConfidenceModel;
import dev.claimex.json.ClaimexJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code calibrate} command: fits the {@link ConfidenceModel} of typed claims to a gold file annotated to the
 * news-claims guidelines and writes its weights. Each typed claim the library extracts is labelled usable or not
 * exactly as {@link ClaimScorer} decides it (found with the right speaker and content); the L2 penalty is chosen by
 * five-fold cross-validation over the documents, then the model is fitted on them all.
 *
 * <pre>
 * claimex calibrate --claims news-claims-train.jsonl --out core/src/main/resources/dev/claimex/claim/confidence.tsv
 * </pre>
 *
 * <p>Everything is deterministic: the same library and gold file give the same weights.
 */
final class Calibration {

  /** The penalties cross-validation chooses from. */
  private static final double[] PENALTIES = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3};
  private static final int FOLDS = 5;
  private static final double RATE = 0.3;
  private static final int ITERATIONS = 5_000;

  /** The typed claims of one gold document, labelled. */
  private record Labelled(int document, LogisticFit.Example example, boolean found) {}

  private Calibration() {}

  static int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, IOException {
    String gold = null;
    String output = null;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < arguments.size(); i++) {
      switch (arguments.get(i)) {
        case "--claims" -> gold = Arguments.value(arguments, ++i, "--claims");
        case "--out" -> output = Arguments.value(arguments, ++i, "--out");
        case "--threads" -> threads = Arguments.positive(Arguments.value(arguments, ++i, "--threads"), "--threads");
        default -> throw new UsageException("unknown calibrate option '" + arguments.get(i) + "' (try --help)");
      }
    }
    if (gold == null || output == null) {
      throw new UsageException("calibrate needs --claims GOLD.jsonl and --out FILE.tsv");
    }
    List<ClaimEvaluation.JsonLine> documents = ClaimEvaluation.readGold(gold);
    List<Labelled> labelled = label(documents, threads);
    if (labelled.isEmpty()) {
      throw new UsageException(gold + ": the library finds no typed claim in it; nothing to fit");
    }
    double penalty = choosePenalty(labelled, err);
    List<LogisticFit.Example> all = labelled.stream().map(Labelled::example).toList();
    ImmutableMap<String, Double> weights = new LogisticFit(penalty, RATE, ITERATIONS).fit(all, ClaimFeatures.BIAS);
    long usable = all.stream().filter(LogisticFit.Example::positive).count();
    String name = Path.of(gold).getFileName().toString();
    ConfidenceModel model = ConfidenceModel.of(weights, name + ", " + all.size() + " typed claims");
    ImmutableList<String> header = ImmutableList.of(
        "Confidence of typed claims (not STATEMENT): a logistic regression over dev.claimex.claim.ClaimFeatures,",
        "the probability that a claim is usable (found with the right type, speaker and content, as the",
        "news-claims scorer decides it). Written by the command, do not edit: refit after any change to typing,",
        "speakers or contents with",
        "  java -jar examples/target/claimex.jar calibrate --claims " + gold + " --out " + output,
        "then rebuild.",
        String.format(Locale.ROOT, "Fitted on %s: %d documents, %d typed claims, %d usable (%.3f).", name,
            documents.size(), all.size(), usable, (double) usable / all.size()),
        String.format(Locale.ROOT, "Method: batch gradient descent on the mean log loss from zero weights, step %s,"
            + " %d steps, L2 penalty %s (not on the bias) chosen by %d-fold cross-validation over documents;",
            RATE, ITERATIONS, penalty, FOLDS),
        String.format(Locale.ROOT, "in-sample mean log loss %.4f.", LogisticFit.logLoss(weights, all)));
    Files.writeString(Path.of(output), model.toTsv(header), StandardCharsets.UTF_8);
    err.printf(Locale.ROOT, "claimex: fitted %d typed claims of %s (%d usable), L2 %s; wrote %s%n", all.size(), gold,
        usable, penalty, output);
    List<Reliability.Judged> judged = new ArrayList<>();
    for (Labelled claim : labelled) {
      judged.add(new Reliability.Judged(OptionalDouble.of(model.probability(claim.example().features())),
          claim.found(), claim.example().positive()));
    }
    out.println("in-sample reliability of the fitted confidences on " + gold);
    out.println(Reliability.of(judged));
    return 0;
  }

  /** Every typed claim the library extracts from the documents, with its features and the scorer's decisions. */
  private static List<Labelled> label(List<ClaimEvaluation.JsonLine> documents, int threads) throws IOException {
    Claimex claimex = Claimex.builder().minConfidence(0).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ExtractionResult>> results = new ArrayList<>();
      for (ClaimEvaluation.JsonLine document : documents) {
        JsonNode node = document.node();
        results.add(pool.submit(() -> claimex.extract(node.get("id").asText(), node.path("text").asText())));
      }
      List<Labelled> labelled = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        JsonNode goldDocument = documents.get(d).node();
        ExtractionResult result = results.get(d).get();
        JsonNode claims = ClaimexJson.toTree(result).get("claims");
        for (int i = 0; i < result.claims().size(); i++) {
          Claim claim = result.claims().get(i);
          if (claim.type() == ClaimType.STATEMENT) {
            continue; // keeps its attribution's confidence; the scorer judges typed claims only
          }
          JsonNode predicted = claims.get(i);
          labelled.add(new Labelled(d, new LogisticFit.Example(claim.features().vector(),
              ClaimScorer.usable(goldDocument, predicted)), ClaimScorer.supported(goldDocument, predicted)));
        }
      }
      return labelled;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The penalty of the least mean held-out log loss, each document held out once (fold = document index mod 5). */
  private static double choosePenalty(List<Labelled> labelled, PrintStream err) {
    double best = PENALTIES[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double penalty : PENALTIES) {
      double loss = 0;
      int held = 0;
      for (int fold = 0; fold < FOLDS; fold++) {
        int k = fold;
        List<LogisticFit.Example> train = labelled.stream().filter(c -> c.document() % FOLDS != k)
            .map(Labelled::example).toList();
        List<LogisticFit.Example> test = labelled.stream().filter(c -> c.document() % FOLDS == k)
            .map(Labelled::example).toList();
        if (train.isEmpty() || test.isEmpty()) {
          continue;
        }
        ImmutableMap<String, Double> weights = new LogisticFit(penalty, RATE, ITERATIONS).fit(train, ClaimFeatures.BIAS);
        loss += LogisticFit.logLoss(weights, test) * test.size();
        held += test.size();
      }
      double mean = held == 0 ? Double.POSITIVE_INFINITY : loss / held;
      err.printf(Locale.ROOT, "claimex: L2 %s: held-out log loss %.4f%n", penalty, mean);
      if (mean < bestLoss) {
        bestLoss = mean;
        best = penalty;
      }
    }
    return best;
  }
}
