package dev.claimex.syntax;

import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Which tokens are quotation marks, and which way they face.
 *
 * <pre>{@code
 * QuoteTokens.isQuoteToken(s.token(i));         // “ ” " `` '' ‘ ’ « », or marks run together (’”)
 * QuoteTokens.isClosingToken(s.token(i));       // ” '' ’ », or a straight mark the tagger reads as closing
 * QuoteTokens.anyQuoteToken(s, first, last);    // does a stretch of the sentence hold a mark?
 * }</pre>
 *
 * <p>Curly (“ ”), straight ("), typewriter ({@code `` ''}), single (‘ ’) and angle (« ») marks. Finding the
 * quotations of a document, which may span sentences and paragraphs, is the attribution stage's business.
 */
public final class QuoteTokens {

  private static final Set<String> OPENING = Set.of("“", "``", "‘", "«");
  private static final Set<String> CLOSING = Set.of("”", "''", "’", "»");
  private static final Set<String> STRAIGHT = Set.of("\"");
  /** Marks some newspapers write the same at both ends. */
  private static final Set<String> AMBIGUOUS = Set.of("''", "\"");
  private static final String MARK_CHARS = "\"“”‘’'`«»";

  private QuoteTokens() {}

  /** Whether a token (possibly {@code null}, past the sentence's end) is a quotation mark. */
  public static boolean isQuoteToken(WordToken t) {
    return t != null && (isOpeningToken(t) || isClosingToken(t) || STRAIGHT.contains(t.word()));
  }

  /** Whether any of the tokens {@code first..last} of a sentence is a quotation mark. */
  public static boolean anyQuoteToken(TaggedSentence s, int first, int last) {
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
  public static boolean isOpeningToken(WordToken t) {
    return t != null && (OPENING.contains(t.word()) || AMBIGUOUS.contains(t.word()) && t.tag().equals("``")
        || isMarkRun(t.word()) && "“‘«".indexOf(t.word().charAt(0)) >= 0);
  }

  /**
   * A closing mark; marks run together ({@code ’”}, a quotation closed inside another) close with their last. An
   * apostrophe tagged a possessive ("Sanders’ aide") closes nothing.
   */
  public static boolean isClosingToken(WordToken t) {
    return t != null && (CLOSING.contains(t.word()) && !t.tag().equals("POS") || AMBIGUOUS.contains(t.word()) && t.tag().equals("''")
        || isMarkRun(t.word()) && "”’»'\"".indexOf(t.word().charAt(t.word().length() - 1)) >= 0)
        && !isOpeningToken(t);
  }

  /**
   * Two apostrophes that the tagger calls closing: some newspapers write them for both marks ("said the plan was
   * ''a mistake and a waste'' of money"), so within a sentence each one opens or closes by the marks before it.
   */
  public static boolean isDoubledApostrophe(WordToken t) {
    return t != null && t.word().equals("''") && !isOpeningToken(t);
  }

  /** Whether a character is (part of) a quotation mark: " “ ” ‘ ’ ' ` « ». */
  public static boolean isMarkChar(char c) {
    return MARK_CHARS.indexOf(c) >= 0;
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
}
