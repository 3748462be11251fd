package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.json.ClaimexJson;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents — news words, quotation marks of every kind, brackets, odd Unicode, control
 * characters, surrogates — must never throw, every span must index the input and agree with the rest of the
 * result, and the same input must give the same output. The run is bounded by a case count and a time limit.
 */
class RandomTextTest {

  private static final String[] PIECES = {"The", "minister", "said", "that", "warned", "of", "war", "if", "talks",
      "collapse", "Norway", "Reuters", "“", "”", "\"", "‘", "’", "``", "''", "(", ")", ",", ".", ";", ":", "—", "-",
      "\n", "\n\n", "according to", "both sides", "agreed to", "so long as", "non-negotiable", "He", "denied", "é",
      "\u0000", "\u200b", "\ud83d\ude00", "\ud800", "cnn.com", "AP News", "Source:", "urged", "Dr.", "U.S.", "—", "…",
      "<p>", "&amp;", "NAIROBI", "By", "1.", "*", "asked", "Smith", "who", "’”", "?", "saying", "(D-Ga.)"};
  private static final int DOCUMENTS = 400;
  private static final long TIME_LIMIT_NANOS = 60_000_000_000L;

  @Test
  void randomDocumentsNeverThrowSpansAreValidAndOutputIsDeterministic() {
    Random random = new Random(20261128L);
    long start = System.nanoTime();
    int cases = 0;
    for (int d = 0; d < DOCUMENTS && System.nanoTime() - start < TIME_LIMIT_NANOS; d++) {
      String text = document(random);
      ExtractionResult first = Pipeline.extract(text);
      Spans.assertConsistent(text, first);
      ExtractionResult second = Pipeline.extract(text);
      assertEquals(ClaimexJson.toJson(first), ClaimexJson.toJson(second), "document " + d + " twice");
      assertTrue(first.complete(), () -> "a stage failed on document: " + first.warnings());
      cases++;
    }
    assertTrue(cases >= 100, "too few cases in the time limit: " + cases);
  }

  private static String document(Random random) {
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(120);
    for (int i = 0; i < words; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(4) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
