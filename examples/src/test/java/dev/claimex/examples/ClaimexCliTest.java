package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimexCliTest {

  /** What one run of the command line printed, and its exit code. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ClaimexCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void extractWithoutAFilePrintsTheExampleArticlesClaimsReadably() {
    Run run = run("extract");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("pakistan-afghanistan.txt: "), run.out());
    assertTrue(run.out().contains("WARNING     Pakistan  [warned]"), run.out());
    assertTrue(run.out().contains("talks collapse"), run.out());
  }

  @Test
  void extractJsonPrintsOneDocumentObject() throws Exception {
    Run run = run("extract", "--format", "json");
    assertEquals(0, run.code(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("pakistan-afghanistan.txt", root.get("id").asText());
    assertTrue(root.get("claims").size() >= 15);
  }

  @Test
  void extractHtmlWritesOnePageOfAFileOrStandardInput(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("<i>report&more.txt");
    Files.writeString(input, "The mayor warned of floods if the dam broke, officials said.");
    Run run = run("extract", "--format", "html", input.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>") && run.out().endsWith("</html>\n"), run.out());
    assertTrue(run.out().contains("&lt;i&gt;report&amp;more.txt</title>"), "titled with the file, escaped");
    assertTrue(Pattern.compile("<span class=\"m s\\d q\" data-c=\"\\d\">warned</span>")
        .matcher(run.out()).find(), "the cue is marked: " + run.out());
    Run batch = run("extract", "--format", "html", "--input-jsonl", input.toString());
    assertEquals(2, batch.code());
    assertEquals("claimex: --format html shows one document: give a FILE, not --input-jsonl", batch.err().strip());
  }

  @Test
  void extractKeepsOnlyTheCategoriesAsked(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("mixed.txt");
    Files.writeString(input, "Officials believe the fire was set deliberately. The mayor said the plan would fail. "
        + "The poll found that most voters back the plan.");
    JsonNode all = new ObjectMapper().readTree(run("extract", "--format", "json", input.toString()).out());
    assertEquals(3, all.get("attributions").size(), all.toString());
    Run speech = run("extract", "--format", "json", "--category", "speech", input.toString());
    assertEquals(0, speech.code(), speech.err());
    JsonNode kept = new ObjectMapper().readTree(speech.out()).get("attributions");
    assertEquals(1, kept.size(), kept.toString());
    assertEquals("SPEECH", kept.get(0).get("category").asText());
    Run wrong = run("extract", "--category", "speeches", input.toString());
    assertEquals(2, wrong.code());
    assertEquals("claimex: --category takes speech, thought or evidence, comma-separated, not 'speeches'",
        wrong.err().strip());
  }

  @Test
  void batchWritesOneLinePerInputInOrderAndReportsBadLines(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\": \"a\", \"text\": \"The mayor said the bridge would reopen.\"}",
        "{not json",
        "{\"text\": \"no id here\"}",
        "",
        "{\"id\": \"d\", \"text\": \"Officials warned of floods.\", \"quotes\": []}"));
    Run run = run("extract", "--input-jsonl", input.toString());
    assertEquals(1, run.code(), "some documents failed");
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size(), run.out());
    ObjectMapper json = new ObjectMapper();
    assertEquals("a", json.readTree(lines.get(0)).get("id").asText());
    assertEquals(1, json.readTree(lines.get(0)).get("claims").size());
    assertTrue(json.readTree(lines.get(1)).has("error"));
    assertTrue(json.readTree(lines.get(2)).get("error").asText().contains("no \"id\""));
    assertEquals("d", json.readTree(lines.get(3)).get("id").asText());
    assertFalse(json.readTree(lines.get(3)).has("error"));
    assertTrue(run.err().contains("line 2"), run.err());
    assertTrue(run.err().contains("line 3"), run.err());
    assertTrue(run.err().contains("done, 4 documents (2 failed)"), run.err());
  }

  @Test
  void aByteThatIsNotUtf8EndsNoBatch(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.jsonl");
    byte[] latin1 = "{\"id\": \"cafe\", \"text\": \"The caf\u00e9 owner said prices would rise.\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(input, latin1);
    Run run = run("extract", "--input-jsonl", input.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertEquals("cafe", result.get("id").asText());
    assertEquals("prices would rise", result.get("claims").get(0).get("content").get("text").asText());
  }

  @Test
  void aDocumentOverItsTimeBudgetIsAnErrorLineWithItsPartialResult(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.jsonl");
    String longText = "The minister said the border would reopen on Monday, officials said. ".repeat(2_000);
    Files.writeString(input, "{\"id\": \"long\", \"text\": \"" + longText + "\"}\n"
        + "{\"id\": \"short\", \"text\": \"Officials warned of floods.\"}\n");
    Run run = run("extract", "--input-jsonl", input.toString(), "--time-budget", "0.001");
    assertEquals(1, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size());
    JsonNode partial = new ObjectMapper().readTree(lines.get(0));
    assertEquals("long", partial.get("id").asText());
    assertTrue(partial.get("error").asText().startsWith("TIME_BUDGET_EXCEEDED"), partial.get("error").asText());
    assertTrue(partial.get("sentences").size() > 0, "the partial result is kept");
    assertTrue(run.err().contains("line 1 (id long)"), run.err());
  }

  @Test
  void mistakesGetOneLineAndExitCodeTwo() {
    Run format = run("extract", "--format", "xml");
    assertEquals(2, format.code());
    assertEquals("claimex: --format must be text, json or html, not 'xml'", format.err().strip());
    Run missing = run("extract", "no-such-file.txt");
    assertEquals(2, missing.code());
    assertEquals("claimex: no such file: no-such-file.txt", missing.err().strip());
    Run budget = run("extract", "--time-budget", "soon");
    assertEquals(2, budget.code());
    assertEquals("claimex: --time-budget must be a positive number of seconds, not 'soon'", budget.err().strip());
    Run threads = run("extract", "--input-jsonl", "-", "--threads", "0");
    assertEquals(2, threads.code());
    assertEquals("claimex: --threads must be a positive whole number, not '0'", threads.err().strip());
    Run unknown = run("frobnicate");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("claimex: unknown command 'frobnicate'"));
  }

  @Test
  void evalPrintsTheReferenceScorersFigures() throws Exception {
    Run run = run("eval", "--gold", "src/test/resources/eval/tiny-gold.jsonl");
    assertEquals(0, run.code(), run.err());
    JsonNode figures = new ObjectMapper().readTree(run.out());
    assertEquals(2, figures.get("gold").asInt());
    assertEquals(2, figures.get("matched").asInt());
    assertEquals(1.0, figures.get("speaker_acc_on_matched").asDouble());
    assertEquals(1.0, figures.get("cue_acc_on_matched").asDouble());
  }

  @Test
  void evalClaimsScoresPredictionsAsTheReferenceScorer() {
    Run run = run("eval", "--claims", "src/test/resources/eval/claims-gold.jsonl",
        "--predictions", "src/test/resources/eval/claims-predictions.jsonl");
    assertEquals(0, run.code(), run.err());
    assertEquals(ClaimScorerTest.REFERENCE_FIGURES, run.out().strip());
  }

  @Test
  void evalClaimsWithReliabilityKeepsTheJsonLineAndAddsTheTable() {
    Run run = run("eval", "--claims", "src/test/resources/eval/claims-gold.jsonl",
        "--predictions", "src/test/resources/eval/claims-predictions.jsonl", "--reliability");
    assertEquals(0, run.code(), run.err());
    String[] lines = run.out().strip().split("\\R");
    assertEquals(ClaimScorerTest.REFERENCE_FIGURES, lines[0]);
    assertEquals(9, lines.length, run.out());
    assertEquals("confidence ≥ 0.8: 4 claims, share usable 0.500", lines[8]);
  }

  @Test
  void evalClaimsExtractsTheGoldArticlesWithoutPredictions() throws Exception {
    Run run = run("eval", "--claims", "src/test/resources/eval/claims-gold.jsonl", "--threads", "1");
    assertEquals(0, run.code(), run.err());
    JsonNode figures = new ObjectMapper().readTree(run.out());
    assertEquals(8, figures.get("gold").asInt());
    assertEquals(0, figures.get("missing_docs").asInt());
    assertTrue(figures.get("found").asInt() > 0, run.out());
  }

  @Test
  void evalClaimsNamesTheFileAndLineOfBadInput(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"a\", \"claims\": []}\n\n{\"id\": \"b\", \"claims\": [}\n");
    Run malformed = run("eval", "--claims", gold.toString(), "--predictions", gold.toString());
    assertEquals(2, malformed.code());
    assertTrue(malformed.err().startsWith("claimex: " + gold + ":3: not a JSON document"), malformed.err());
    assertFalse(malformed.err().contains("Exception"), malformed.err());
    Files.writeString(gold, "{\"id\": \"a\", \"claims\": [{\"type\": \"DEMAND\"}]}\n");
    Run noTypeList = run("eval", "--claims", gold.toString(), "--predictions", gold.toString());
    assertEquals(2, noTypeList.code());
    assertEquals("claimex: " + gold + ":1: claim 1 needs \"type\": a list of the types it allows",
        noTypeList.err().strip());
    Path predictions = dir.resolve("predictions.jsonl");
    Files.writeString(predictions, "[1, 2]\n");
    Run notAnObject = run("eval", "--claims", gold.toString().replace("gold", "none"), "--predictions", "x");
    assertEquals("claimex: no such file: " + dir.resolve("none.jsonl"), notAnObject.err().strip());
    Files.writeString(gold, "{\"id\": \"a\", \"claims\": []}\n");
    Run array = run("eval", "--claims", gold.toString(), "--predictions", predictions.toString());
    assertEquals("claimex: " + predictions + ":1: not a JSON object", array.err().strip());
    Run missing = run("eval", "--claims", gold.toString(), "--predictions", dir.resolve("none.jsonl").toString());
    assertEquals("claimex: no such file: " + dir.resolve("none.jsonl"), missing.err().strip());
  }

  @Test
  void helpIsNotAnError() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("usage: claimex extract"));
  }
}
