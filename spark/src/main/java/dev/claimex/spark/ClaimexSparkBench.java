package dev.claimex.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.DocumentOutcome;
import dev.claimex.json.ClaimexJson;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the Spark job beside the single-JVM batch, in one JVM on the same documents:
 *
 * <pre>
 * java -Xmx4g @spark/target/claimex-spark.args dev.claimex.spark.ClaimexSparkBench --input-jsonl FILE
 * </pre>
 *
 * <p>First the models load (timed, once per JVM), a warm-up pass runs single-threaded over the first documents, and
 * the job runs once on them in the first session (Spark's own code compiles on its first job). Then, each timed on
 * its own and with the heap's peak reset before it:
 * <ol>
 *   <li>the single-JVM batch, one thread: each line read, extracted ({@link DocumentOutcome}) by the same extractor
 *       the Spark tasks use, and written as the library's JSON line to a file, as the command line's batch does;
 *   <li>the job ({@link ClaimexSparkJob#run}: read, extract, write Parquet, summary table) on {@code local[1]} and
 *       on {@code local[2]}.
 * </ol>
 * Wall times leave out the model loading (in local mode the executor is this JVM, whose models are loaded before)
 * and the start of each SparkSession (reported apart). Peak heap is the sum of the heap pools' peaks during the
 * run: an upper bound of the heap in use, executor and driver together in local mode.
 */
public final class ClaimexSparkBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USAGE = "usage: ClaimexSparkBench --input-jsonl FILE [--warmup DOCUMENTS] "
      + "[--masters local[1],local[2]] [--partitions N]";

  /** What one run did. */
  private record Run(String system, double startSeconds, double seconds, long claims, long failed, long peakHeapMb) {}

  private ClaimexSparkBench() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String input = null;
    int warmup = 100;
    int partitions = 0;
    List<String> masters = List.of("local[1]", "local[2]");
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--input-jsonl" -> input = value(args, ++i);
          case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
          case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
          case "--masters" -> masters = Arrays.asList(value(args, ++i).split(","));
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
      }
      if (input == null || !Files.isReadable(Path.of(input)) || warmup < 0 || partitions < 0) {
        throw new IllegalArgumentException("--input-jsonl names no readable file: " + input);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("claimex-spark-bench: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
    }
    System.exit(run(Path.of(input), warmup, partitions, masters, out));
  }

  private static int run(Path input, int warmup, int partitions, List<String> masters, PrintStream out)
      throws IOException {
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .toList();
    List<String> texts = new ArrayList<>();
    for (String line : lines) {
      texts.add(JSON.readTree(line).path("text").asText());
    }
    long tokens = texts.stream().mapToLong(ClaimexSparkBench::tokens).sum();
    long characters = texts.stream().mapToLong(String::length).sum();
    out.printf(Locale.ROOT, "spark bench: %d documents, %,d tokens, %,d characters; %d processors, max heap %,d MB%n",
        lines.size(), tokens, characters, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    ClaimexSparkOptions options = ClaimexSparkOptions.defaults();
    long start = System.nanoTime();
    Claimex claimex = SharedClaimex.get(options.claimexOptions()); // the extractor the Spark tasks will use
    double load = seconds(start);
    int warm = Math.min(warmup, texts.size());
    texts.subList(0, warm).forEach(claimex::extract);
    out.printf(Locale.ROOT, "models loaded in %.1f s (once per JVM: in no time below); warm-up over %d documents%n",
        load, warm);

    Path folder = Files.createTempDirectory("claimex-spark-bench");
    try {
      Path warmupInput = Files.write(folder.resolve("warm-up.jsonl"), lines.subList(0, warm),
          StandardCharsets.UTF_8);
      List<Run> runs = new ArrayList<>();
      runs.add(singleJvm(claimex, lines, folder.resolve("single.jsonl")));
      print(out, runs.get(0), lines.size(), tokens, characters);
      for (String master : masters) {
        Path warmupOutput = runs.size() == 1 && warm > 0 ? folder.resolve("warm-up.parquet") : null;
        runs.add(spark(master, input, warmupInput, warmupOutput, partitions,
            folder.resolve("claims-" + runs.size() + ".parquet")));
        print(out, runs.get(runs.size() - 1), lines.size(), tokens, characters);
      }
      if (runs.stream().mapToLong(Run::claims).distinct().count() != 1) {
        out.println("MISMATCH: the runs found different numbers of claims");
      }
      if (runs.size() >= 3) {
        out.printf(Locale.ROOT, "ratio %s/%s: %.2fx (issue: at least 1.6x)%n", runs.get(2).system(),
            runs.get(1).system(), runs.get(1).seconds() / runs.get(2).seconds());
      }
      if (runs.size() >= 2) {
        out.printf(Locale.ROOT, "ratio %s/%s: %.2fx (issue: within 15%%, at least 0.85x)%n", runs.get(1).system(),
            runs.get(0).system(), runs.get(0).seconds() / runs.get(1).seconds());
      }
      return 0;
    } finally {
      delete(folder);
    }
  }

  /** The single-JVM batch on one thread: JSON line in, extraction, JSON line out. */
  private static Run singleJvm(Claimex claimex, List<String> lines, Path output) throws IOException {
    resetPeaks();
    long start = System.nanoTime();
    long claims = 0;
    long failed = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        JsonNode node = JSON.readTree(line);
        String id = node.path("id").asText(null);
        DocumentOutcome outcome = DocumentOutcome.extract(claimex, id, node.path("text").asText(null));
        failed += outcome.failed() ? 1 : 0;
        claims += outcome.result() == null ? 0 : outcome.result().claims().size();
        writer.write(outcome.result() == null ? ClaimexJson.errorLine(id, outcome.error())
            : outcome.failed() ? ClaimexJson.toJson(outcome.result(), outcome.error())
            : ClaimexJson.toJson(outcome.result()));
        writer.newLine();
      }
    }
    return new Run("single JVM, 1 thread", 0, seconds(start), claims, failed, peakHeapMb());
  }

  /**
   * The job on {@code master}: its SparkSession started apart, then read, extract, write and summarize; first, if
   * {@code warmupOutput} is given, an untimed run over the warm-up documents.
   */
  private static Run spark(String master, Path input, Path warmupInput, Path warmupOutput, int partitions,
      Path output) throws IOException {
    long start = System.nanoTime();
    SparkSession spark = ClaimexSparkJob.session(master, "WARN");
    spark.sparkContext().setLogLevel("WARN");
    double started = seconds(start);
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    try {
      if (warmupOutput != null) {
        ClaimexSparkJob.run(spark, arguments(warmupInput, warmupOutput, partitions), quiet, quiet);
      }
      JobArguments arguments = arguments(input, output, partitions);
      resetPeaks();
      start = System.nanoTime();
      ClaimexSparkJob.Report report = ClaimexSparkJob.run(spark, arguments, quiet, System.err);
      return new Run("spark " + spark.version() + " " + master + " (" + report.partitions() + " partitions)",
          started, seconds(start),
          report.claims(), report.failed(), peakHeapMb());
    } catch (JobUsageException e) {
      throw new IllegalStateException(e);
    } finally {
      spark.stop();
    }
  }

  private static JobArguments arguments(Path input, Path output, int partitions) throws JobUsageException {
    List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output", output.toString()));
    if (partitions > 0) {
      args.addAll(List.of("--partitions", Integer.toString(partitions)));
    }
    return JobArguments.parse(args);
  }

  private static void print(PrintStream out, Run run, int documents, long tokens, long characters) {
    out.printf(Locale.ROOT, "%-32s start %4.1f s | %7.1f s | %6.2f docs/s | %7.0f tokens/s | %8.0f chars/s | peak "
        + "heap %,6d MB | %,d claims, %d failed%n", run.system(), run.startSeconds(), run.seconds(),
        documents / run.seconds(), tokens / run.seconds(), characters / run.seconds(), run.peakHeapMb(),
        run.claims(), run.failed());
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  /** Tokens as CoreNLP's tokenizer counts them, the unit of the command line's bench. */
  private static long tokens(String text) {
    return PTBTokenizer.factory(new CoreLabelTokenFactory(), "untokenizable=noneKeep")
        .getTokenizer(new StringReader(text)).tokenize().size();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
