package dev.claimex.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The typed claims of a news archive, for {@code spark-submit}: reads the documents, writes one row per claim
 * ({@link ClaimexSchemas#CLAIM_ROW}) and, beside it, a summary table ({@link ClaimexSchemas#SUMMARY}): how many
 * claims each speaker made of each type about each target across the archive.
 *
 * <pre>
 * spark-submit --class dev.claimex.spark.ClaimexSparkJob claimex-spark_2.13-VERSION-job.jar \
 *     --input news.jsonl --output claims.parquet          # and claims-summary.parquet
 * </pre>
 *
 * <p>Progress (documents done, failed, per second) goes to stderr every ten seconds, the final counts and the
 * summary's first rows to stdout. A document that fails is a row with an {@code error}, counted, and the job goes
 * on; the exit code is 0 when the output is written, 2 for a usage error, 1 when the job failed.
 */
public final class ClaimexSparkJob {

  /** What a run did. */
  record Report(long documents, long failed, long claims, long summaryRows, double seconds, int partitions) {}

  private static final long PROGRESS_EVERY_SECONDS = 10;
  private static final int SUMMARY_LINES = 20;

  private ClaimexSparkJob() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = System.err;
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(Arrays.asList(args));
    } catch (JobUsageException e) {
      err.println("claimex-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (arguments == null) {
      out.println(JobArguments.USAGE);
      return;
    }
    SparkSession spark = session(arguments.master(), arguments.logLevel());
    int code = 0;
    try {
      spark.sparkContext().setLogLevel(arguments.logLevel());
      run(spark, arguments, out, err);
    } catch (JobUsageException e) {
      err.println("claimex-spark: " + e.getMessage());
      code = 2;
    } catch (Exception e) {
      err.println("claimex-spark: the job failed: " + e);
      code = 1;
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code); // not on success: on YARN an exit before the driver returns marks the application failed
    }
  }

  /**
   * The session of {@code master}, else spark-submit's, else {@code local[*]}. A local session binds to the
   * loopback address, so that a laptop without a resolvable host name, or offline, runs it.
   */
  static SparkSession session(String master, String logLevel) {
    // spark.log.level applies the level as the context starts, before its INFO lines of start-up
    SparkSession.Builder builder = SparkSession.builder().appName("claimex").config("spark.log.level", logLevel);
    String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
    builder.master(effective);
    if (effective.startsWith("local") && System.getProperty("spark.driver.host") == null) {
      builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }

  /** Reads, extracts, writes the claims and the summary, and prints what it did. */
  static Report run(SparkSession spark, JobArguments arguments, PrintStream out, PrintStream err)
      throws JobUsageException, IOException {
    mustBeFree(spark, arguments.output(), arguments.overwrite());
    mustBeFree(spark, arguments.summary(), arguments.overwrite());
    long start = System.nanoTime();
    Dataset<Row> docs = read(spark, arguments);
    int partitions = arguments.partitions() > 0 ? arguments.partitions()
        : 4 * spark.sparkContext().defaultParallelism();
    if (docs.rdd().getNumPartitions() < partitions) {
      docs = docs.repartition(partitions); // a JSON Lines file is read as one partition per 128 MB
    }
    partitions = docs.rdd().getNumPartitions();
    err.printf(Locale.ROOT, "claimex-spark: %s (%s) -> %s (%s), %d partitions on %s%n", arguments.input(),
        arguments.inputFormat(), arguments.output(), arguments.outputFormat(), partitions,
        spark.sparkContext().master());
    JobProgress progress = new JobProgress(spark.sparkContext());
    ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "claimex-progress");
      thread.setDaemon(true);
      return thread;
    });
    reporter.scheduleAtFixedRate(() -> err.printf(Locale.ROOT, "claimex-spark: %d documents done (%d failed), "
        + "%.1f/s%n", progress.documents(), progress.failed(), progress.documents() / seconds(start)),
        PROGRESS_EVERY_SECONDS, PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
    try {
      write(ClaimexSpark.claims(docs, arguments.options(), progress), arguments, arguments.output());
    } finally {
      reporter.shutdownNow();
    }
    // the summary reads the claims written: extracting them again would double the job
    Dataset<Row> claims = spark.read().schema(ClaimexSchemas.CLAIM_ROW).format(arguments.outputFormat())
        .load(arguments.output());
    write(summary(claims).coalesce(1), arguments, arguments.summary());
    Dataset<Row> summary = spark.read().schema(ClaimexSchemas.SUMMARY).format(arguments.outputFormat())
        .load(arguments.summary()).orderBy(desc("claims"), col("speaker"), col("type"), col("target"));
    Row totals = summary.agg(coalesce(sum("claims"), lit(0L)), count(lit(1))).first(); // every typed claim is counted
    Report report = new Report(progress.documents(), progress.failed(), totals.getLong(0), totals.getLong(1),
        seconds(start), partitions);
    print(out, arguments, report, summary.limit(SUMMARY_LINES).collectAsList());
    return report;
  }

  /** Claims by speaker, type and target (canonical names), most frequent first. */
  static Dataset<Row> summary(Dataset<Row> claims) {
    return claims.filter(col("type").isNotNull())
        .groupBy(col("speaker.canonical").as("speaker"), col("type"), col("target.canonical").as("target"))
        .count().withColumnRenamed("count", "claims")
        .orderBy(desc("claims"), col("speaker"), col("type"), col("target"));
  }

  private static Dataset<Row> read(SparkSession spark, JobArguments arguments) {
    String id = arguments.options().idColumn();
    String text = arguments.options().textColumn();
    return switch (arguments.inputFormat()) {
      // only the two columns are parsed; a number as id reads as its digits
      case "json" -> spark.read().schema(new StructType().add(id, DataTypes.StringType)
          .add(text, DataTypes.StringType)).json(arguments.input());
      case "text" -> spark.read().option("wholetext", true).text(arguments.input())
          .select(col("_metadata.file_name").as(id), col("value").as(text));
      default -> spark.read().parquet(arguments.input());
    };
  }

  private static void write(Dataset<Row> rows, JobArguments arguments, String path) {
    DataFrameWriter<Row> writer = rows.write().mode(arguments.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .format(arguments.outputFormat());
    if (arguments.outputFormat().equals("json")) {
      writer = writer.option("ignoreNullFields", false); // as the library's JSON: absent values are null, not missing
    }
    writer.save(path);
  }

  private static void mustBeFree(SparkSession spark, String output, boolean overwrite)
      throws JobUsageException, IOException {
    Path path = new Path(output);
    FileSystem files = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!overwrite && files.exists(path)) {
      throw new JobUsageException(output + " exists: remove it or give --overwrite");
    }
  }

  private static void print(PrintStream out, JobArguments arguments, Report report, List<Row> top) {
    out.printf(Locale.ROOT, "claimex-spark: %,d documents (%,d failed) -> %,d claims in %.1f s (%.2f documents/s), "
        + "%d partitions%n", report.documents(), report.failed(), report.claims(), report.seconds(),
        report.documents() / report.seconds(), report.partitions());
    out.printf(Locale.ROOT, "claims:  %s (%s)%n", arguments.output(), arguments.outputFormat());
    out.printf(Locale.ROOT, "summary: %s (%s, %,d rows): claims by speaker, type and target%n", arguments.summary(),
        arguments.outputFormat(), report.summaryRows());
    out.printf(Locale.ROOT, "%8s  %-32s %-16s %s%n", "claims", "speaker", "type", "target");
    for (Row row : top) {
      out.printf(Locale.ROOT, "%8d  %-32s %-16s %s%n", row.getLong(3), name(row, 0), row.getString(1), name(row, 2));
    }
  }

  private static String name(Row row, int field) {
    return row.isNullAt(field) ? "-" : row.getString(field);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
