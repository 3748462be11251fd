package dev.claimex.examples;

import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.html.ClaimexHtml;
import dev.claimex.json.ClaimexJson;
import dev.claimex.quote.ReportCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code claimex} command line.
 *
 * <pre>
 * java -jar examples/target/claimex.jar extract                       # the bundled example article, as text
 * java -jar examples/target/claimex.jar extract --format json FILE    # one document, as JSON
 * java -jar examples/target/claimex.jar extract --format html FILE > claims.html   # its claims shown in its text
 * java -jar examples/target/claimex.jar extract --input-jsonl FILE    # JSON Lines in, JSON Lines out
 * </pre>
 */
public final class ClaimexCli {

  private static final String USAGE = String.join("\n",
      "usage: claimex extract [--format text|json|html] [--category LIST] [--time-budget SECONDS] [FILE|-]",
      "       claimex extract --input-jsonl FILE|- [--category LIST] [--time-budget SECONDS] [--threads N]",
      "       claimex eval --gold FILE.jsonl [--only-direct]",
      "       claimex eval --claims FILE.jsonl [--predictions OUTPUT.jsonl] [--threads N] [--reliability]",
      "       claimex calibrate --claims GOLD.jsonl --out confidence.tsv [--threads N]",
      "       claimex bench --input-jsonl FILE [--threads N] [--warmup N] [--passes N]",
      "                     [--baseline corenlp-quote|corenlp-ner|none]",
      "       claimex bench --input-jsonl FILE --scaling",
      "       claimex bench --hostile [--scale FRACTION] [--threads N]",
      "       claimex bench --jmh [PATTERN]",
      "       claimex version",
      "",
      "extract   typed claims of one document (FILE, - for standard input, or the bundled example article),",
      "          or of every {\"id\",\"text\"} line of a JSON Lines file (one JSON result per line, progress on stderr);",
      "          --format html writes one self-contained page: the text with its claims marked, a card per claim,",
      "          the speakers and filters (it loads nothing: open it from disk)",
      "eval      attribution figures of the library on a gold file of annotated news (speaker, cue, content),",
      "          the same as the project's reference scorer; --claims: typed-claim figures on a gold file annotated",
      "          to the news-claims guidelines (type, speaker, content, condition, polarity, modality, per type),",
      "          the same as score_news_claims.py; --predictions scores that output of extract --input-jsonl",
      "          instead of extracting; --reliability then prints the predicted claims binned by confidence, with the",
      "          share usable (found with the right speaker and content) in each bin",
      "calibrate fits the confidence of typed claims to a gold file annotated to the news-claims guidelines: each",
      "          typed claim extracted is labelled usable or not as eval --claims decides it, and a logistic",
      "          regression over the claim's features is written to --out (the library's own weights are",
      "          core/src/main/resources/dev/claimex/claim/confidence.tsv; rebuild after writing them)",
      "bench     speed over a set of documents beside a CoreNLP pipeline in the same JVM (docs/s, tokens/s, load,",
      "          peak heap, ratio); --scaling compares time per token on 5 KB, 200 KB, 1 MB and 5 MB documents",
      "          made of the input's news (give it -Xmx3g); --hostile runs a batch of bad and huge inputs (four of",
      "          5 MB at --scale 1) and checks that every document got a valid output line;",
      "          --jmh runs the JMH benchmarks of each stage (articles per second), PATTERN selects some",
      "--category LIST  the kinds of report to keep, comma-separated: speech, thought, evidence (default all);",
      "               --category speech keeps quotations of speech and their claims, not beliefs nor polls",
      "--time-budget  seconds one document may take (default 60); the rest of a longer one is left out, flagged",
      "--threads N    documents extracted at once in a batch (default: the number of processors); output stays in",
      "               input order",
      "--debug   print stack traces of errors");

  private final PrintStream out;
  private final PrintStream err;

  ClaimexCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int code = new ClaimexCli(out, System.err).run(args);
    out.flush();
    System.exit(code);
  }

  /** Runs a command; returns the exit code (0 ok, 1 some documents failed, 2 usage or input error). */
  int run(String... args) {
    List<String> arguments = new ArrayList<>(List.of(args));
    boolean debug = arguments.remove("--debug");
    try {
      if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
        out.println(USAGE);
        return arguments.isEmpty() ? 2 : 0;
      }
      String command = arguments.remove(0);
      return switch (command) {
        case "extract" -> extract(arguments);
        case "bench" -> Bench.run(arguments, out, err);
        case "eval" -> Evaluation.run(arguments, out, err);
        case "calibrate" -> Calibration.run(arguments, out, err);
        case "version" -> {
          out.println("claimex " + Claimex.english().provenance().version());
          yield 0;
        }
        default -> throw new UsageException("unknown command '" + command + "' (try --help)");
      };
    } catch (UsageException e) {
      err.println("claimex: " + e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("claimex: " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + (debug ? "" : " (--debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return 2;
    }
  }

  private int extract(List<String> arguments) throws UsageException, IOException {
    String format = "text";
    String batch = null;
    String file = null;
    int threads = Runtime.getRuntime().availableProcessors();
    Claimex.Builder builder = Claimex.builder();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      switch (argument) {
        case "--format" -> {
          format = Arguments.value(arguments, ++i, "--format");
          if (!List.of("text", "json", "html").contains(format)) {
            throw new UsageException("--format must be text, json or html, not '" + format + "'");
          }
        }
        case "--input-jsonl" -> batch = Arguments.value(arguments, ++i, "--input-jsonl");
        case "--time-budget" -> builder.timeBudget(
            Arguments.seconds(Arguments.value(arguments, ++i, "--time-budget"), "--time-budget"));
        case "--threads" -> threads = Arguments.positive(Arguments.value(arguments, ++i, "--threads"), "--threads");
        case "--category" -> {
          List<ReportCategory> kept = Arguments.categories(Arguments.value(arguments, ++i, "--category"));
          builder.categories(kept.get(0), kept.subList(1, kept.size()).toArray(ReportCategory[]::new));
        }
        default -> {
          if (argument.startsWith("--")) {
            throw new UsageException("unknown option '" + argument + "' (try --help)");
          }
          if (file != null) {
            throw new UsageException("one input file at a time: '" + file + "' and '" + argument + "'");
          }
          file = argument;
        }
      }
    }
    if (batch != null) {
      if (file != null) {
        throw new UsageException("give --input-jsonl or a FILE, not both");
      }
      if (format.equals("html")) {
        throw new UsageException("--format html shows one document: give a FILE, not --input-jsonl");
      }
      try (BufferedReader reader = open(batch)) {
        BatchRunner.Summary summary = new BatchRunner(builder.build(), out, err, threads).run(reader, batch);
        return summary.failed() == 0 ? 0 : 1;
      }
    }
    String name = file == null ? Examples.FOUNDING_ARTICLE : file;
    String text = file == null ? Examples.foundingArticle() : readAll(file);
    ExtractionResult result = builder.build().extract(name, text);
    if (format.equals("html")) {
      out.print(ClaimexHtml.render(result)); // ends with a line break
    } else {
      out.println(format.equals("json") ? ClaimexJson.toPrettyJson(result) : TextReport.render(name, result));
    }
    return 0;
  }

  private static BufferedReader open(String file) throws UsageException, IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    try {
      return TextFiles.reader(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    }
  }

  private static String readAll(String file) throws UsageException, IOException {
    if (file.equals("-")) {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      // bytes that are not UTF-8 become U+FFFD rather than failing the document
      return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    }
  }
}
