package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.quote.Attribution;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code eval} command: runs Claimex over a gold file of annotated attributions (one
 * {@code {"id","text","quotes":[...]}} document per line, the format of the project's evaluation sets) and prints
 * the figures of {@link AttributionScorer} as one JSON line. With {@code --claims} it scores typed claims instead:
 * {@link ClaimEvaluation}.
 */
final class Evaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Evaluation() {}

  static int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException, IOException {
    if (arguments.contains("--claims")) {
      return ClaimEvaluation.run(arguments, out, err);
    }
    String gold = null;
    boolean onlyDirect = false;
    for (int i = 0; i < arguments.size(); i++) {
      switch (arguments.get(i)) {
        case "--gold" -> {
          if (i + 1 >= arguments.size()) {
            throw new UsageException("--gold needs a file");
          }
          gold = arguments.get(++i);
        }
        case "--only-direct" -> onlyDirect = true;
        default -> throw new UsageException("unknown eval option '" + arguments.get(i) + "' (try --help)");
      }
    }
    if (gold == null) {
      throw new UsageException("eval needs --gold FILE.jsonl (attributions) or --claims FILE.jsonl (typed claims)");
    }
    AttributionScorer scorer = new AttributionScorer(onlyDirect);
    Claimex claimex = Claimex.english();
    int documents = 0;
    try (BufferedReader reader = TextFiles.reader(Path.of(gold))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = JSON.readTree(line);
        String text = doc.path("text").asText();
        List<AttributionScorer.Unit> goldUnits = goldUnits(doc, text, onlyDirect);
        ExtractionResult result = claimex.extract(doc.path("id").asText(), text);
        scorer.add(goldUnits, predictedUnits(result, text));
        documents++;
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + gold);
    }
    err.printf(Locale.ROOT, "claimex: evaluated %d documents of %s%n", documents, gold);
    out.println(JSON.writeValueAsString(scorer.figures()).replace(",\"", ", \"").replace("\":", "\": "));
    return 0;
  }

  private static List<AttributionScorer.Unit> goldUnits(JsonNode doc, String text, boolean onlyDirect) {
    List<AttributionScorer.Unit> units = new ArrayList<>();
    for (JsonNode q : doc.path("quotes")) {
      if (onlyDirect && !q.path("kind").asText().equals("direct")) {
        continue;
      }
      units.add(new AttributionScorer.Unit(AttributionScorer.trim(text, q.get("start").asInt(), q.get("end").asInt()),
          span(q, "speaker_start", "speaker_end"), span(q, "cue_start", "cue_end")));
    }
    return units;
  }

  private static int[] span(JsonNode q, String start, String end) {
    return q.hasNonNull(start) ? new int[] {q.get(start).asInt(), q.get(end).asInt()} : null;
  }

  private static List<AttributionScorer.Unit> predictedUnits(ExtractionResult result, String text) {
    List<AttributionScorer.Unit> units = new ArrayList<>();
    for (Attribution a : result.attributions()) {
      units.add(new AttributionScorer.Unit(AttributionScorer.trim(text, a.content().start(), a.content().end()),
          a.speaker() == null ? null : new int[] {a.speaker().mention().start(), a.speaker().mention().end()},
          a.cue() == null ? null : new int[] {a.cue().start(), a.cue().end()}));
    }
    return units;
  }
}
