package dev.claimex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.claim.Claim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job main on a tiny archive: claims and the summary table are written, read back, and counted right. */
class ClaimexSparkJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writesTheClaimsAndTheSummaryOfAJsonLinesArchive(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("news.jsonl");
    Files.write(input, List.of(line("strike", LocalSpark.STRIKE), line("bridge", LocalSpark.BRIDGE),
        "{\"id\": \"empty\", \"text\": null}", line("again", LocalSpark.STRIKE)), StandardCharsets.UTF_8);
    String output = folder.resolve("claims.parquet").toString();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ClaimexSparkJob.Report report = ClaimexSparkJob.run(spark, arguments("--input", input.toString(), "--output",
        output), new PrintStream(printed, true, StandardCharsets.UTF_8), quiet());

    Claimex claimex = Claimex.english();
    List<Claim> expected = new ArrayList<>(claimex.extract(LocalSpark.STRIKE).claims());
    expected.addAll(claimex.extract(LocalSpark.BRIDGE).claims());
    expected.addAll(claimex.extract(LocalSpark.STRIKE).claims());
    assertEquals(4, report.documents());
    assertEquals(1, report.failed());
    assertEquals(expected.size(), report.claims());

    List<Row> claims = spark.read().parquet(output).collectAsList();
    assertEquals(expected.size() + 1, claims.size(), "the claims and one error row");
    Row error = claims.stream().filter(r -> r.getAs("error") != null).findFirst().orElseThrow();
    assertEquals("empty", error.getAs("id"));
    assertEquals("no text (column 'text' is null)", error.getAs("error"));

    // the summary: claims by speaker, type and target, as counted from the library's claims
    Map<List<String>, Long> counts = new HashMap<>();
    for (Claim claim : expected) {
      counts.merge(Arrays.asList(claim.speaker() == null ? null : claim.speaker().canonical(), claim.type().name(),
          claim.target() == null ? null : claim.target().canonical()), 1L, Long::sum);
    }
    List<Row> summary = spark.read().parquet(folder.resolve("claims-summary.parquet").toString()).collectAsList();
    assertEquals(counts.size(), summary.size());
    assertEquals(counts.size(), report.summaryRows());
    for (Row row : summary) {
      List<String> key = Arrays.asList(row.getAs("speaker"), row.getAs("type"), row.getAs("target"));
      assertEquals(counts.get(key), row.<Long>getAs("claims"), key.toString());
    }
    assertTrue(counts.containsValue(2L), "a claim of both copies of a document is counted twice: " + counts);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("claimex-spark: 4 documents (1 failed) -> " + expected.size() + " claims in "), text);
    assertTrue(text.contains("summary: " + folder.resolve("claims-summary.parquet") + " (parquet, " + counts.size()
        + " rows)"), text);
  }

  @Test
  void readsTextFilesAndWritesJsonLinesWithItsNulls(@TempDir Path folder) throws Exception {
    Path article = LocalSpark.bundledArticles().get(0);
    String output = folder.resolve("claims.jsonl").toString();
    ClaimexSparkJob.Report report = ClaimexSparkJob.run(spark, arguments("--input", article.toString(), "--output",
        output, "--partitions", "2"), quiet(), quiet());
    int expected = Claimex.english().extract(LocalSpark.read(article)).claims().size();
    assertEquals(1, report.documents());
    assertEquals(0, report.failed());
    assertEquals(expected, report.claims());
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(Path.of(output))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertEquals(expected, lines.size());
    var first = JSON.readTree(lines.get(0));
    assertEquals(article.getFileName().toString(), first.get("id").asText(), "a text file's id is its name");
    assertTrue(first.has("error") && first.get("error").isNull(), "absent values are null, as in the library's JSON");
    assertTrue(Files.isDirectory(folder.resolve("claims-summary.jsonl")));
  }

  @Test
  void anOutputThatExistsIsAUsageErrorUnlessOverwritten(@TempDir Path folder) throws Exception {
    Path input = folder.resolve("news.jsonl");
    Files.write(input, List.of(line("bridge", LocalSpark.BRIDGE)), StandardCharsets.UTF_8);
    String output = folder.resolve("out").toString();
    ClaimexSparkJob.run(spark, arguments("--input", input.toString(), "--output", output), quiet(), quiet());
    JobUsageException exists = assertThrows(JobUsageException.class, () -> ClaimexSparkJob.run(spark,
        arguments("--input", input.toString(), "--output", output), quiet(), quiet()));
    assertEquals(output + " exists: remove it or give --overwrite", exists.getMessage());
    ClaimexSparkJob.Report again = ClaimexSparkJob.run(spark, arguments("--input", input.toString(), "--output",
        output, "--overwrite"), quiet(), quiet());
    assertEquals(1, again.documents());
    assertTrue(Files.isDirectory(folder.resolve("out-summary")));
  }

  @Test
  void theCommandLineIsCheckedBeforeSparkStarts() throws Exception {
    assertNull(JobArguments.parse(List.of("--help")));
    assertUsage("the job needs --input PATH and --output PATH (try --help)", "--input", "a.jsonl");
    assertUsage("unknown option '--threads' (try --help)", "--threads", "2");
    assertUsage("--partitions must be a positive whole number, not '0'", "--partitions", "0");
    assertUsage("--output-format takes parquet|json, not 'csv'", "--output-format", "csv");
    assertUsage("cannot tell the format of --input news: name it .jsonl, .parquet or .txt, or give --input-format "
        + "json|parquet|text", "--input", "news", "--output", "out");
    assertUsage("--summary must differ from --output: out", "--input", "a.jsonl", "--output", "out", "--summary",
        "out");

    JobArguments defaults = arguments("--input", "news.jsonl.gz", "--output", "out/claims.parquet");
    assertEquals("json", defaults.inputFormat());
    assertEquals("parquet", defaults.outputFormat());
    assertEquals("out/claims-summary.parquet", defaults.summary());
    assertNull(defaults.master(), "spark-submit's master unless --master is given");
    assertEquals(ClaimexSparkOptions.defaults(), defaults.options());
    JobArguments given = arguments("--input", "docs", "--input-format", "parquet", "--output", "out/claims.jsonl",
        "--id-column", "doc", "--text-column", "body", "--time-budget", "2.5", "--master", "local[1]");
    assertEquals("json", given.outputFormat());
    assertEquals("out/claims-summary.jsonl", given.summary());
    assertEquals(ClaimexSparkOptions.builder().idColumn("doc").textColumn("body")
        .timeBudget(java.time.Duration.ofMillis(2500)).build(), given.options());
    assertEquals("local[1]", given.master());
    assertEquals("out/claims-summary", JobArguments.besideOutput("out/claims/"));
  }

  private static void assertUsage(String message, String... args) {
    JobUsageException e = assertThrows(JobUsageException.class, () -> JobArguments.parse(List.of(args)));
    assertEquals(message, e.getMessage());
  }

  private static JobArguments arguments(String... args) throws JobUsageException {
    return Objects.requireNonNull(JobArguments.parse(List.of(args)));
  }

  private static String line(String id, String text) throws Exception {
    return JSON.writeValueAsString(Map.of("id", id, "text", text));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
