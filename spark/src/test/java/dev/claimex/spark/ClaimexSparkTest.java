package dev.claimex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.claim.Claim;
import dev.claimex.json.ClaimexJson;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims, attributions and whole results through Spark in local mode are the single-JVM library's, value for value;
 * bad rows become error rows and the job completes; the output has the documented schemas.
 */
class ClaimexSparkTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StructType DOCS = new StructType().add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  private static SparkSession spark;
  /** Id to text: the bundled example articles and two invented ones. */
  private static Map<String, String> texts;
  private static Map<String, ExtractionResult> expected;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    texts = new LinkedHashMap<>();
    LocalSpark.bundledArticles().forEach(f -> texts.put(f.getFileName().toString(), LocalSpark.read(f)));
    texts.put("strike", LocalSpark.STRIKE);
    texts.put("bridge", LocalSpark.BRIDGE);
    Claimex claimex = Claimex.english();
    expected = new LinkedHashMap<>();
    texts.forEach((id, text) -> expected.put(id, claimex.extract(id, text)));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void claimsAreTheLibrarysClaims() throws IOException {
    Dataset<Row> claims = ClaimexSpark.claims(docs(texts));
    assertEquals(ClaimexSchemas.CLAIM_ROW, claims.schema());
    Map<String, List<Row>> byDocument = byId(claims.collectAsList());
    int total = 0;
    for (Map.Entry<String, ExtractionResult> document : expected.entrySet()) {
      List<Claim> want = document.getValue().claims();
      List<Row> got = byDocument.getOrDefault(document.getKey(), List.of());
      assertEquals(want.size(), got.size(), document.getKey());
      for (int i = 0; i < want.size(); i++) {
        assertClaim(want.get(i), got.get(i));
      }
      total += want.size();
    }
    assertTrue(total > 10, "the documents have claims to compare: " + total);
  }

  @Test
  void claimRowsAreTheLibrarysJsonFieldForField() throws IOException {
    Map<String, List<JsonNode>> rows = jsonById(ClaimexSpark.claims(docs(texts)));
    for (Map.Entry<String, ExtractionResult> document : expected.entrySet()) {
      assertEquals(items(ClaimexJson.toTree(document.getValue()).get("claims")),
          rows.getOrDefault(document.getKey(), List.of()), document.getKey());
    }
  }

  @Test
  void attributionRowsAreTheLibrarysAttributions() throws IOException {
    Dataset<Row> attributions = ClaimexSpark.attributions(docs(texts));
    assertEquals(ClaimexSchemas.ATTRIBUTION_ROW, attributions.schema());
    Map<String, List<JsonNode>> rows = jsonById(attributions);
    int total = 0;
    for (Map.Entry<String, ExtractionResult> document : expected.entrySet()) {
      List<JsonNode> want = items(ClaimexJson.toTree(document.getValue()).get("attributions"));
      assertEquals(want, rows.getOrDefault(document.getKey(), List.of()), document.getKey());
      total += want.size();
    }
    assertTrue(total > 10, "the documents have attributions to compare: " + total);
  }

  @Test
  void extractAddsTheWholeResultAfterTheInputColumns() throws IOException {
    Dataset<Row> docs = docs(texts).withColumn("source", org.apache.spark.sql.functions.lit("wire"));
    Dataset<Row> results = ClaimexSpark.extract(docs);
    assertEquals(docs.schema().add(ClaimexSchemas.RESULT_COLUMN, ClaimexSchemas.RESULT, false), results.schema());
    List<String> lines = results.toJSON().collectAsList();
    assertEquals(texts.size(), lines.size());
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      String id = row.get("id").asText();
      assertEquals(texts.get(id), row.get("text").asText());
      assertEquals("wire", row.get("source").asText());
      ObjectNode want = (ObjectNode) withoutNulls(ClaimexJson.toTree(expected.get(id)));
      want.remove("id");
      assertEquals(want, withoutNulls(row.get(ClaimexSchemas.RESULT_COLUMN)), id);
    }
  }

  @Test
  void nullAndOversizeTextsBecomeErrorRowsBesideTheOthers() {
    String longText = LocalSpark.BRIDGE.repeat(3);
    ClaimexSparkOptions options = ClaimexSparkOptions.builder().maxTextLength(longText.length() - 1).build();
    Map<String, String> mixed = new LinkedHashMap<>();
    mixed.put("fine", LocalSpark.STRIKE);
    mixed.put("none", null);
    mixed.put("long", longText);
    Map<String, List<Row>> rows = byId(ClaimexSpark.claims(docs(mixed), options).collectAsList());
    assertEquals(expected.get("strike").claims().size(), rows.get("fine").size());
    rows.get("fine").forEach(row -> assertNull(row.getAs("error")));
    assertErrorRow(rows.get("none"), "no text (column 'text' is null)");
    assertErrorRow(rows.get("long"), "text of " + longText.length() + " characters is longer than maxTextLength ("
        + (longText.length() - 1) + "): not extracted");

    Row result = ClaimexSpark.extract(docs(mixed), options).filter("id = 'none'").first();
    Row failed = result.getAs(ClaimexSchemas.RESULT_COLUMN);
    assertEquals("no text (column 'text' is null)", failed.getAs("error"));
    assertTrue(failed.<scala.collection.Seq<?>>getAs("claims").isEmpty());
    assertNull(failed.getAs("provenance"));
  }

  @Test
  void aDocumentOutOfTimeIsAnErrorRowAndTheJobGoesOn() {
    ClaimexSparkOptions hurried = ClaimexSparkOptions.builder().timeBudget(Duration.ofNanos(1)).build();
    List<Row> rows = ClaimexSpark.claims(docs(Map.of("strike", LocalSpark.STRIKE)), hurried).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("strike", rows.get(0).getAs("id"));
    assertTrue(rows.get(0).<String>getAs("error").startsWith("TIME_BUDGET_EXCEEDED: time budget of 0 ms ran out"),
        rows.get(0).<String>getAs("error"));
    assertNull(rows.get(0).getAs("type"));

    List<Row> attributions = ClaimexSpark.attributions(docs(Map.of("strike", LocalSpark.STRIKE)), hurried)
        .collectAsList();
    assertEquals(1, attributions.size());
    assertNotNull(attributions.get(0).getAs("error"));
  }

  @Test
  void theInputColumnsAreOptions() {
    StructType schema = new StructType().add("doc_id", DataTypes.LongType).add("body", DataTypes.StringType);
    Dataset<Row> docs = spark.createDataFrame(List.of(RowFactory.create(7L, LocalSpark.STRIKE)), schema);
    ClaimexSparkOptions options = ClaimexSparkOptions.builder().idColumn("doc_id").textColumn("body").build();
    List<Row> rows = ClaimexSpark.claims(docs, options).collectAsList();
    assertEquals(expected.get("strike").claims().size(), rows.size());
    rows.forEach(row -> assertEquals("7", row.getAs("id")));

    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ClaimexSpark.claims(docs));
    assertEquals("idColumn 'id' is not a column of the documents: [doc_id, body]", missing.getMessage());
    ClaimexSparkOptions numbersAsText = ClaimexSparkOptions.builder().idColumn("body").textColumn("doc_id").build();
    IllegalArgumentException notText = assertThrows(IllegalArgumentException.class,
        () -> ClaimexSpark.attributions(docs, numbersAsText));
    assertEquals("textColumn 'doc_id' must be a string column, not bigint", notText.getMessage());
    Dataset<Row> taken = docs.withColumnRenamed("body", ClaimexSchemas.RESULT_COLUMN);
    assertThrows(IllegalArgumentException.class, () -> ClaimexSpark.extract(taken, options));
  }

  @Test
  void optionsTravelToExecutorsAndNameTheirExtractor() {
    ClaimexSparkOptions a = ClaimexSparkOptions.builder().minConfidence(0.5).build();
    ClaimexSparkOptions b = ClaimexSparkOptions.builder().minConfidence(0.5).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertTrue(SharedClaimex.get(a.claimexOptions()) == SharedClaimex.get(b.claimexOptions()),
        "one extractor per JVM for the same options");
    assertEquals("ClaimexSparkOptions[idColumn=id, textColumn=text, maxTextLength=5000000, minConfidence=0.5, "
        + "timeBudget=PT1M, categories=[SPEECH, THOUGHT, EVIDENCE]]", a.toString());
    assertThrows(IllegalArgumentException.class, () -> ClaimexSparkOptions.builder().maxTextLength(0));
    assertThrows(IllegalArgumentException.class, () -> ClaimexSparkOptions.builder().textColumn(" "));
  }

  private static void assertClaim(Claim want, Row got) {
    String where = want.toString();
    assertEquals(want.type().name(), got.getAs("type"), where);
    assertEquals(want.speaker() == null ? null : want.speaker().canonical(), canonical(got.getAs("speaker")), where);
    assertEquals(want.addressee() == null ? null : want.addressee().canonical(), canonical(got.getAs("addressee")),
        where);
    assertEquals(want.target() == null ? null : want.target().canonical(), canonical(got.getAs("target")), where);
    Row content = got.getAs("content");
    assertEquals(want.content().start(), content.<Integer>getAs("start"), where);
    assertEquals(want.content().end(), content.<Integer>getAs("end"), where);
    assertEquals(want.content().text(), content.getAs("text"), where);
    Row cue = got.getAs("cue");
    assertEquals(want.cue() == null ? null : want.cue().start(), cue == null ? null : cue.<Integer>getAs("start"));
    assertEquals(want.condition() == null ? null : want.condition().text(),
        got.<Row>getAs("condition") == null ? null : got.<Row>getAs("condition").getAs("text"), where);
    assertEquals(want.polarity().name(), got.getAs("polarity"), where);
    assertEquals(want.modality().name(), got.getAs("modality"), where);
    assertEquals(want.confidence(), got.<Double>getAs("confidence"), 0.0, where);
    assertEquals(want.rule(), got.getAs("rule"), where);
    assertNull(got.getAs("error"), where);
  }

  private static String canonical(Row actor) {
    return actor == null ? null : actor.getAs("canonical");
  }

  private static void assertErrorRow(List<Row> rows, String error) {
    assertEquals(1, rows.size());
    assertEquals(error, rows.get(0).getAs("error"));
    for (int i = 1; i < rows.get(0).length() - 1; i++) {
      assertTrue(rows.get(0).isNullAt(i), "an error row has no claim: " + rows.get(0));
    }
  }

  private static Dataset<Row> docs(Map<String, String> documents) {
    List<Row> rows = new ArrayList<>();
    documents.forEach((id, text) -> rows.add(RowFactory.create(id, text)));
    return spark.createDataFrame(rows, DOCS).repartition(2);
  }

  /** Rows by document id, in their order of output (a document's rows stay together, in the library's order). */
  private static Map<String, List<Row>> byId(List<Row> rows) {
    Map<String, List<Row>> byId = new LinkedHashMap<>();
    rows.forEach(row -> byId.computeIfAbsent(row.getAs("id"), id -> new ArrayList<>()).add(row));
    return byId;
  }

  /** Each row as the JSON of its item: without id and error, and without what the JSON leaves out. */
  private static Map<String, List<JsonNode>> jsonById(Dataset<Row> rows) throws IOException {
    Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
    for (String line : rows.toJSON().collectAsList()) {
      ObjectNode row = (ObjectNode) JSON.readTree(line);
      String id = row.remove("id").asText();
      assertNull(row.remove("error"));
      byId.computeIfAbsent(id, key -> new ArrayList<>()).add(withoutNulls(row));
    }
    return byId;
  }

  private static List<JsonNode> items(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(item -> items.add(withoutNulls(item)));
    return items;
  }

  /**
   * The node without null fields and empty {@code members}: Spark's JSON leaves nulls out, the library's JSON leaves
   * out the members of an actor who is one party.
   */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        boolean noMembers = field.getKey().equals("members") && field.getValue().isEmpty();
        if (!field.getValue().isNull() && !noMembers) {
          copy.set(field.getKey(), withoutNulls(field.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }
}
