package dev.claimex.examples;

import dev.claimex.quote.Report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.examples.bench.StageBenchmarks;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.time.Duration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The {@code bench} command. With {@code --input-jsonl} it times Claimex over a set of documents (warm-up pass,
 * then timed passes) and, in the same JVM on the same documents, a CoreNLP pipeline configured as a user would
 * configure it, and prints documents/s, tokens/s, model load time, peak heap and the ratio. With {@code --jmh}
 * it runs the per-stage JMH suite; with {@code --scaling} it compares time per token on documents of 5 KB to 5 MB;
 * with {@code --hostile} it runs a batch of bad and huge inputs ({@link HostileBatch}).
 */
final class Bench {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Document sizes of {@code --scaling}, in characters. */
  private static final int[] SCALING_SIZES = {5_000, 200_000, 1_000_000, 5_000_000};

  /** What one system did over the documents. */
  private record Timing(String system, double loadSeconds, int documents, long tokens, double seconds, long peakHeapMb) {
    double tokensPerSecond() {
      return tokens / seconds;
    }

    double documentsPerSecond() {
      return documents / seconds;
    }
  }

  private Bench() {}

  static int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, IOException {
    if (arguments.contains("--jmh")) {
      return jmh(arguments, out);
    }
    if (arguments.contains("--hostile")) {
      return hostile(arguments, out, err);
    }
    String input = null;
    String baseline = "corenlp-ner";
    int threads = 1;
    int passes = 2;
    int warmup = 2;
    boolean scaling = false;
    for (int i = 0; i < arguments.size(); i++) {
      switch (arguments.get(i)) {
        case "--input-jsonl" -> input = Arguments.value(arguments, ++i, "--input-jsonl");
        case "--baseline" -> baseline = Arguments.value(arguments, ++i, "--baseline");
        case "--threads" -> threads = Arguments.positive(Arguments.value(arguments, ++i, "--threads"), "--threads");
        case "--passes" -> passes = Arguments.positive(Arguments.value(arguments, ++i, "--passes"), "--passes");
        case "--warmup" -> warmup = Arguments.positive(Arguments.value(arguments, ++i, "--warmup"), "--warmup");
        case "--scaling" -> scaling = true;
        default -> throw new UsageException("unknown bench option '" + arguments.get(i) + "' (try --help)");
      }
    }
    if (!List.of("corenlp-quote", "corenlp-ner", "none").contains(baseline)) {
      throw new UsageException("--baseline must be corenlp-quote, corenlp-ner or none, not '" + baseline + "'");
    }
    if (input == null) {
      throw new UsageException("bench needs --input-jsonl FILE (or --jmh)");
    }
    List<String> documents = read(input);
    if (scaling) {
      return scaling(documents, out);
    }
    long[] tokens = documents.stream().mapToLong(Bench::tokens).toArray();
    out.printf(Locale.ROOT, "bench: %d documents, %d tokens, %d thread(s), %d warm-up and %d timed pass(es), "
        + "%d processors, max heap %d MB%n", documents.size(), sum(tokens), threads, warmup, passes,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    long start = System.nanoTime();
    Claimex claimex = Claimex.english();
    double claimexLoad = (System.nanoTime() - start) / 1e9;
    Timing ours = time("claimex", claimexLoad, documents, tokens, threads, warmup, passes, claimex::extract);
    print(out, ours);
    if (baseline.equals("none")) {
      return 0;
    }
    start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(coreNlpProperties(baseline, threads));
    double coreNlpLoad = (System.nanoTime() - start) / 1e9;
    // the baselines are 10 to 60 times slower: one warm-up and one timed pass keep the run under an hour
    Timing theirs = time(baseline, coreNlpLoad, documents, tokens, threads, 1, 1,
        text -> pipeline.annotate(new CoreDocument(text)));
    print(out, theirs);
    out.printf(Locale.ROOT, "ratio claimex/%s: tokens/s %.2fx, load %.2fx%n", baseline,
        ours.tokensPerSecond() / theirs.tokensPerSecond(), claimexLoad / coreNlpLoad);
    return 0;
  }

  /** The baseline as a user configures it from CoreNLP's documentation. */
  private static Properties coreNlpProperties(String baseline, int threads) {
    Properties properties = new Properties();
    if (baseline.equals("corenlp-quote")) {
      properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
      properties.setProperty("coref.algorithm", "statistical");
    } else {
      properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    }
    properties.setProperty("threads", Integer.toString(threads));
    return properties;
  }

  /** Warm-up passes, then timed passes over the documents on {@code threads} threads. */
  private static Timing time(String system, double loadSeconds, List<String> documents, long[] tokens, int threads,
      int warmup, int passes, Consumer<String> work) {
    for (int pass = 0; pass < warmup; pass++) {
      runPass(documents, threads, work);
    }
    resetPeaks();
    long start = System.nanoTime();
    for (int pass = 0; pass < passes; pass++) {
      runPass(documents, threads, work);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Timing(system, loadSeconds, documents.size() * passes, sum(tokens) * passes, seconds, peakHeapMb());
  }

  private static void runPass(List<String> documents, int threads, Consumer<String> work) {
    if (threads == 1) {
      documents.forEach(work);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String document : documents) {
        done.add(pool.submit(() -> work.accept(document)));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark document failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Time per token on documents of 5 KB, 200 KB, 1 MB and 5 MB made of the input's texts (repeated where a size
   * needs more), each read whole, and each size's ratio to the smallest: flat if every pass is linear.
   */
  private static int scaling(List<String> documents, PrintStream out) {
    String all = String.join("\n\n", documents) + "\n\n";
    Claimex claimex = Claimex.builder().timeBudget(Duration.ofHours(1)).build(); // every size read to the end
    out.printf(Locale.ROOT, "scaling: news of %d documents (%,d characters), repeated where a size needs more; max heap "
        + "%d MB%n", documents.size(), all.length(), Runtime.getRuntime().maxMemory() >> 20);
    for (int i = 0; i < 20; i++) { // warm-up: the small document often, and a larger one, whose rarer paths the JIT
      claimex.extract(RepeatedText.of(all, SCALING_SIZES[0])); // would otherwise compile while it is timed
    }
    claimex.extract(RepeatedText.of(all, SCALING_SIZES[1]));
    double smallest = 0;
    for (int size : SCALING_SIZES) {
      String document = RepeatedText.of(all, size);
      long tokens = tokens(document);
      int repetitions = Math.max(1, SCALING_SIZES[1] / size);
      long start = System.nanoTime();
      boolean complete = true;
      for (int r = 0; r < repetitions; r++) {
        complete &= claimex.extract(document).complete();
      }
      double perToken = (System.nanoTime() - start) / 1e3 / repetitions / tokens;
      smallest = smallest == 0 ? perToken : smallest;
      out.printf(Locale.ROOT, "%,10d characters %,9d tokens %6.1f µs/token  ratio %.2f%s%n", document.length(), tokens,
          perToken, perToken / smallest, complete ? "" : "  (incomplete: give the JVM more heap)");
    }
    return 0;
  }

  /**
   * Runs the hostile batch ({@link HostileBatch}) through the batch runner: wall time, peak heap, the slowest
   * document beside the time budget, and whether every document got an output line whose spans hold.
   */
  private static int hostile(List<String> arguments, PrintStream out, PrintStream err)
      throws UsageException, IOException {
    double scale = 1.0;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < arguments.size(); i++) {
      switch (arguments.get(i)) {
        case "--hostile" -> { }
        case "--scale" -> scale = Arguments.fraction(Arguments.value(arguments, ++i, "--scale"), "--scale");
        case "--threads" -> threads = Arguments.positive(Arguments.value(arguments, ++i, "--threads"), "--threads");
        default -> throw new UsageException("unknown bench option '" + arguments.get(i) + "' (try --help)");
      }
    }
    Path directory = Files.createTempDirectory("claimex-hostile");
    Path input = directory.resolve("hostile.jsonl");
    Path output = directory.resolve("results.jsonl");
    try {
      List<Boolean> lines = HostileBatch.write(input, scale);
      out.printf(Locale.ROOT, "hostile batch: %d lines (%d documents), %.1f MB, scale %s, %d thread(s), max heap %d MB%n",
          lines.size(), lines.stream().filter(d -> d).count(), Files.size(input) / 1e6, scale, threads,
          Runtime.getRuntime().maxMemory() >> 20);
      Claimex claimex = Claimex.english();
      resetPeaks();
      BatchRunner.Summary summary;
      try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
          PrintStream results = new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
        summary = new BatchRunner(claimex, results, err, threads).run(reader, input.getFileName().toString());
      }
      long peak = peakHeapMb();
      OutputCheck.Report report = OutputCheck.check(input, output);
      out.printf(Locale.ROOT, "done in %.1f s, peak heap %d MB; slowest document %.1f s (line %d, id %s), time budget "
          + "%d s%n", summary.seconds(), peak, summary.slowestSeconds(), summary.slowestLine(), summary.slowestId(),
          claimex.options().timeBudget().toSeconds());
      out.printf(Locale.ROOT, "%d output lines for %d input lines, %d with an error field; spans %s%n", report.lines(),
          lines.size(), report.errors(), report.valid() ? "all valid" : "INVALID: " + report.problems());
      return report.valid() && report.lines() == lines.size() ? 0 : 1;
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(output);
      Files.deleteIfExists(directory);
    }
  }

  private static void print(PrintStream out, Timing t) {
    out.printf(Locale.ROOT, "%-14s load %6.2f s | %7.2f docs/s | %9.0f tokens/s | peak heap %5d MB | %d docs in %.1f s%n",
        t.system(), t.loadSeconds(), t.documentsPerSecond(), t.tokensPerSecond(), t.peakHeapMb(), t.documents(),
        t.seconds());
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

  /** Tokens as CoreNLP's tokenizer counts them: the unit both systems are measured in. */
  private static long tokens(String text) {
    return PTBTokenizer.factory(new CoreLabelTokenFactory(), "untokenizable=noneKeep")
        .getTokenizer(new StringReader(text)).tokenize().stream().map(CoreLabel::word).count();
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    return total;
  }

  private static List<String> read(String file) throws UsageException, IOException {
    List<String> texts = new ArrayList<>();
    try (BufferedReader reader = TextFiles.reader(Path.of(file))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          texts.add(JSON.readTree(line).path("text").asText());
        }
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    }
    if (texts.isEmpty()) {
      throw new UsageException("no documents in " + file);
    }
    return texts;
  }

  private static int jmh(List<String> arguments, PrintStream out) {
    int at = arguments.indexOf("--jmh");
    String pattern = at + 1 < arguments.size() ? arguments.get(at + 1) : StageBenchmarks.class.getSimpleName();
    try {
      new Runner(new OptionsBuilder().include(pattern).build()).run();
      return 0;
    } catch (RunnerException e) {
      out.println("claimex: benchmark failed: " + e.getMessage());
      return 1;
    }
  }
}
