package dev.claimex.quote;

import static dev.claimex.models.WordClass.ADJUNCT_PREPOSITION;
import static dev.claimex.models.WordClass.EMBEDDED_QUESTION_WORD;
import static dev.claimex.models.WordClass.TIME_MODIFIER;
import static dev.claimex.models.WordClass.TIME_WORD;
import static dev.claimex.quote.ComplementReader.MAX_ADJUNCT_WORDS;
import static dev.claimex.quote.ComplementReader.startsClause;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.QuoteTokens;

import dev.claimex.syntax.NounPhrases;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * The adjuncts a cue's content may stand behind, which the {@link ComplementReader} passes over: "said <i>in a
 * statement</i> that ...", "said <i>on Tuesday</i> they would ...", "told reporters <i>on NBC's “Meet the
 * Press”</i> that ...".
 *
 * <pre>{@code
 * int k = CueAdjuncts.skip(s, cue.last() + 1);   // "said in a statement the police had found ...": at "the"
 * }</pre>
 */
final class CueAdjuncts {

  private static final WordClasses WORDS = WordClasses.standard();

  /** Longest quoted title an adjunct may hold: "on NBC's “Meet the Press”". */
  private static final int MAX_TITLE_WORDS = 6;

  private CueAdjuncts() {}

  /**
   * A "that" a few words on, behind adjuncts that hold no verb and no quotation: "says at a campaign stop in
   * Toledo, Ohio, that ...", "said via email that ..."; or -1.
   */
  static int thatBehind(TaggedSentence s, int k) {
    for (int i = k; i < s.size() && i < k + MAX_ADJUNCT_WORDS; i++) {
      WordToken t = s.token(i);
      if (t.lower().equals("that") && i > k && (t.tag().equals("IN") || t.tag().equals("WDT"))) {
        // "offered rooms that go far beyond ...": a relative clause of the noun before
        WordToken after = s.tokenOrNull(i + 1);
        return after != null && (after.isFiniteVerb() || after.tag().equals("MD")) ? -1 : i;
      }
      if (t.isVerb() || t.tag().equals("MD") || QuoteTokens.isQuoteToken(t) || t.word().equals(";")
          || t.word().equals(":")) {
        return -1;
      }
    }
    return -1;
  }

  /** Passes "in a statement", "on Tuesday", "last week", "earlier" before the content. */
  static int skip(TaggedSentence s, int k) {
    for (int guard = 0; guard < 4 && k < s.size(); guard++) {
      WordToken t = s.token(k);
      WordToken next = s.tokenOrNull(k + 1);
      boolean possessive = next != null && next.tag().equals("POS"); // "said Tuesday's vote": the content's subject
      if (WORDS.is(TIME_WORD, t.lower()) && !possessive
          || t.tag().equals("CD") && k > 0 && s.token(k - 1).isProperNoun()) {
        k++;
      } else if (WORDS.is(TIME_MODIFIER, t.lower()) && next != null && WORDS.is(TIME_WORD, next.lower())) {
        k += 2;
      } else if (WORDS.is(ADJUNCT_PREPOSITION, t.lower()) && t.tag().equals("IN")) {
        int end = NounPhrases.endRight(s, k + 1, true);
        int title = quotedTitleEnd(s, k + 1); // "on ABC's “This Week”", "on “Meet the Press”"
        if (title > 0 && (startsClause(s, title + 1) || followsContentMarker(s, title + 1)
            && !QuoteTokens.isQuoteToken(s.tokenOrNull(title + 1)))) {
          k = title + 1;
          continue;
        }
        int clause = clauseInside(s, k + 1, end);
        if (clause > 0) { // "said in a statement the police had found": the phrase read on over the clause's subject
          k = clause;
          break;
        }
        if (end <= k || !followsContentMarker(s, end + 1) && !startsClause(s, end + 1)) {
          break; // "said on Friday they would ...": the adjunct ends where the reported clause starts
        }
        k = end + 1;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Where a clause starts inside what reads as one noun phrase from {@code first} to {@code last}: after a noun
   * that ends the adjunct, a new determiner's phrase and a finite verb ("a statement | the police had found"); or -1.
   */
  private static int clauseInside(TaggedSentence s, int first, int last) {
    for (int e = first; e < last; e++) {
      WordToken opener = s.token(e + 1);
      boolean newPhrase = opener.tag().equals("DT") || opener.tag().equals("PRP$") || opener.isPronoun();
      if (newPhrase && NounPhrases.canEnd(s, e) && !s.token(e).tag().equals("CD") && startsClause(s, e + 1)) {
        return e + 1;
      }
    }
    return -1;
  }

  /**
   * Where a short quotation closes that opens at {@code from} or after a few words of a noun phrase ("ABC's",
   * "the show"): a show's or a book's title; or -1.
   */
  private static int quotedTitleEnd(TaggedSentence s, int from) {
    int i = from;
    while (i < s.size() && i < from + 4 && !QuoteTokens.isQuoteToken(s.token(i))
        && (NounPhrases.inside(s.token(i)) || s.token(i).tag().equals("POS"))) {
      i++;
    }
    if (!QuoteTokens.isQuoteToken(s.tokenOrNull(i)) || QuoteTokens.isClosingToken(s.token(i))
        && !s.token(i).word().equals("''")) { // a doubled straight mark opens as often as it closes
      return -1;
    }
    for (int j = i + 1; j < s.size() && j <= i + MAX_TITLE_WORDS + 1; j++) {
      if (QuoteTokens.isQuoteToken(s.token(j))) {
        return j > i + 1 ? j : -1;
      }
    }
    return -1;
  }

  /** The adjunct is followed by what introduces content, so it is not the content itself. */
  private static boolean followsContentMarker(TaggedSentence s, int k) {
    WordToken t = s.tokenOrNull(k);
    if (t == null) {
      return false;
    }
    return t.lower().equals("that") || t.word().equals(":") || t.word().equals(",") || t.tag().equals("TO")
        || QuoteTokens.isQuoteToken(t) || WORDS.is(ADJUNCT_PREPOSITION, t.lower()) || WORDS.is(TIME_WORD, t.lower())
        || WORDS.is(TIME_MODIFIER, t.lower()) || WORDS.is(EMBEDDED_QUESTION_WORD, t.lower());
  }
}
