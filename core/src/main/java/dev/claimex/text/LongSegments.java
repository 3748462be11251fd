package dev.claimex.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment of more than {@value #MAX_PIECE} characters (a page without line breaks, a feed joined into one
 * paragraph) is cut into pieces at likely sentence ends before the splitter reads it: the splitter's patterns and
 * model then read pieces of bounded length, and the time budget is checked between them. News paragraphs are far
 * shorter (at most 4,872 characters in the development sets), so ordinary text is not cut.
 */
final class LongSegments {

  static final int MAX_PIECE = 20_000;
  /** How far back from the limit a sentence end or a space is looked for. */
  private static final int SEARCH = 2_000;
  private static final String SENTENCE_ENDS = ".!?";
  private static final String CLOSING_MARKS = "\"”’')]";

  private LongSegments() {}

  static List<TextSegment> pieces(String text, TextSegment segment) {
    TextSpan span = segment.span();
    if (span.length() <= MAX_PIECE) {
      return List.of(segment);
    }
    List<TextSegment> pieces = new ArrayList<>();
    int start = span.start();
    while (span.end() - start > MAX_PIECE) {
      int cut = cutNear(text, start, start + MAX_PIECE);
      pieces.add(new TextSegment(segment.index(), segment.kind(), TextSpan.of(text, start, cut), segment.paragraph()));
      start = cut;
    }
    pieces.add(new TextSegment(segment.index(), segment.kind(), TextSpan.of(text, start, span.end()),
        segment.paragraph()));
    return pieces;
  }

  /**
   * The last white space in {@code (limit - SEARCH, limit]} that follows a sentence end (".", "!" or "?", perhaps
   * with closing marks) and precedes a capital or an opening mark; else the last white space there; else {@code
   * limit}, moved off the middle of a surrogate pair.
   */
  private static int cutNear(String text, int start, int limit) {
    int from = Math.max(start + 1, limit - SEARCH);
    int space = -1;
    for (int i = limit; i > from; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      space = space < 0 ? i : space;
      if (endsSentence(text, from, i) && i + 1 < text.length()
          && (Character.isUpperCase(text.charAt(i + 1)) || "\"“‘(".indexOf(text.charAt(i + 1)) >= 0)) {
        return i;
      }
    }
    if (space >= 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** Whether a sentence-ending mark, perhaps followed by closing marks, stands right before {@code i}. */
  private static boolean endsSentence(String text, int from, int i) {
    int j = i - 1;
    while (j > from && CLOSING_MARKS.indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    return SENTENCE_ENDS.indexOf(text.charAt(j)) >= 0;
  }
}
