package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.ExtractionWarning;
import dev.claimex.json.ClaimexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * JSON Lines in, JSON Lines out: one {@code {"id","text"}} object per input line, one result per output line, same
 * order and ids. A bad line, a failing document, or one that ran out of its time budget becomes an output line
 * with an {@code error} field (and whatever partial result there is), is reported on stderr with its line number
 * and id, and the batch goes on. Input is streamed: memory does not grow with the number of documents.
 */
final class BatchRunner {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

  private final Claimex claimex;
  private final PrintStream out;
  private final PrintStream err;

  BatchRunner(Claimex claimex, PrintStream out, PrintStream err) {
    this.claimex = claimex;
    this.out = out;
    this.err = err;
  }

  /** Processes every line; returns the number of documents that failed. */
  int run(BufferedReader input, String name) throws IOException {
    long start = System.nanoTime();
    long lastReport = start;
    int documents = 0;
    int failed = 0;
    int lineNumber = 0;
    for (String line = input.readLine(); line != null; line = input.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      documents++;
      String id = null;
      try {
        JsonNode node = JSON.readTree(line);
        JsonNode idNode = node.get("id");
        id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
          throw new IllegalArgumentException("no \"text\" string");
        }
        if (id == null) {
          throw new IllegalArgumentException("no \"id\"");
        }
        ExtractionResult result = claimex.extract(id, text.asText());
        if (result.complete()) {
          out.println(ClaimexJson.toJson(result));
        } else { // partial results, flagged as an error so that no one mistakes them for the whole document
          failed++;
          String message = result.warnings().stream().filter(ExtractionWarning::incomplete)
              .map(ExtractionWarning::toString).findFirst().orElse("incomplete");
          err.printf(Locale.ROOT, "claimex: %s line %d (id %s): %s%n", name, lineNumber, id, message);
          out.println(JSON.writeValueAsString(ClaimexJson.toTree(result).put("error", message)));
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        err.printf(Locale.ROOT, "claimex: %s line %d (id %s): %s%n", name, lineNumber, id, message);
        out.println(ClaimexJson.errorLine(id, message));
      }
      long now = System.nanoTime();
      if (now - lastReport > PROGRESS_EVERY_NANOS) {
        lastReport = now;
        err.printf(Locale.ROOT, "claimex: %d documents, %.1f/s%n", documents, documents / ((now - start) / 1e9));
      }
    }
    out.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "claimex: done, %d documents (%d failed) in %.1f s%n", documents, failed, seconds);
    return failed;
  }
}
