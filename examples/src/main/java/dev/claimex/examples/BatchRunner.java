package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.json.ClaimexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * JSON Lines in, JSON Lines out: one {@code {"id","text"}} object per input line, one result per output line, same
 * order and ids. A bad line or a failing document becomes an output line with an {@code error} field, is reported
 * on stderr with its line number, and the batch goes on. Input is streamed.
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
        out.println(ClaimexJson.toJson(claimex.extract(id, text.asText())));
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
