package dev.claimex.quote.readers;

import dev.claimex.syntax.QuoteTokens;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Checks on clauses that several readers make: where a clause starts, whether words hold a verb or a cue of
 * their own, where a source's description ends.
 *
 * <pre>{@code
 * if (Clauses.atClauseStart(s, cue.first())) { ... }   // "According to X, ...": nothing but punctuation before
 * }</pre>
 */
final class Clauses {

  /** Farthest the comma after "According to a poll released Monday by the university" may stand. */
  private static final int SHORT_SOURCE_TAIL = 10;
  /** Farthest it may stand when the tail opens as a modifier: "of the exit poll conducted by ... for ...". */
  private static final int MAX_SOURCE_TAIL = 20;

  private Clauses() {}

  /** Whether only punctuation stands before token {@code i}. */
  static boolean atClauseStart(TaggedSentence s, int i) {
    for (int k = 0; k < i; k++) {
      if (!s.token(k).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} starts its sentence or a clause: after nothing, punctuation or a conjunction. */
  static boolean opensClause(TaggedSentence s, int i) {
    WordToken before = s.tokenOrNull(i - 1);
    return before == null || before.isPunctuation() || before.tag().equals("CC");
  }

  /** A past participle, or the past tense the tagger often gives one. */
  static boolean isParticiple(WordToken t) {
    return t.tag().equals("VBN") || t.tag().equals("VBD");
  }

  /** Reported content is a clause (it has a finite verb) or quoted words, not "At Monday's debate". */
  static boolean isClauseOrQuotation(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isFiniteVerb() || QuoteTokens.isQuoteToken(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb or noun of reporting stands in tokens {@code [first, last]}: the words already have a speaker
   * ("In the letter, she wrote ..."). Stances are no report: in "In the poll, most voters want change" the poll
   * speaks.
   */
  static boolean holdsCue(CueLexicon cues, TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (reportsWords(cues.match(s, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue (or {@code null}) is a verb or noun that reports words: speech, and no stance or act. */
  static boolean reportsWords(CueMatch cue) {
    return cue != null && cue.entry().speech() && cue.entry().act() == CueAct.STATEMENT
        && (cue.entry().part() == CuePart.VERB || cue.entry().part() == CuePart.NOUN);
  }

  /** The comma that closes an attribution after its adjuncts ("he said on Tuesday in Lima, ..."), or -1. */
  static int commaAfterAttribution(TaggedSentence s, int from) {
    for (int i = from; i < s.size() && i < from + 8; i++) {
      WordToken t = s.token(i);
      if (t.word().equals(",")) {
        return i;
      }
      if (t.isFiniteVerb() || t.isPunctuation() || t.lower().equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "According to a poll released Monday by the university, ...": the words after the source's noun phrase that
   * still describe it, up to the comma that ends them; {@code k} itself when no such comma comes first.
   */
  static int afterSourceTail(TaggedSentence s, int k) {
    WordToken opener = s.tokenOrNull(k);
    // a long tail must open as a modifier does ("of the exit poll conducted by ...", "released Monday by ..."), or
    // "According to police the man fled ..., a witness said" would take the main clause for the source's
    boolean modifier = opener != null && (opener.tag().equals("IN") || opener.tag().equals("VBN"));
    int reach = modifier ? MAX_SOURCE_TAIL : SHORT_SOURCE_TAIL;
    for (int i = k; i < s.size() && i < k + reach; i++) {
      WordToken t = s.token(i);
      if (t.word().equals(",")) {
        return i;
      }
      // a participle ("released") describes the source, whatever the tagger says
      if (t.isFiniteVerb() && !isParticiple(t) || t.isPunctuation() || QuoteTokens.isQuoteToken(t)
          || t.lower().equals("that")) {
        return k;
      }
    }
    return k;
  }
}
