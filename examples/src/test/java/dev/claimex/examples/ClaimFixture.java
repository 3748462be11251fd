package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-written gold and prediction articles under {@code src/test/resources/eval}, scored by the scorer. */
final class ClaimFixture {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimFixture() {}

  /** The fixture's predictions scored against its gold, article by article. */
  static ClaimScorer scored() throws IOException {
    List<JsonNode> predictions = lines("claims-predictions.jsonl");
    ClaimScorer scorer = new ClaimScorer();
    for (JsonNode gold : lines("claims-gold.jsonl")) {
      scorer.add(gold, predictions.stream().filter(p -> p.get("id").equals(gold.get("id"))).findFirst().orElse(null));
    }
    return scorer;
  }

  private static List<JsonNode> lines(String name) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/eval", name))) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }
}
