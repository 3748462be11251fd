package dev.claimex.examples;

import dev.claimex.quote.Report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.claimex.Claimex;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityRecognizer;
import dev.claimex.text.TextAnalysis;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches run to the end, in input order, whatever their documents do. */
class BatchRunnerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aHostileBatchRunsToTheEndWithAValidLineForEveryDocument(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("hostile.jsonl");
    List<Boolean> lines = HostileBatch.write(input, 0.01);
    Path output = dir.resolve("results.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        PrintStream results = new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
      new BatchRunner(Claimex.english(), results, new PrintStream(err, true, StandardCharsets.UTF_8), 2)
          .run(reader, "hostile.jsonl");
    }
    OutputCheck.Report report = OutputCheck.check(input, output);
    assertTrue(report.valid(), report.problems()::toString);
    assertEquals(lines.size(), report.lines());
    long notDocuments = lines.stream().filter(document -> !document).count();
    assertEquals(notDocuments, report.errors(), "only the lines that are no document fail: " + err);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertTrue(stderr.contains("(no id): not a JSON document"), stderr);
  }

  @Test
  void theCheckFindsASpanThatDoesNotHoldItsText(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\": \"a\", \"text\": \"Officials warned of floods.\"}\n");
    Path output = dir.resolve("out.jsonl");
    Files.writeString(output, "{\"id\": \"a\", \"sentences\": [{\"start\": 0, \"end\": 27}], \"claims\": "
        + "[{\"content\": {\"text\": \"floods\", \"start\": 0, \"end\": 6}}]}\n");
    OutputCheck.Report report = OutputCheck.check(input, output);
    assertFalse(report.valid());
    assertTrue(report.problems().get(0).contains("does not hold its text"), report.problems()::toString);
    Files.writeString(output, "{\"id\": \"a\", \"error\": \"given up\", \"sentences\": []}\n");
    assertTrue(OutputCheck.check(input, output).problems().get(0).contains("got no result: given up"));
  }

  @Test
  void aDocumentThatIgnoresItsBudgetIsGivenUpAndTheOthersComeOutInOrder() throws IOException {
    // an entity stage that hangs on one document, whatever its budget says
    EntityRecognizer hanging = new EntityRecognizer() {
      @Override
      public ImmutableList<EntityMention> recognize(TextAnalysis analysis) {
        if (analysis.text().contains("HANG")) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return ImmutableList.of();
      }
    };
    // a budget ample for the other documents on a busy machine; the runner gives up long before it, at 2 s
    Claimex claimex = Claimex.builder().entityRecognizer(hanging).timeBudget(Duration.ofSeconds(30)).build();
    String batch = String.join("\n",
        "{\"id\": \"first\", \"text\": \"The mayor said the bridge would reopen.\"}",
        "{\"id\": \"hangs\", \"text\": \"HANG said nothing.\"}",
        "{\"id\": \"third\", \"text\": \"Officials warned of floods.\"}",
        "{\"id\": \"fourth\", \"text\": \"The minister said talks had failed.\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BatchRunner.Summary summary = new BatchRunner(claimex, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), 2, Duration.ofMillis(300), Duration.ofSeconds(2))
        .run(new BufferedReader(new StringReader(batch)), "batch");
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of("first", "hangs", "third", "fourth"),
        lines.stream().map(line -> read(line).get("id").asText()).toList());
    assertTrue(read(lines.get(1)).get("error").asText().startsWith("given up after"), lines.get(1));
    assertFalse(read(lines.get(2)).has("error"), lines.get(2));
    assertEquals(1, summary.failed());
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertTrue(stderr.contains("line 2 (id hangs) has been running for"), stderr);
  }

  @Test
  void whenEveryThreadIsStuckTheRestOfTheBatchGetsErrorLinesAndTheRunEnds() throws IOException {
    AtomicBoolean release = new AtomicBoolean();
    // an entity stage stuck in a loop that heeds neither the budget nor an interrupt
    EntityRecognizer stuck = analysis -> {
      while (analysis.text().contains("STUCK") && !release.get()) {
        Thread.onSpinWait();
      }
      return ImmutableList.of();
    };
    Claimex claimex = Claimex.builder().entityRecognizer(stuck).timeBudget(Duration.ofSeconds(30)).build();
    String batch = String.join("\n",
        "{\"id\": \"first\", \"text\": \"The mayor said the bridge would reopen.\"}",
        "{\"id\": \"stuck\", \"text\": \"STUCK said nothing.\"}",
        "{\"id\": \"third\", \"text\": \"Officials warned of floods.\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new BatchRunner(claimex, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 1, Duration.ofMillis(300),
          Duration.ofSeconds(1)).run(new BufferedReader(new StringReader(batch)), "batch");
    } finally {
      release.set(true);
    }
    List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(BatchRunnerTest::read).toList();
    assertEquals(List.of("first", "stuck", "third"), lines.stream().map(line -> line.get("id").asText()).toList());
    assertFalse(lines.get(0).has("error"));
    assertTrue(lines.get(1).get("error").asText().startsWith("given up after"), lines.get(1)::toString);
    assertTrue(lines.get(2).get("error").asText().startsWith("not extracted: 1 document(s) are stuck"),
        lines.get(2)::toString);
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
