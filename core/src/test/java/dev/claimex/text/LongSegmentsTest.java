package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page without line breaks is read in pieces of bounded length, cut where sentences end. */
class LongSegmentsTest {

  @Test
  void aShortSegmentIsOnePiece() {
    String text = "The minister said the border would reopen.";
    TextSegment segment = new TextSegment(0, SegmentKind.PARAGRAPH, TextSpan.of(text, 0, text.length()), 0);
    assertEquals(List.of(segment), LongSegments.pieces(text, segment));
  }

  @Test
  void aLongSegmentIsCutAtSentenceEnds() {
    String text = "The minister said on Monday that the border would reopen next week, officials said. ".repeat(1_000);
    TextSegment segment = new TextSegment(3, SegmentKind.PARAGRAPH, TextSpan.of(text, 0, text.length()), 2);
    List<TextSegment> pieces = LongSegments.pieces(text, segment);
    assertTrue(pieces.size() >= 5, pieces::toString);
    int expectedStart = 0;
    for (TextSegment piece : pieces) {
      assertEquals(expectedStart, piece.span().start(), "the pieces cover the segment without gaps");
      assertTrue(piece.span().length() <= LongSegments.MAX_PIECE);
      assertEquals(3, piece.index());
      assertEquals(2, piece.paragraph());
      expectedStart = piece.span().end();
      if (expectedStart < text.length()) {
        assertEquals(". T", text.substring(expectedStart - 1, expectedStart + 2), "cut after a sentence end");
      }
    }
    assertEquals(text.length(), expectedStart);
  }

  @Test
  void aSegmentWithoutSpacesIsCutAtTheLimit() {
    String text = "x".repeat(45_000);
    TextSegment segment = new TextSegment(0, SegmentKind.PARAGRAPH, TextSpan.of(text, 0, text.length()), 0);
    assertEquals(List.of(20_000, 20_000, 5_000),
        LongSegments.pieces(text, segment).stream().map(p -> p.span().length()).toList());
  }
}
