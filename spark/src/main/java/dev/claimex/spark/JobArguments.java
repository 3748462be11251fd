package dev.claimex.spark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link ClaimexSparkJob}, read and checked.
 *
 * @param master the Spark master to use, or null for spark-submit's (else {@code local[*]})
 * @param inputFormat json, parquet or text (a text file is one document, its file name the id)
 * @param outputFormat parquet or json (a folder of JSON Lines files)
 * @param summary where the summary table goes
 * @param partitions how many partitions the documents are spread over at least; 0 for four per core
 */
record JobArguments(String input, String output, String summary, String master, String inputFormat,
    String outputFormat, int partitions, boolean overwrite, String logLevel, ClaimexSparkOptions options) {

  static final String USAGE = String.join("\n",
      "usage: ClaimexSparkJob --input PATH --output PATH [--master URL] [--summary PATH] [--partitions N]",
      "                       [--input-format json|parquet|text] [--output-format parquet|json]",
      "                       [--id-column NAME] [--text-column NAME] [--time-budget SECONDS]",
      "                       [--max-text-length CHARACTERS] [--overwrite] [--log-level LEVEL]",
      "",
      "Extracts the typed claims of every document of --input and writes one row per claim to --output, and beside",
      "it a summary table: how many claims each speaker made of each type about each target.",
      "--input          JSON Lines ({\"id\", \"text\"} a line; .jsonl, .json), Parquet (.parquet) or text files (.txt,",
      "                 one document a file, named by its file name); a folder or a glob needs --input-format",
      "--output         the claims, Parquet (default) or JSON Lines (.jsonl, .json): a folder of part files",
      "--summary        the summary table (default: --output with -summary before its extension)",
      "--master         Spark master (default: spark-submit's --master, else local[*])",
      "--partitions     spread the documents over at least N partitions (default: 4 per core)",
      "--id-column, --text-column  the input's columns (default id, text)",
      "--time-budget    seconds one document may take (default 60); past it, its row has an error",
      "--max-text-length  longer texts are not extracted: error row (default 5000000)",
      "--overwrite      replace --output and --summary if they exist",
      "--log-level      Spark's log level (default WARN)");

  /** Reads {@code args}; null for {@code --help}. */
  static JobArguments parse(List<String> args) throws JobUsageException {
    String input = null;
    String output = null;
    String summary = null;
    String master = null;
    String inputFormat = null;
    String outputFormat = null;
    int partitions = 0;
    boolean overwrite = false;
    String logLevel = "WARN";
    ClaimexSparkOptions.Builder options = ClaimexSparkOptions.builder();
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      switch (option) {
        case "--help", "-h" -> {
          return null;
        }
        case "--input" -> input = value(args, ++i, option);
        case "--output" -> output = value(args, ++i, option);
        case "--summary" -> summary = value(args, ++i, option);
        case "--master" -> master = value(args, ++i, option);
        case "--input-format" -> inputFormat = oneOf(value(args, ++i, option), option, "json", "parquet", "text");
        case "--output-format" -> outputFormat = oneOf(value(args, ++i, option), option, "parquet", "json");
        case "--partitions" -> partitions = positive(value(args, ++i, option), option);
        case "--id-column" -> options.idColumn(value(args, ++i, option));
        case "--text-column" -> options.textColumn(value(args, ++i, option));
        case "--time-budget" -> options.timeBudget(seconds(value(args, ++i, option), option));
        case "--max-text-length" -> options.maxTextLength(positive(value(args, ++i, option), option));
        case "--overwrite" -> overwrite = true;
        case "--log-level" -> logLevel = oneOf(value(args, ++i, option).toUpperCase(Locale.ROOT), option, "ALL",
            "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "OFF");
        default -> throw new JobUsageException("unknown option '" + option + "' (try --help)");
      }
    }
    if (input == null || output == null) {
      throw new JobUsageException("the job needs --input PATH and --output PATH (try --help)");
    }
    inputFormat = inputFormat != null ? inputFormat : inputFormat(input);
    outputFormat = outputFormat != null ? outputFormat : isJson(output) ? "json" : "parquet";
    summary = summary != null ? summary : besideOutput(output);
    if (summary.equals(output)) {
      throw new JobUsageException("--summary must differ from --output: " + output);
    }
    return new JobArguments(input, output, summary, master, inputFormat, outputFormat, partitions, overwrite,
        logLevel, options.build());
  }

  /** The format a path's extension names (a compression suffix aside). */
  private static String inputFormat(String path) throws JobUsageException {
    String name = withoutCompression(fileName(path).toLowerCase(Locale.ROOT));
    if (isJson(name)) {
      return "json";
    }
    if (name.endsWith(".parquet")) {
      return "parquet";
    }
    if (name.endsWith(".txt")) {
      return "text";
    }
    throw new JobUsageException("cannot tell the format of --input " + path + ": name it .jsonl, .parquet or .txt, "
        + "or give --input-format json|parquet|text");
  }

  private static boolean isJson(String path) {
    String name = withoutCompression(fileName(path).toLowerCase(Locale.ROOT));
    return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson");
  }

  /** Where the summary goes by default: {@code out/claims.parquet} gives {@code out/claims-summary.parquet}. */
  static String besideOutput(String output) {
    String trimmed = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    String name = fileName(trimmed);
    int dot = name.lastIndexOf('.');
    int at = dot > 0 ? trimmed.length() - name.length() + dot : trimmed.length();
    return trimmed.substring(0, at) + "-summary" + trimmed.substring(at);
  }

  private static String fileName(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  private static String withoutCompression(String name) {
    for (String suffix : List.of(".gz", ".bz2", ".zst", ".snappy", ".lz4", ".deflate")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static String value(List<String> args, int i, String option) throws JobUsageException {
    if (i >= args.size()) {
      throw new JobUsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static String oneOf(String value, String option, String... allowed) throws JobUsageException {
    if (!List.of(allowed).contains(value)) {
      throw new JobUsageException(option + " takes " + String.join("|", allowed) + ", not '" + value + "'");
    }
    return value;
  }

  private static int positive(String value, String option) throws JobUsageException {
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new JobUsageException(option + " must be a positive whole number, not '" + value + "'");
    }
  }

  private static Duration seconds(String value, String option) throws JobUsageException {
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds > 0) || Double.isInfinite(seconds)) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis((long) Math.ceil(Math.min(seconds * 1000, Long.MAX_VALUE)));
    } catch (NumberFormatException e) {
      throw new JobUsageException(option + " must be a positive number of seconds, not '" + value + "'");
    }
  }
}
