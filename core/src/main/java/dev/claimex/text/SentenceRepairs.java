package dev.claimex.text;

import static dev.claimex.models.WordClass.ABBREVIATION_BEFORE_CAPITAL;
import static dev.claimex.models.WordClass.ABBREVIATION_BEFORE_LOWER_CASE;
import static dev.claimex.models.WordClass.ABBREVIATION_BEFORE_NUMBER;
import static dev.claimex.models.WordClass.LETTER_CLOSING;
import static dev.claimex.models.WordClass.QUOTATION_TAG_VERB;
import static dev.claimex.models.WordClass.SPEECH_RESTART;
import static dev.claimex.models.WordClass.TOP_LEVEL_DOMAIN;

import dev.claimex.models.WordClasses;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repairs a statistical sentence model needs on scraped news, each a small general rule of written English.
 * Breaks forced before the model runs: sentences glued without a space, an ellipsis, a clock time or an outlet
 * credit in brackets followed by a capitalised word, a letter's closing formula, a signature delimiter, the items
 * of an inline list. Joins and cuts after it: abbreviations that end no sentence, a citation marker that belongs
 * to the sentence before, a leading web-domain credit or dateline that is not part of the sentence.
 */
final class SentenceRepairs {

  private static final WordClasses WORDS = WordClasses.standard();
  /** What continues a web or e-mail address after a full stop: "Newsfeed.|Com", "Jane.|Smith@example.org". */
  private static final String ADDRESS_TAIL =
      "(?:" + WORDS.alternation(TOP_LEVEL_DOMAIN) + "\\b|[\\p{L}\\p{N}._%+-]*@)";
  /**
   * A full stop between a lower-case word and a capitalised one, with no space: "the deal.Voters went"; but not in a
   * domain written in title case ("Newsfeed.Com") or an e-mail address ("Jane.Smith@example.org").
   */
  private static final Pattern GLUED =
      Pattern.compile("(?<=\\p{Ll}\\p{Ll})[.!?](?=\\p{Lu}\\p{Ll})(?!" + ADDRESS_TAIL + ")");
  /**
   * A new sentence after an ellipsis or a clock time followed by a capitalised word, and after an em dash that breaks
   * off speech before a word that opens a sentence ("I know she's — See, now ...").
   */
  private static final Pattern FORCED_BREAK = Pattern.compile(
      "(?:\\.\\.\\.|…|\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:AM|PM|am|pm|a\\.m\\.|p\\.m\\.))(?=\\s+[\"“]?\\p{Lu})"
          + "|(?<=\\s)—(?=\\s+" + WORDS.alternation(SPEECH_RESTART) + "\\b)"
          // a date-time stamp after a name starts a new line of a message header: "Kay Mann 04/26/2001 07:17 AM"
          + "|(?<=\\p{Lu}\\p{Ll}{1,20}\\s\\p{Lu}[\\p{L}@.]{1,30})(?=\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2})"
          // a letter's closing formula before the signature: "Regards, Debra"
          + "|(?<=(?:^|[.!?)]\\s|\\n))(?i:" + WORDS.alternation(LETTER_CLOSING) + "),(?=\\s+\\p{Lu})"
          // the signature delimiter "-- " of e-mail and Usenet stands alone: "-- Posted by ..."
          + "|(?<=(?:^|[.!?]\\s|\\n)--)(?=\\s+\\S)|(?<=[.!?])(?=\\s+--\\s)"
          // a quotation credited on its line ("“…” ― Ann Lee") ends there, before the next line's quotation
          + "|(?<=[”\"’][.,]?[\\s\u00A0]{0,2}[―—–][\\s\u00A0]{0,2}\\p{Lu}[^\\n“”\"]{1,50})(?=[\\s\u00A0]*\\n\\s*[“”\"])"
          // a separator line ("***", "=====", "____") stands alone
          + "|(?<=[*=_~#]{3})(?=\\s+\\S)|(?<=\\S\\s{1,3})(?=[*=_~#]{3,})");
  /** Titles, months and initials whose full stop ends no sentence: "Lt. Gen. Hassan", "St. John's", "e.g. Smith". */
  static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s(])(?:"
      + WORDS.alternation(ABBREVIATION_BEFORE_CAPITAL) + "|\\p{Lu})\\.$");
  /** "No.", "c.", "ext.", "Jan." end no sentence before a number ("No. 10", "c. 1818", "ext. 4120", "Jan. 9"); "No." alone is an answer. */
  static final Pattern NUMBER_SIGN_END = Pattern.compile("(?:^|[\\s(])"
      + WORDS.alternation(ABBREVIATION_BEFORE_NUMBER) + "\\.$");
  /** An abbreviation ("et al.", "ed.", "Inc.", "U.S.G.") before a lower-case continuation ends no sentence. */
  static final Pattern SHORT_WORD_END = Pattern.compile("(?i)(?:^|[\\s(])(?:"
      + WORDS.alternation(ABBREVIATION_BEFORE_LOWER_CASE) + "|\\p{L}|(?:\\p{L}\\.){1,4}\\p{L})\\.$");
  /**
   * A state or party-and-state abbreviation, with the bracket or comma after it, before a lower-case continuation:
   * "Sen. Jane Doe (D-Ore.) said", "retired in Salem, Ore., said".
   */
  static final Pattern STATE_END = Pattern.compile("(?:^|[\\s(])(?:[DRI]-)?(?:\\p{Lu}\\p{Ll}{1,4}|\\p{Lu}\\.\\p{Lu})"
      + "\\.[),]?$");
  /**
   * Citation markers and closing brackets that belong to the sentence before: "[17]", "[3]–[5]", "[...]", the ")"
   * of "(We fly next day. )", the "&gt;&gt;" of "&lt;&lt; File: notes.htm &gt;&gt;".
   */
  private static final Pattern LEADING_CITATION =
      Pattern.compile("^(?:(?:\\[(?:\\d{1,3}(?:[–-]\\d{1,3})?|\\.\\.\\.|…)\\]|>>|[)\\]»])\\s*)+");
  private static final Pattern ONLY_CITATION = Pattern.compile("^(?:\\[(?:\\d{1,3}(?:[–-]\\d{1,3})?|\\.\\.\\.|…)\\][\\s.]*)+$");
  /** A lower-case web domain at the start of a sentence, followed by a capitalised word: "cnn.com She said". */
  private static final Pattern LEADING_DOMAIN = Pattern.compile("^[a-z0-9-]+\\.(?:[a-z]{2,6}\\.?)+\\s+(?=\\p{Lu})");
  /** An outlet credit in brackets followed by a new sentence: "(BBC) The militant group said ...". */
  private static final Pattern BRACKETED_CREDIT = Pattern.compile("\\(([^()\\n]{2,40})\\)(?=\\s+[\"“]?\\p{Lu})");
  /** Four or more short items after " - " that run to the end: "(See attached:) - a.pdf - b.pdf - c.pdf - d.pdf". */
  private static final Pattern INLINE_LIST = Pattern.compile("(?:\\s+-\\s+[^\\s-]\\S*(?:\\s+[^\\s-]\\S*){0,2}){4,}$");
  private static final int INLINE_LIST_MAX_CHARS = 600;
  private static final Pattern LIST_DASH = Pattern.compile("\\s+(?=-\\s)");
  /** A domain in title case at the end ("Newsfeed.Com"): the model's cut was at its full stop. */
  static final Pattern INNER_STOP_END = Pattern.compile("\\p{L}\\.\\p{Lu}\\p{Ll}+$");
  private static final Pattern ADDRESS_CONTINUATION = Pattern.compile("^" + ADDRESS_TAIL);
  /** No letter or digit (closing marks, an emoticon), except the signature delimiter "--": belongs to the sentence before. */
  /** A dash right after a closing mark introduces the name that said it: "…stopped.”― Ann Lee" is one sentence. */
  static final Pattern QUOTATION_DASH_END = Pattern.compile("[”\"’][\\s\u00A0]*[―—–]$");
  /** A quotation that ends with a question or exclamation mark: "“Why wait?”". */
  static final Pattern QUESTION_QUOTATION_END = Pattern.compile("[?!][”\"’]$");
  /**
   * A short speech tag: up to four words of its speaker before the verb, up to four words after it ("Lee asked.",
   * "the former mayor said on Monday.", "said Ann Lee."); a longer tail is a sentence of its own ("The council said on
   * Monday it would vote in March.").
   */
  private static final Pattern QUOTATION_TAG = Pattern.compile("^(?:(?:[\\p{L}.'’-]+\\s+){1,4}(?:"
      + WORDS.alternation(QUOTATION_TAG_VERB) + ")|(?:" + WORDS.alternation(QUOTATION_TAG_VERB)
      + "))(?:[\\s\u00A0]+[\\p{L}.'’-]+){0,4}\\.$");
  private static final Pattern CLOSING_ONLY = Pattern.compile("^(?!--$)[^\\p{L}\\p{N}]+$");

  private SentenceRepairs() {}

  /** The stretch cut where a sentence must end whatever the model says. */
  static List<TextSpan> forcedBreaks(String text, TextSpan span, OutletNames outlets) {
    List<TextSpan> pieces = new ArrayList<>();
    Matcher credit = BRACKETED_CREDIT.matcher(span.text());
    int from = span.start();
    while (credit.find()) {
      if (outlets.isOutlet(credit.group(1).strip())) {
        int cut = span.start() + credit.end();
        pieces.add(NewsLayoutAnalyzer.trim(text, from, cut));
        from = cut;
      }
    }
    if (!pieces.isEmpty()) {
      pieces.add(NewsLayoutAnalyzer.trim(text, from, span.end()));
      pieces.removeIf(TextSpan::isEmpty);
    }
    List<Function<String, Matcher>> breakFinders =
        List.of(GLUED::matcher, FORCED_BREAK::matcher, SentenceRepairs::inlineListBreaks);
    for (Function<String, Matcher> breaks : breakFinders) {
      List<TextSpan> next = new ArrayList<>();
      for (TextSpan piece : pieces.isEmpty() ? List.of(span) : pieces) {
        Matcher m = breaks.apply(piece.text());
        int start = piece.start();
        while (m.find()) {
          int cut = piece.start() + m.end();
          next.add(NewsLayoutAnalyzer.trim(text, start, cut));
          start = cut;
        }
        next.add(NewsLayoutAnalyzer.trim(text, start, piece.end()));
      }
      next.removeIf(TextSpan::isEmpty);
      pieces = next;
    }
    return pieces;
  }

  /** The breaks before each item of an inline list at the end of {@code piece}, if it has one. */
  private static Matcher inlineListBreaks(String piece) {
    // only the tail is searched: the list pattern, tried at every position of a long run of dashes, is quadratic
    int tail = Math.max(0, piece.length() - INLINE_LIST_MAX_CHARS);
    Matcher list = INLINE_LIST.matcher(piece).region(tail, piece.length());
    Matcher dashes = LIST_DASH.matcher(piece);
    return list.find() ? dashes.region(list.start(), piece.length()) : dashes.region(piece.length(), piece.length());
  }

  /**
   * Rejoins what the model cut after an abbreviation (before a capitalised word, or "No." before a number) or
   * after a short or state abbreviation before a lower-case word ("et al. against", "(D-Ga.) said") or inside an
   * address, and moves a leading citation marker
   * or lone closing marks back to the sentence they belong to.
   *
   * <p>A sentence that grows by joins is kept as offsets and its end is read as a view, never copied: a paragraph
   * of thousands of "U.S." sentences would otherwise be copied and searched once per join.
   */
  static List<TextSpan> rejoin(String text, List<TextSpan> detected) {
    List<int[]> merged = new ArrayList<>();
    for (TextSpan sentence : detected) {
      if (merged.isEmpty()) {
        merged.add(new int[] {sentence.start(), sentence.end()});
        continue;
      }
      int[] previous = merged.get(merged.size() - 1);
      CharSequence before = CharBuffer.wrap(text, previous[0], previous[1]);
      char first = sentence.text().charAt(0);
      boolean join = endsWith(ABBREVIATION_END, before) && Character.isUpperCase(first)
          || endsWith(NUMBER_SIGN_END, before) && Character.isDigit(first)
          || (endsWith(SHORT_WORD_END, before) || endsWith(STATE_END, before)) && Character.isLowerCase(first)
          || CLOSING_ONLY.matcher(sentence.text()).matches() || ONLY_CITATION.matcher(sentence.text()).matches()
          || previous[1] == sentence.start() && ADDRESS_CONTINUATION.matcher(sentence.text()).find()
          || endsWith(INNER_STOP_END, before, Character::isLowerCase) && Character.isLowerCase(first)
          || endsWith(QUOTATION_DASH_END, before, c -> Character.isWhitespace(c) || c == '\u00A0')
          // "“Why wait?” Lee asked.": a capitalised name after the mark, but the tag is the quotation's sentence
          || endsWith(QUESTION_QUOTATION_END, before) && QUOTATION_TAG.matcher(sentence.text()).matches();
      if (join) {
        previous[1] = sentence.end();
        continue;
      }
      Matcher citation = LEADING_CITATION.matcher(sentence.text());
      if (citation.lookingAt() && citation.end() < sentence.length()) {
        int cut = sentence.start() + citation.end();
        TextSpan kept = NewsLayoutAnalyzer.trim(text, previous[0], cut);
        TextSpan rest = NewsLayoutAnalyzer.trim(text, cut, sentence.end());
        merged.set(merged.size() - 1, new int[] {kept.start(), kept.end()});
        merged.add(new int[] {rest.start(), rest.end()});
        continue;
      }
      merged.add(new int[] {sentence.start(), sentence.end()});
    }
    List<TextSpan> sentences = new ArrayList<>(merged.size());
    for (int[] span : merged) {
      sentences.add(TextSpan.of(text, span[0], span[1]));
    }
    return sentences;
  }

  /** The longest match of the end patterns above without a repeated part. */
  private static final int END_PATTERN_REACH = 32;

  /** Whether {@code pattern}, anchored by {@code $}, matches at the end of {@code sentence}: only its end is searched. */
  static boolean endsWith(Pattern pattern, CharSequence sentence) {
    return endsWith(pattern, sentence, c -> false);
  }

  /**
   * The same for a pattern with one unbounded repeated part at its end ({@code \p{Ll}+$}, {@code \s*[―—–]$}): the
   * search starts before the run of {@code repeated} characters there, so that it sees the whole match. {@code ^}
   * still means the start of the sentence, not of the part searched.
   */
  static boolean endsWith(Pattern pattern, CharSequence sentence, IntPredicate repeated) {
    int from = sentence.length();
    while (from > 0 && repeated.test(sentence.charAt(from - 1))) {
      from--;
    }
    // a repeated run may sit one character before the end (the dash after white space)
    if (from == sentence.length() && from > 0) {
      int beforeLast = from - 1;
      while (beforeLast > 0 && repeated.test(sentence.charAt(beforeLast - 1))) {
        beforeLast--;
      }
      from = beforeLast;
    }
    return pattern.matcher(sentence).useAnchoringBounds(false)
        .region(Math.max(0, from - END_PATTERN_REACH), sentence.length()).find();
  }

  /** "cnn.com She added ...": the domain credit as a sentence of its own. */
  static List<TextSpan> splitLeadingCredit(String text, TextSpan sentence, OutletNames outlets) {
    Matcher domain = LEADING_DOMAIN.matcher(sentence.text());
    if (domain.lookingAt() && outlets.isOutlet(sentence.text().substring(0, domain.end()).strip())) {
      return cutAt(text, sentence, sentence.start() + domain.end());
    }
    int dateline = NewsLayoutAnalyzer.datelineLength(sentence.text());
    if (dateline > 0 && dateline < sentence.length()) {
      return cutAt(text, sentence, sentence.start() + dateline);
    }
    return List.of(sentence);
  }

  private static List<TextSpan> cutAt(String text, TextSpan sentence, int cut) {
    return List.of(NewsLayoutAnalyzer.trim(text, sentence.start(), cut), NewsLayoutAnalyzer.trim(text, cut, sentence.end()));
  }
}
