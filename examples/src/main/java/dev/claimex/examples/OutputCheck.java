package dev.claimex.examples;

import dev.claimex.quote.Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a batch's output against its input: one output line for every input line, in order; for every document,
 * the same id and a result (perhaps partial, never only an error); and every span of a result inside its document,
 * with the text it says it covers.
 *
 * <pre>{@code
 * OutputCheck.Report report = OutputCheck.check(Path.of("in.jsonl"), Path.of("out.jsonl"));
 * report.problems();   // empty when all is well
 * }</pre>
 */
final class OutputCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PROBLEMS = 20;

  /** Lines read, results with an {@code error} field, and the first problems found. */
  record Report(int lines, int errors, List<String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  private OutputCheck() {}

  static Report check(Path input, Path output) throws IOException {
    List<String> problems = new ArrayList<>();
    int lines = 0;
    int errors = 0;
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedReader out = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        String result = out.readLine();
        if (result == null) {
          problems.add("input line " + lines + " has no output line");
          break;
        }
        JsonNode produced = json(result);
        if (produced == null) {
          problems.add("output line " + lines + " is not JSON");
          continue;
        }
        errors += produced.has("error") ? 1 : 0;
        JsonNode document = document(line);
        if (document != null) {
          checkDocument(lines, document.get("id").asText(), document.get("text").asText(), produced, problems);
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
        }
      }
      if (problems.isEmpty() && out.readLine() != null) {
        problems.add("more output lines than input lines");
      }
    }
    return new Report(lines, errors, problems);
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The input line as a document with an id and a text, or {@code null}. */
  private static JsonNode document(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      boolean document = node.isObject() && node.hasNonNull("id") && node.path("text").isTextual();
      return document ? node : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void checkDocument(int line, String id, String text, JsonNode result, List<String> problems) {
    if (!id.equals(result.path("id").asText(null))) {
      problems.add("line " + line + ": output id " + result.path("id") + " for input id " + id);
      return;
    }
    if (result.has("error") && result.path("sentences").isEmpty() && !text.isBlank()) {
      problems.add("line " + line + " (id " + id + ") got no result: " + result.get("error").asText());
      return;
    }
    int previousEnd = 0;
    for (JsonNode sentence : result.path("sentences")) {
      int start = sentence.path("start").asInt(-1);
      if (start < previousEnd) {
        problems.add("line " + line + ": sentences out of order or overlapping at " + start);
        return;
      }
      previousEnd = sentence.path("end").asInt(-1);
    }
    checkSpans(line, text, result, problems);
  }

  /** Every object with a start and an end, anywhere in the result. */
  private static void checkSpans(int line, String text, JsonNode node, List<String> problems) {
    if (node.isObject() && node.has("start") && node.has("end")) {
      int start = node.get("start").asInt();
      int end = node.get("end").asInt();
      if (start < 0 || end < start || end > text.length()) {
        problems.add(String.format(Locale.ROOT, "line %d: span [%d, %d) outside a text of %d characters", line,
            start, end, text.length()));
      } else if (node.has("text") && !node.get("text").asText().equals(text.substring(start, end))) {
        problems.add(String.format(Locale.ROOT, "line %d: span [%d, %d) does not hold its text", line, start, end));
      }
    }
    for (JsonNode child : node) {
      checkSpans(line, text, child, problems);
    }
  }
}
