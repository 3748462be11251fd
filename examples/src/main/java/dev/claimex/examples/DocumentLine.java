package dev.claimex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.DocumentOutcome;
import dev.claimex.json.ClaimexJson;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One line of a JSON Lines batch, read and extracted: {@code {"id","text"}} in, the result's JSON line out. A line
 * that cannot be read, has no id or text, fails or comes out incomplete gives a line with an {@code error} field
 * (and whatever partial result there is), and {@link Outcome#error()} says why; the document itself is extracted as
 * every batch extracts one ({@link DocumentOutcome}).
 */
final class DocumentLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The output line of a document and, if it failed or is incomplete, the reason; {@code id} may be null. */
  record Outcome(String id, String json, String error) {
    boolean failed() {
      return error != null;
    }
  }

  private DocumentLine() {}

  /** The id of a line that is a JSON object with one, else {@code null}. */
  static String idOf(String line) {
    try {
      return id(JSON.readTree(line));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String id(JsonNode node) {
    JsonNode id = node.get("id");
    return id == null || id.isNull() ? null : id.asText();
  }

  /** The outcome of one line; {@code idRead} hears the document's id as soon as it is read. */
  static Outcome extract(Claimex claimex, String line, Consumer<String> idRead) {
    String id = null;
    try {
      JsonNode node = JSON.readTree(line);
      id = id(node);
      idRead.accept(id);
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        throw new IllegalArgumentException("no \"text\" string");
      }
      if (id == null) {
        throw new IllegalArgumentException("no \"id\"");
      }
      DocumentOutcome outcome = DocumentOutcome.extract(claimex, id, text.asText());
      if (outcome.result() == null) {
        return failure(id, outcome.error());
      }
      return new Outcome(id, outcome.failed() ? ClaimexJson.toJson(outcome.result(), outcome.error())
          : ClaimexJson.toJson(outcome.result()), outcome.error());
    } catch (JsonProcessingException e) { // its message spans lines; the original names the fault
      return failure(id, "not a JSON document: " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      return failure(id, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (OutOfMemoryError e) { // reading a huge line; the document's own are caught by DocumentOutcome
      return failure(id, "out of memory on this document: give the JVM more heap (-Xmx) or run fewer threads");
    }
  }

  static Outcome failure(String id, String message) {
    return new Outcome(id, ClaimexJson.errorLine(id, message), message);
  }
}
