package dev.claimex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code eval --claims} command: scores typed claims on a gold file annotated to the news-claims guidelines (one
 * {@code {"id","text","claims":[...]}} article per line) and prints the figures of {@link ClaimScorer} as one JSON
 * line, the same as {@code score_news_claims.py}; {@code --reliability} adds a {@link Reliability} table after it.
 *
 * <pre>
 * claimex eval --claims news-claims-dev.jsonl                            # extracts every article, then scores
 * claimex eval --claims news-claims-dev.jsonl --predictions out.jsonl    # scores the output of extract --input-jsonl
 * claimex eval --claims news-claims-dev.jsonl --reliability              # then a table: usable share by confidence
 * </pre>
 */
final class ClaimEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A non-blank line of a JSON Lines file, parsed, with its line number. */
  record JsonLine(int number, JsonNode node) {}

  private ClaimEvaluation() {}

  static int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, IOException {
    String gold = null;
    String predictions = null;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean reliability = false;
    for (int i = 0; i < arguments.size(); i++) {
      switch (arguments.get(i)) {
        case "--claims" -> gold = Arguments.value(arguments, ++i, "--claims");
        case "--predictions" -> predictions = Arguments.value(arguments, ++i, "--predictions");
        case "--threads" -> threads = Arguments.positive(Arguments.value(arguments, ++i, "--threads"), "--threads");
        case "--reliability" -> reliability = true;
        default -> throw new UsageException("unknown eval --claims option '" + arguments.get(i) + "' (try --help)");
      }
    }
    List<JsonLine> goldDocuments = readGold(gold);
    Map<JsonNode, JsonNode> predicted = predictions != null ? readPredictions(predictions, lines(predictions))
        : readPredictions(gold + " (extracted)", extract(gold, threads, err));
    ClaimScorer scorer = new ClaimScorer();
    for (JsonLine document : goldDocuments) {
      scorer.add(document.node(), predicted.get(document.node().get("id")));
    }
    err.printf(Locale.ROOT, "claimex: scored %d documents of %s%s%n", goldDocuments.size(), gold,
        predictions == null ? "" : " against " + predictions);
    out.println(scorer.figures().toJson());
    if (reliability) {
      out.println(Reliability.of(scorer.judged()));
    }
    return 0;
  }

  /** The gold articles, each checked for what the scorer reads: an id and claims with a list of allowed types. */
  static List<JsonLine> readGold(String file) throws UsageException, IOException {
    List<JsonLine> documents = new ArrayList<>();
    try (BufferedReader reader = lines(file)) {
      for (JsonLine line : parse(file, reader)) {
        String where = file + ":" + line.number() + ": ";
        JsonNode document = line.node();
        if (document.get("id") == null || document.get("id").isNull()) {
          throw new UsageException(where + "a gold article needs an \"id\"");
        }
        if (!document.path("claims").isArray()) {
          throw new UsageException(where + "a gold article needs a \"claims\" list");
        }
        int n = 0;
        for (JsonNode claim : document.get("claims")) {
          n++;
          JsonNode types = claim.path("type");
          if (!types.isArray() || types.isEmpty() || !types.get(0).isTextual()) {
            throw new UsageException(where + "claim " + n + " needs \"type\": a list of the types it allows");
          }
          JsonNode speaker = claim.path("speaker");
          if (!speaker.isMissingNode() && !speaker.isNull() && !speaker.isArray()) {
            throw new UsageException(where + "claim " + n + ": \"speaker\" must be a list of names or null");
          }
        }
        documents.add(line);
      }
    }
    return documents;
  }

  /** Each output line by its id; a later line with the same id wins, as in the reference scorer. */
  private static Map<JsonNode, JsonNode> readPredictions(String name, BufferedReader reader)
      throws UsageException, IOException {
    Map<JsonNode, JsonNode> byId = new HashMap<>();
    try (reader) {
      for (JsonLine line : parse(name, reader)) {
        JsonNode id = line.node().get("id");
        byId.put(id == null ? JSON.nullNode() : id, line.node());
      }
    }
    return byId;
  }

  /** The library's output on every gold article, as {@code extract --input-jsonl} writes it. */
  private static BufferedReader extract(String gold, int threads, PrintStream err) throws UsageException, IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (BufferedReader input = lines(gold); PrintStream out = new PrintStream(output, false, StandardCharsets.UTF_8)) {
      new BatchRunner(Claimex.english(), out, err, threads).run(input, gold);
    }
    return new BufferedReader(new StringReader(output.toString(StandardCharsets.UTF_8)));
  }

  /** The non-blank lines as JSON objects; a line that is not one stops the evaluation, named by file:line. */
  private static List<JsonLine> parse(String name, BufferedReader reader) throws UsageException, IOException {
    List<JsonLine> parsed = new ArrayList<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) { // its message spans lines; the original names the fault
        throw new UsageException(name + ":" + number + ": not a JSON document: " + e.getOriginalMessage());
      }
      if (!node.isObject()) {
        throw new UsageException(name + ":" + number + ": not a JSON object");
      }
      parsed.add(new JsonLine(number, node));
    }
    return parsed;
  }

  private static BufferedReader lines(String file) throws UsageException, IOException {
    try {
      return TextFiles.reader(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    }
  }
}
