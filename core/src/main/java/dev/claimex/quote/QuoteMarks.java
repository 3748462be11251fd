package dev.claimex.quote;

import com.google.common.collect.ImmutableList;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSegment;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotations of a document: text between paired quotation marks — curly (“ ”), straight ("), typewriter
 * ({@code `` ''}) and single (‘ ’). A quotation may span sentences; one left open at the end of a paragraph
 * continues when the next paragraph reopens it (the news convention for long quotes), and is otherwise dropped
 * without disturbing the rest of the document.
 */
final class QuoteMarks {

  /** Longer single-quoted stretches are apostrophes that happen to pair. */
  private static final int MAX_SINGLE_QUOTE = 300;

  private QuoteMarks() {}

  /**
   * The quotation with its marks around it, where they are there: one character (“ ” " ‘ ’ « ») or two
   * ({@code `` ''}).
   */
  static TextSpan outer(String text, TextSpan quote) {
    int start = quote.start();
    if (start >= 2 && (text.startsWith("``", start - 2) || text.startsWith("''", start - 2))) {
      start -= 2;
    } else if (start >= 1 && QuoteTokens.isMarkChar(text.charAt(start - 1))) {
      start--;
    }
    int end = quote.end();
    if (text.startsWith("''", end)) {
      end += 2;
    } else if (end < text.length() && QuoteTokens.isMarkChar(text.charAt(end))) {
      end++;
    }
    return TextSpan.of(text, start, end);
  }

  /** The quoted stretches (without their marks), in order. */
  static ImmutableList<TextSpan> find(TextAnalysis analysis) {
    String text = analysis.text();
    List<TextSpan> quotes = new ArrayList<>();
    List<int[]> paragraphs = paragraphs(analysis);
    for (int p = 0; p < paragraphs.size(); p++) {
      int start = paragraphs.get(p)[0];
      int end = paragraphs.get(p)[1];
      scanDouble(text, start, end, p + 1 < paragraphs.size() ? paragraphs.get(p + 1)[0] : -1, quotes);
      if (indexOf(text, "``", start, end - 1) >= 0) { // wholly inside the paragraph
        scanPair(text, start, end, "``", "''", quotes);
      } else {
        scanPair(text, start, end, "''", "''", quotes); // some newspapers write two apostrophes for both marks
      }
      scanSingle(text, start, end, quotes);
    }
    quotes.sort(null);
    return ImmutableList.copyOf(quotes);
  }

  /** Paragraph extents {start, end} from the layout. */
  private static List<int[]> paragraphs(TextAnalysis analysis) {
    List<int[]> paragraphs = new ArrayList<>();
    int current = -1;
    for (TextSegment segment : analysis.segments()) {
      if (segment.paragraph() != current) {
        paragraphs.add(new int[] {segment.span().start(), segment.span().end()});
        current = segment.paragraph();
      } else {
        paragraphs.get(paragraphs.size() - 1)[1] = segment.span().end();
      }
    }
    return paragraphs;
  }

  /** Curly and straight double quotes; an unclosed curly quote continues into a paragraph that reopens it. */
  private static void scanDouble(String text, int start, int end, int nextParagraph, List<TextSpan> out) {
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' || misturnedOpening(text, start, i)) && open < 0) {
        open = i;
      } else if ((c == '”' || c == '"') && open >= 0) {
        if (i > open + 1) {
          out.add(TextSpan.of(text, open + 1, i));
        }
        open = -1;
      }
    }
    if (open >= 0 && text.charAt(open) == '“' && nextParagraph >= 0 && nextParagraph < text.length()
        && text.charAt(nextParagraph) == '“' && end > open + 1) {
      out.add(TextSpan.of(text, open + 1, end));
    }
  }

  /**
   * A closing mark written where a quotation opens: at the start of a paragraph or after a space, and before a
   * word ("”We will win,” she said"), a slip that autocorrection makes.
   */
  private static boolean misturnedOpening(String text, int start, int i) {
    return text.charAt(i) == '”' && (i == start || Character.isWhitespace(text.charAt(i - 1)))
        && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static void scanPair(String text, int start, int end, String openMark, String closeMark, List<TextSpan> out) {
    int i = indexOf(text, openMark, start, end);
    while (i >= 0) {
      int close = indexOf(text, closeMark, i + openMark.length(), end);
      if (close < 0) {
        return;
      }
      if (close > i + openMark.length()) {
        out.add(TextSpan.of(text, i + openMark.length(), close));
      }
      i = indexOf(text, openMark, close + closeMark.length(), end);
    }
  }

  /**
   * The first position in {@code [from, limit)} where {@code mark} starts, or -1. Unlike {@link String#indexOf}, the
   * search stops at {@code limit}: searching the rest of the document from every paragraph is quadratic.
   */
  private static int indexOf(String text, String mark, int from, int limit) {
    for (int i = Math.max(0, from); i < limit; i++) {
      if (text.startsWith(mark, i)) {
        return i;
      }
    }
    return -1;
  }

  /** ‘...’ where the opening mark starts a word and the closing mark ends one (not an apostrophe as in "Norway’s"). */
  private static void scanSingle(String text, int start, int end, List<TextSpan> out) {
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '‘' && (i == start || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        open = i;
      } else if (c == '’' && open >= 0 && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        if (i > open + 1 && i - open <= MAX_SINGLE_QUOTE) {
          out.add(TextSpan.of(text, open + 1, i));
        }
        open = -1;
      }
    }
  }
}
