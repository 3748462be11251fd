package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout of scraped news: blocks of text separated by blank lines (or, in pages without blank lines, each line),
 * typed as headline, dateline, byline, credit line, list item or paragraph.
 *
 * <pre>{@code
 * LayoutAnalyzer layout = new NewsLayoutAnalyzer(new CreditLines(gazetteer));
 * layout.segment("Talks stall\nNAIROBI (Reuters) - Officials said ...");
 * // [HEADLINE "Talks stall", DATELINE "NAIROBI (Reuters) -", PARAGRAPH "Officials said ..."]
 * }</pre>
 */
public final class NewsLayoutAnalyzer implements LayoutAnalyzer {

  /** "NAIROBI (Reuters) - ", "LONDON, March 3 (AP) — ", "WASHINGTON — ", "LIMA: ". */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:(?<place>\\p{Lu}[\\p{Lu}'.\\- ]{2,40}(?:,\\s*\\p{Lu}[\\p{L}.\\- ]{1,30})?)"
          + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*(?<outlet>\\([^()\\n]{1,40}\\))?"
          + "\\s*(?:[-–—―]{1,2}|(?<=\\))\\s*:)\\s+)");
  /** Most words a byline names after its first: "By Ann Lee and Bo Yi, Reuters". */
  private static final int BYLINE_MAX_MORE_WORDS = 10;
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•▪●◦‣]|\\d{1,3}[.)])\\s+\\S.*");
  /** The end of a sentence, or of a quotation that ends one: "... who we are.”", "... in the air." */
  private static final Pattern QUOTATION_PARAGRAPH_BREAK = Pattern.compile("[.!?][\u201D\"]?$");
  private static final String TERMINAL = ".!?;:,\"”’'…)]";
  private static final int HEADLINE_MAX_WORDS = 14;
  private static final int TITLE_MAX_WORDS = 25;
  private static final int SHORT_LINE = 50;
  /** A sentence that ends inside the line: "Great service. I go there weekly" is text, not a headline. */
  private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{3}[.!?]+\\s+\\S");

  private final CreditLines creditLines;

  public NewsLayoutAnalyzer(CreditLines creditLines) {
    this.creditLines = checkNotNull(creditLines, "creditLines");
  }

  @Override
  public ImmutableList<TextSegment> segment(String text) {
    checkNotNull(text, "text");
    List<List<TextSpan>> blocks = blocks(text);
    ImmutableList.Builder<TextSegment> segments = ImmutableList.builder();
    int index = 0;
    for (int paragraph = 0; paragraph < blocks.size(); paragraph++) {
      List<TextSpan> lines = blocks.get(paragraph);
      TextSpan block = TextSpan.of(text, lines.get(0).start(), lines.get(lines.size() - 1).end());
      String content = block.text();
      SegmentKind kind = classify(content, paragraph == 0, blocks.size());
      if (kind == SegmentKind.PARAGRAPH) {
        Matcher dateline = DATELINE.matcher(content);
        if (dateline.lookingAt() && isDateline(dateline)) {
          int split = block.start() + dateline.end();
          segments.add(new TextSegment(index++, SegmentKind.DATELINE, trim(text, block.start(), split), paragraph));
          block = trim(text, split, block.end());
        }
      }
      if (!block.isEmpty()) {
        segments.add(new TextSegment(index++, kind, block, paragraph));
      }
    }
    return segments.build();
  }

  /** The length of a dateline at the start of {@code text} ("NAIROBI (Reuters) - "), or 0. */
  static int datelineLength(String text) {
    Matcher dateline = DATELINE.matcher(text);
    return dateline.lookingAt() && isDateline(dateline) ? dateline.end() : 0;
  }

  private static boolean isDateline(Matcher m) {
    String place = m.group("place");
    // an all-capitals place, or an outlet in brackets: "Nairobi (Reuters) -" but not "Officials - who ..."
    return m.group("outlet") != null || (place != null && place.replaceAll("[^\\p{L}]", "").length() >= 3
        && place.equals(place.toUpperCase(java.util.Locale.ROOT)));
  }

  private SegmentKind classify(String content, boolean first, int blockCount) {
    if (creditLines.isCreditLine(content)) {
      return SegmentKind.SOURCE_LINE;
    }
    if (LIST_ITEM.matcher(content).matches()) {
      return SegmentKind.LIST_ITEM;
    }
    if (isByline(content) && wordCount(content) <= 12) {
      return SegmentKind.BYLINE;
    }
    if (looksLikeHeadline(content, first && blockCount > 1)) {
      return SegmentKind.HEADLINE;
    }
    return SegmentKind.PARAGRAPH;
  }

  /**
   * "By Ann Lee", "BY JOHN SMITH, AP & JANE DOE": "By", a capitalised name, then at most ten more words, each set off
   * by spaces, commas or ampersands. Read by hand: as a regular expression ({@code (?:[\s,&]+\S+){0,10}$}) the
   * separators and the words share "," and "&", and a run of commas backtracks for minutes.
   */
  static boolean isByline(String content) {
    if (!content.startsWith("By") && !content.startsWith("BY")) {
      return false;
    }
    int i = 2;
    while (i < content.length() && isSpace(content.charAt(i))) {
      i++;
    }
    if (i == 2 || i >= content.length() || Character.getType(content.codePointAt(i)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    i += Character.charCount(content.codePointAt(i));
    while (i < content.length() && isNameCharacter(content.codePointAt(i))) {
      i += Character.charCount(content.codePointAt(i));
    }
    return morePieces(content, i) <= BYLINE_MAX_MORE_WORDS;
  }

  private static boolean isNameCharacter(int c) {
    return Character.isLetter(c) || c == '.' || c == '\'' || c == '-';
  }

  /** A regular expression's {@code \s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * The fewest pieces "separator, word" that make up {@code content} from {@code from} on (a separator is a run of
   * spaces, commas and ampersands, a word a run of anything but spaces), or {@link Integer#MAX_VALUE} if none do.
   * Commas and ampersands may stand on either side, so a new piece is needed exactly where spaces follow a word
   * character that is neither (and once at the start if such a character comes before any space).
   */
  private static int morePieces(String content, int from) {
    int length = content.length() - from;
    if (length == 0) {
      return 0;
    }
    char first = content.charAt(from);
    if (!isSpace(first) && first != ',' && first != '&' || isSpace(content.charAt(content.length() - 1))) {
      return Integer.MAX_VALUE;
    }
    int pieces = 0;
    int previous = -1; // the last character that is not a comma or an ampersand; -1 before any
    for (int i = from; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == ',' || c == '&') {
        continue;
      }
      boolean space = isSpace(c);
      if (space && (previous < 0 || !isSpace((char) previous)) || !space && previous < 0) {
        pieces++;
      }
      previous = c;
    }
    return previous < 0 ? (length >= 2 ? 1 : Integer.MAX_VALUE) : pieces;
  }

  /** A short line without closing punctuation, or a title-cased first line; either holds no finished sentence. */
  static boolean looksLikeHeadline(String content, boolean firstOfSeveral) {
    if (content.indexOf('\n') >= 0 || INNER_SENTENCE_END.matcher(content).find()) {
      return false;
    }
    int words = wordCount(content);
    char last = content.charAt(content.length() - 1);
    if (words <= HEADLINE_MAX_WORDS && TERMINAL.indexOf(last) < 0) {
      return true;
    }
    return firstOfSeveral && words <= TITLE_MAX_WORDS && titleCaseRatio(content) >= 0.7;
  }

  private static double titleCaseRatio(String content) {
    int capitalized = 0;
    int counted = 0;
    for (String word : content.split("\\s+")) {
      if (word.length() > 3 && Character.isLetter(word.charAt(0))) { // short function words are lower case in titles
        counted++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalized++;
        }
      }
    }
    return counted == 0 ? 0 : (double) capitalized / counted;
  }

  private static int wordCount(String content) {
    String stripped = content.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /**
   * Lines grouped into blocks. Where the page separates paragraphs by blank lines, a single line break inside a
   * block is a soft wrap unless a line stands alone (a headline, credit or list item); elsewhere every line is a
   * block.
   */
  private List<List<TextSpan>> blocks(String text) {
    List<TextSpan> lines = new ArrayList<>();
    List<Boolean> blankBefore = new ArrayList<>();
    boolean blank = false;
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      TextSpan line = trim(text, start, end);
      if (line.isEmpty()) {
        blank = true;
      } else {
        lines.add(line);
        blankBefore.add(blank);
        blank = false;
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    boolean blankSeparated = blankBefore.stream().skip(1).anyMatch(b -> b);
    List<List<TextSpan>> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextSpan line = lines.get(i);
      boolean join = blankSeparated && i > 0 && !blankBefore.get(i) && !lineBreakIsHard(lines.get(i - 1).text(), line.text());
      if (join) {
        blocks.get(blocks.size() - 1).add(line);
      } else {
        List<TextSpan> block = new ArrayList<>();
        block.add(line);
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** Whether the break between two lines of one block ends a segment rather than wrapping a long line. */
  private boolean lineBreakIsHard(String previous, String next) {
    if (previous.endsWith(":") || creditLines.isCreditLine(previous) || creditLines.isCreditLine(next)
        || LIST_ITEM.matcher(previous).matches() || LIST_ITEM.matcher(next).matches()) {
      return true;
    }
    if (QUOTATION_PARAGRAPH_BREAK.matcher(previous).find() && next.startsWith("\u201C")) {
      return true; // "... who we are.”" then "“How many times ...": a quotation paragraph, whatever the page's breaks
    }
    // a heading above its paragraph is much shorter than the wrapped lines of body text
    return previous.length() <= SHORT_LINE && looksLikeHeadline(previous, false) && Character.isUpperCase(next.charAt(0));
  }

  /** The span {@code [start, end)} without the white space at its ends. */
  static TextSpan trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return TextSpan.of(text, start, end);
  }
}
