package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

  private static ClaimScorer scoredFixture() throws IOException {
    return ClaimFixture.scored();
  }

  private static Reliability fixture() throws IOException {
    return Reliability.of(scoredFixture().judged());
  }

  private static void assertBin(Reliability.Bin bin, String label, int claims, int found, int usable) {
    assertEquals(new Reliability.Bin(label, claims, found, usable), bin);
  }

  /**
   * By hand from the fixture: THREAT 0.95 (found, usable), ACCUSATION 0.85 (found, usable by surname), PROMISE 0.82
   * (found, wrong speaker), AGREEMENT 0.8 (found, "he" is no speaker), appeal 0.75 (found, usable: the long content
   * still covers), APPEAL for a demand 0.65, SUPPORT 0.5 and CRITICISM for a rejection 0.4 (none found); the
   * STATEMENT at 0.9 is not counted.
   */
  @Test
  void theFixtureBinsAsCountedByHand() throws IOException {
    Reliability table = fixture();
    assertEquals(6, table.bins().size());
    assertBin(table.bins().get(0), "[0.0, 0.5)", 1, 0, 0);
    assertBin(table.bins().get(1), "[0.5, 0.6)", 1, 0, 0);
    assertBin(table.bins().get(2), "[0.6, 0.7)", 1, 0, 0);
    assertBin(table.bins().get(3), "[0.7, 0.8)", 1, 1, 1);
    assertBin(table.bins().get(4), "[0.8, 0.9)", 3, 3, 1);
    assertBin(table.bins().get(5), "[0.9, 1.0]", 1, 1, 1);
    assertBin(table.confident(), "confidence ≥ 0.8", 4, 4, 2);
    assertEquals(0.5, table.confident().shareUsable());
    assertEquals(0, table.unrated().claims());
  }

  @Test
  void theBinsAddUpToTheScorersPrecisionAndUsablePrecision() throws IOException {
    ClaimScorer scorer = scoredFixture();
    Reliability table = Reliability.of(scorer.judged());
    int claims = table.bins().stream().mapToInt(Reliability.Bin::claims).sum();
    int found = table.bins().stream().mapToInt(Reliability.Bin::found).sum();
    int usable = table.bins().stream().mapToInt(Reliability.Bin::usable).sum();
    assertEquals(scorer.figures().pred(), claims);
    assertEquals(scorer.figures().precision(), ClaimScorer.round((double) found / claims));
    assertEquals(scorer.figures().usablePrecision(), ClaimScorer.round((double) usable / claims));
  }

  @Test
  void theTablePrintsOneLineABinAndTheSummary() throws IOException {
    String[] lines = fixture().toString().split("\n");
    assertEquals(8, lines.length);
    assertTrue(lines[0].startsWith("confidence"), lines[0]);
    assertEquals("[0.8, 0.9)           3       3       1         0.333", lines[5]);
    assertEquals("confidence ≥ 0.8: 4 claims, share usable 0.500", lines[7]);
  }

  @Test
  void claimsWithoutConfidenceAreCountedApartAndEmptyBinsShowADash() {
    Reliability table = Reliability.of(List.of(new Reliability.Judged(OptionalDouble.empty(), true, false)));
    assertBin(table.unrated(), "no confidence", 1, 1, 0);
    assertTrue(table.toString().contains("no confidence        1       1       0         0.000"), table.toString());
    assertTrue(table.toString().endsWith("confidence ≥ 0.8: 0 claims, share usable –"), table.toString());
  }
}
