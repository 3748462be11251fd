package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.claim.Claim;
import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents — news words, quotation marks of every kind, brackets, odd Unicode, control
 * characters, surrogates — must never throw, and every span must index the input.
 */
class RandomTextTest {

  private static final String[] PIECES = {"The", "minister", "said", "that", "warned", "of", "war", "if", "talks",
      "collapse", "Pakistan", "Reuters", "“", "”", "\"", "‘", "’", "``", "''", "(", ")", ",", ".", ";", ":", "—", "-",
      "\n", "\n\n", "according to", "both sides", "agreed to", "so long as", "non-negotiable", "He", "denied", "é",
      "\u0000", "\u200b", "\ud83d\ude00", "\ud800", "geo.tv", "AP News", "Source:", "urged", "Dr.", "U.S.", "—", "…",
      "<p>", "&amp;", "ISLAMABAD", "By", "1.", "*"};
  private static final int DOCUMENTS = 150;

  @Test
  void randomDocumentsNeverThrowAndSpansIndexTheInput() {
    Random random = new Random(20261128L);
    for (int d = 0; d < DOCUMENTS; d++) {
      String text = document(random);
      ExtractionResult result = Pipeline.extract(text);
      List<TextSpan> spans = new ArrayList<>();
      result.sentences().forEach(s -> spans.add(s.span()));
      result.entities().forEach(e -> spans.add(e.span()));
      result.attributions().forEach(a -> {
        spans.add(a.content());
        addActor(spans, a.speaker());
      });
      for (Claim c : result.claims()) {
        spans.add(c.content());
        addActor(spans, c.speaker());
        addActor(spans, c.addressee());
        addActor(spans, c.target());
        for (TextSpan s : new TextSpan[] {c.cue(), c.condition(), c.consequence(), c.quote(), c.source()}) {
          if (s != null) {
            spans.add(s);
          }
        }
      }
      for (TextSpan span : spans) {
        assertTrue(span.end() <= text.length(), "span past the end in document " + d);
        assertEquals(text.substring(span.start(), span.end()), span.text(), "document " + d);
      }
    }
  }

  private static void addActor(List<TextSpan> spans, Actor actor) {
    if (actor != null) {
      spans.add(actor.mention());
    }
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
