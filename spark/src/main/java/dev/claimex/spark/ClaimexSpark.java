package dev.claimex.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Typed claims of a DataFrame of documents, extracted where the documents are: on the executors, partition by
 * partition, by one extractor per executor JVM that its task threads share.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().json("news.jsonl");             // columns id, text (and any others)
 * Dataset<Row> claims = ClaimexSpark.claims(docs);                  // one row per claim: ClaimexSchemas.CLAIM_ROW
 * claims.groupBy("speaker.canonical", "type", "target.canonical").count().show();
 * ClaimexSpark.claims(docs, ClaimexSparkOptions.builder().idColumn("doc_id").textColumn("body").build());
 * }</pre>
 *
 * <p>From Scala: {@code ClaimexSpark.claims(docs)}. From PySpark, through the JVM:
 * <pre>
 * from pyspark.sql import DataFrame
 * claims = DataFrame(spark._jvm.dev.claimex.spark.ClaimexSpark.claims(docs._jdf), spark)
 * </pre>
 *
 * <p>The models load from the class path on each executor when its first document arrives (a few seconds, about
 * 1 GB of heap); nothing is downloaded. A document never fails the job: a null text, a text longer than
 * {@link ClaimexSparkOptions#maxTextLength()}, one that throws or runs out of time or memory gives a row with an
 * {@code error} (and the claims read before the time budget ran out, if any). Work runs per input partition: a
 * JSON Lines file is read as few large partitions, so repartition it to spread its documents over the cores
 * ({@code docs.repartition(4 * spark.sparkContext().defaultParallelism())}); the job does this itself. The output
 * is computed anew by each action on it: cache or write it before several actions.
 */
public final class ClaimexSpark {

  private ClaimexSpark() {}

  /** One row per claim ({@link ClaimexSchemas#CLAIM_ROW}) of the documents in columns {@code id} and {@code text}. */
  public static Dataset<Row> claims(Dataset<Row> docs) {
    return claims(docs, ClaimexSparkOptions.defaults());
  }

  /** One row per claim ({@link ClaimexSchemas#CLAIM_ROW}), reading the columns {@code options} name. */
  public static Dataset<Row> claims(Dataset<Row> docs, ClaimexSparkOptions options) {
    return claims(docs, options, null);
  }

  /** As {@link #claims(Dataset, ClaimexSparkOptions)}, counting documents in {@code progress} (may be null). */
  static Dataset<Row> claims(Dataset<Row> docs, ClaimexSparkOptions options, JobProgress progress) {
    return perDocument(docs, options, PartitionExtractor.Shape.CLAIMS, ClaimexSchemas.CLAIM_ROW, progress);
  }

  /** One row per attribution ({@link ClaimexSchemas#ATTRIBUTION_ROW}) of the documents in {@code id}, {@code text}. */
  public static Dataset<Row> attributions(Dataset<Row> docs) {
    return attributions(docs, ClaimexSparkOptions.defaults());
  }

  /** One row per attribution ({@link ClaimexSchemas#ATTRIBUTION_ROW}), reading the columns {@code options} name. */
  public static Dataset<Row> attributions(Dataset<Row> docs, ClaimexSparkOptions options) {
    return perDocument(docs, options, PartitionExtractor.Shape.ATTRIBUTIONS, ClaimexSchemas.ATTRIBUTION_ROW, null);
  }

  /**
   * The documents with their whole result: every input column, then column {@value ClaimexSchemas#RESULT_COLUMN}
   * ({@link ClaimexSchemas#RESULT}: sentences, entities, attributions, claims, warnings, provenance, error).
   */
  public static Dataset<Row> extract(Dataset<Row> docs) {
    return extract(docs, ClaimexSparkOptions.defaults());
  }

  /** As {@link #extract(Dataset)}, reading the columns {@code options} name. */
  public static Dataset<Row> extract(Dataset<Row> docs, ClaimexSparkOptions options) {
    checkNotNull(docs, "docs");
    checkNotNull(options, "options");
    List<String> columns = Arrays.asList(docs.columns());
    checkArgument(!columns.contains(ClaimexSchemas.RESULT_COLUMN), "the documents already have a column '%s': "
        + "rename it first", ClaimexSchemas.RESULT_COLUMN);
    int id = index(docs, options.idColumn(), "idColumn");
    int text = textIndex(docs, options);
    StructType schema = docs.schema().add(ClaimexSchemas.RESULT_COLUMN, ClaimexSchemas.RESULT, false);
    return docs.mapPartitions(new PartitionExtractor(options, PartitionExtractor.Shape.RESULTS, id, text, null),
        Encoders.row(schema));
  }

  /** Rows of {@code schema} from the id (as a string) and the text of each document. */
  private static Dataset<Row> perDocument(Dataset<Row> docs, ClaimexSparkOptions options,
      PartitionExtractor.Shape shape, StructType schema, JobProgress progress) {
    checkNotNull(docs, "docs");
    checkNotNull(options, "options");
    index(docs, options.idColumn(), "idColumn");
    textIndex(docs, options);
    // only the two columns travel to the extraction: a Parquet source reads no other
    Dataset<Row> pairs = docs.select(column(options.idColumn()).cast(DataTypes.StringType),
        column(options.textColumn()));
    return pairs.mapPartitions(new PartitionExtractor(options, shape, 0, 1, progress), Encoders.row(schema));
  }

  private static int textIndex(Dataset<Row> docs, ClaimexSparkOptions options) {
    int text = index(docs, options.textColumn(), "textColumn");
    checkArgument(docs.schema().fields()[text].dataType().equals(DataTypes.StringType),
        "textColumn '%s' must be a string column, not %s", options.textColumn(),
        docs.schema().fields()[text].dataType().simpleString());
    return text;
  }

  private static int index(Dataset<Row> docs, String name, String option) {
    int index = Arrays.asList(docs.columns()).indexOf(name);
    checkArgument(index >= 0, "%s '%s' is not a column of the documents: %s", option, name,
        Arrays.toString(docs.columns()));
    return index;
  }

  /** A top-level column by its exact name, dots and all. */
  private static Column column(String name) {
    return functions.col("`" + name.replace("`", "``") + "`");
  }
}
