package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ClaimScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What {@code python3 score_news_claims.py claims-gold.jsonl claims-predictions.jsonl} (Python 3.11) prints on the
   * fixture under src/test/resources/eval: four hand-written articles with a claim found under an alternative type
   * with its condition, one found with a surname, a wrong speaker with the wrong polarity, a wrong type (a demand
   * predicted as an appeal, a rejection as a criticism), a lower-case type, a content that runs on, a missed
   * condition, a wrong modality, a STATEMENT that does not count, a prediction with no gold claim and an article
   * with no prediction at all.
   */
  static final String REFERENCE_FIGURES = "{\"gold\": 8, \"pred\": 8, \"found\": 5, \"missing_docs\": 1, "
      + "\"precision\": 0.625, \"recall\": 0.625, \"f1\": 0.625, \"macro_f1\": 0.5238, \"usable_precision\": 0.375, "
      + "\"usable_recall\": 0.375, \"usable_f1\": 0.375, \"speaker_acc\": 0.6, \"content_acc\": 1.0, "
      + "\"condition\": \"1/2\", \"polarity_acc\": 0.8, \"modality_acc\": 0.8, \"per_type\": {"
      + "\"ACCUSATION\": {\"gold\": 1, \"pred\": 1, \"p\": 1.0, \"r\": 1.0, \"f1\": 1.0}, "
      + "\"AGREEMENT\": {\"gold\": 1, \"pred\": 1, \"p\": 1.0, \"r\": 1.0, \"f1\": 1.0}, "
      + "\"APPEAL\": {\"gold\": 1, \"pred\": 2, \"p\": 0.5, \"r\": 1.0, \"f1\": 0.6667}, "
      + "\"CRITICISM\": {\"gold\": 0, \"pred\": 1, \"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, "
      + "\"DEMAND\": {\"gold\": 1, \"pred\": 0, \"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, "
      + "\"PROMISE\": {\"gold\": 1, \"pred\": 1, \"p\": 1.0, \"r\": 1.0, \"f1\": 1.0}, "
      + "\"REJECTION\": {\"gold\": 1, \"pred\": 0, \"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, "
      + "\"SUPPORT\": {\"gold\": 0, \"pred\": 1, \"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, "
      + "\"THREAT\": {\"gold\": 0, \"pred\": 1, \"p\": 1.0, \"r\": 0.0, \"f1\": 0.0}, "
      + "\"WARNING\": {\"gold\": 2, \"pred\": 0, \"p\": 0.0, \"r\": 0.5, \"f1\": 0.0}}}";

  private static ClaimFigures scoreFixture() throws IOException {
    return ClaimFixture.scored().figures();
  }

  @Test
  void theFixtureScoresAsTheReferenceScorerScoresIt() throws IOException {
    ClaimFigures figures = scoreFixture();
    assertEquals(REFERENCE_FIGURES, figures.toJson());
    assertEquals(5, figures.found());
    assertEquals(1, figures.missingDocs());
    assertEquals(0.5238, figures.macroF1());
    assertEquals("1/2", figures.condition());
    assertEquals(0.6667, figures.perType().get("APPEAL").f1());
  }

  @Test
  void nothingToScoreGivesZerosNotNaN() {
    ClaimFigures figures = new ClaimScorer().figures();
    assertEquals("{\"gold\": 0, \"pred\": 0, \"found\": 0, \"missing_docs\": 0, \"precision\": 0.0, \"recall\": 0.0, "
        + "\"f1\": 0.0, \"macro_f1\": 0.0, \"usable_precision\": 0.0, \"usable_recall\": 0.0, \"usable_f1\": 0.0, "
        + "\"speaker_acc\": 0.0, \"content_acc\": 0.0, \"condition\": \"0/0\", \"polarity_acc\": 0.0, "
        + "\"modality_acc\": 0.0, \"per_type\": {}}", figures.toJson());
  }

  @Test
  void numbersPrintAsPythonPrintsThem() {
    assertEquals("0.0001", ClaimFigures.number(ClaimScorer.round(1.0 / 9999)));
    assertEquals("1.0", ClaimFigures.number(1.0));
    assertEquals("0.3333", ClaimFigures.number(ClaimScorer.round(1.0 / 3)));
    // Python's round(x, 4) rounds the exact binary value: 0.00015 is stored a little below the half, 0.00025 above
    assertEquals(0.0001, ClaimScorer.round(0.00015));
    assertEquals(0.0003, ClaimScorer.round(0.00025));
  }

  @Test
  void speakersMatchByNameOrSurname() throws IOException {
    JsonNode gold = JSON.readTree("{\"speaker\": [\"Sergei Lavrov\", \"Lavrov\"]}");
    assertTrue(ClaimScorer.speakerOk(gold, JSON.readTree("{\"speaker\": {\"text\": \"Mr. Lavrov\"}}")));
    assertTrue(ClaimScorer.speakerOk(gold, JSON.readTree("{\"speaker\": {\"canonical\": \"  sergei   LAVROV\"}}")));
    assertTrue(ClaimScorer.speakerOk(gold,
        JSON.readTree("{\"speaker\": {\"text\": \"they\", \"members\": [{\"canonical\": \"Lavrov\"}]}}")));
    assertFalse(ClaimScorer.speakerOk(gold, JSON.readTree("{\"speaker\": {\"text\": \"he\"}}")));
    assertFalse(ClaimScorer.speakerOk(gold, JSON.readTree("{\"speaker\": null}")));
    assertTrue(ClaimScorer.speakerOk(JSON.readTree("{\"speaker\": null}"), JSON.readTree("{}")), "no gold speaker");
  }

  @Test
  void aContentCoversHalfTheGoldAndIsNotMuchLonger() {
    assertTrue(ClaimScorer.covers(new double[] {0, 10}, new double[] {5, 10}));
    assertFalse(ClaimScorer.covers(new double[] {0, 10}, new double[] {6, 10}));
    assertTrue(ClaimScorer.covers(new double[] {0, 10}, new double[] {0, 50}), "40 characters more");
    assertFalse(ClaimScorer.covers(new double[] {0, 10}, new double[] {0, 51}), "Jaccard under 0.25 and longer");
  }
}
