package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

  private static AttributionScorer.Unit unit(int start, int end, int speakerStart, int speakerEnd) {
    return new AttributionScorer.Unit(new int[] {start, end}, new int[] {speakerStart, speakerEnd}, null);
  }

  @Test
  void trimsMarksPunctuationAndALeadingThat() {
    String text = "He said that “the talks failed.”";
    // as the reference scorer: marks are trimmed before "that" is dropped, so the opening mark stays
    assertArrayEquals(new int[] {13, 30}, AttributionScorer.trim(text, 8, text.length()));
  }

  @Test
  void pairsContentsOneToOneAndChecksSpeakers() {
    AttributionScorer scorer = new AttributionScorer(false);
    scorer.add(List.of(unit(0, 10, 20, 25), unit(30, 40, 50, 55)),
        List.of(unit(0, 9, 20, 22), unit(30, 40, 60, 65), unit(70, 80, 0, 1)));
    Map<String, Object> figures = scorer.figures();
    assertEquals(2, figures.get("matched"));
    assertEquals(0.5, figures.get("speaker_acc_on_matched"));
    assertEquals(0.6667, figures.get("content_p"));
    assertEquals(1.0, figures.get("content_r"));
    assertEquals(0.3333, figures.get("attribution_p"));
  }

  @Test
  void onlyDirectDropsPrecisionFigures() {
    AttributionScorer scorer = new AttributionScorer(true);
    scorer.add(List.of(unit(0, 10, 20, 25)), List.of(unit(0, 10, 20, 25)));
    assertEquals(false, scorer.figures().containsKey("content_p"));
    assertEquals(1.0, scorer.figures().get("content_r"));
  }
}
