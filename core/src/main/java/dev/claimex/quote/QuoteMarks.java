package dev.claimex.quote;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSegment;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Quotations of a document: text between paired quotation marks — curly (“ ”), straight ("), typewriter
 * ({@code `` ''}) and single (‘ ’). A quotation may span sentences; one left open at the end of a paragraph
 * continues when the next paragraph reopens it (the news convention for long quotes), and is otherwise dropped
 * without disturbing the rest of the document.
 */
final class QuoteMarks {

  private static final Set<String> OPENING = Set.of("“", "``", "‘", "«");
  private static final Set<String> CLOSING = Set.of("”", "''", "’", "»");
  private static final Set<String> STRAIGHT = Set.of("\"");
  /** Marks some newspapers write the same at both ends. */
  private static final Set<String> AMBIGUOUS = Set.of("''", "\"");
  private static final String MARK_CHARS = "\"“”‘’'`«»";
  /** Longer single-quoted stretches are apostrophes that happen to pair. */
  private static final int MAX_SINGLE_QUOTE = 300;

  private QuoteMarks() {}

  /** Whether a token (possibly {@code null}, past the sentence's end) is a quotation mark. */
  static boolean isQuoteToken(WordToken t) {
    return t != null && (isOpeningToken(t) || isClosingToken(t) || STRAIGHT.contains(t.word()));
  }

  /** Whether any of the tokens {@code first..last} of a sentence is a quotation mark. */
  static boolean anyQuoteToken(TaggedSentence s, int first, int last) {
    for (int i = Math.max(0, first); i <= last && i < s.size(); i++) {
      if (isQuoteToken(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An opening mark; a mark written the same both ways ({@code ''}, {@code "}) opens where the tagger says so;
   * marks run together ({@code “‘}) open with their first.
   */
  static boolean isOpeningToken(WordToken t) {
    return t != null && (OPENING.contains(t.word()) || AMBIGUOUS.contains(t.word()) && t.tag().equals("``")
        || isMarkRun(t.word()) && "“‘«".indexOf(t.word().charAt(0)) >= 0);
  }

  /** A closing mark; marks run together ({@code ’”}, a quotation closed inside another) close with their last. */
  static boolean isClosingToken(WordToken t) {
    return t != null && (CLOSING.contains(t.word()) || AMBIGUOUS.contains(t.word()) && t.tag().equals("''")
        || isMarkRun(t.word()) && "”’»'\"".indexOf(t.word().charAt(t.word().length() - 1)) >= 0)
        && !isOpeningToken(t);
  }

  /**
   * Two apostrophes that the tagger calls closing: some newspapers write them for both marks ("said the plan was
   * ''a mistake and a waste'' of money"), so within a sentence each one opens or closes by the marks before it.
   */
  static boolean isDoubledApostrophe(WordToken t) {
    return t != null && t.word().equals("''") && !isOpeningToken(t);
  }

  private static boolean isMarkRun(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (MARK_CHARS.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quotation with its marks around it, where they are there: one character (“ ” " ‘ ’ « ») or two
   * ({@code `` ''}).
   */
  static TextSpan outer(String text, TextSpan quote) {
    int start = quote.start();
    if (start >= 2 && (text.startsWith("``", start - 2) || text.startsWith("''", start - 2))) {
      start -= 2;
    } else if (start >= 1 && MARK_CHARS.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    int end = quote.end();
    if (text.startsWith("''", end)) {
      end += 2;
    } else if (end < text.length() && MARK_CHARS.indexOf(text.charAt(end)) >= 0) {
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

  /** ‘...’ where the opening mark starts a word and the closing mark ends one (not an apostrophe as in "Pakistan’s"). */
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
