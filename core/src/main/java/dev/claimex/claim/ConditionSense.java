package dev.claimex.claim;

import static dev.claimex.models.WordClass.CONCESSIVE_INTENSIFIER;
import static dev.claimex.models.WordClass.ELLIPTICAL_IF_WORD;
import static dev.claimex.models.WordClass.PERIOD_NOUN;
import static dev.claimex.models.WordClass.WHETHER_IF_VERB;

import dev.claimex.lexicon.ConditionLexicon;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Whether a condition marker states a condition here. Four uses of the same words state none: a concession ("even
 * if the talks fail"), an ellipsis ("few, if any, will vote"), "if" for "whether" after a verb of asking or
 * preferring ("asked if the bridge would reopen", "would prefer if the vote waited"), and a "that" that is a
 * determiner ("in the event that weekend").
 *
 * <pre>{@code
 * boolean condition = ConditionSense.statesCondition(sentence, conditions.match(sentence, i));
 * }</pre>
 */
final class ConditionSense {

  private static final WordClasses WORDS = WordClasses.standard();

  private ConditionSense() {}

  static boolean statesCondition(TaggedSentence s, ConditionLexicon.MarkerMatch marker) {
    WordToken before = s.tokenOrNull(marker.first() - 1);
    if (before != null && WORDS.is(CONCESSIVE_INTENSIFIER, before.lower())) {
      return false; // "even if", "even once": the clause is conceded, the consequence holds either way
    }
    WordToken next = s.tokenOrNull(marker.last() + 1);
    String lastWord = s.token(marker.last()).lower();
    if (lastWord.equals("that") && next != null && WORDS.is(PERIOD_NOUN, next.lower())) {
      return false; // "took part in the event that weekend": "that" is a determiner
    }
    if (!lastWord.equals("if")) {
      return true;
    }
    WordToken afterNext = s.tokenOrNull(marker.last() + 2);
    if (marker.marker().isWritten("if") && next != null && WORDS.is(ELLIPTICAL_IF_WORD, next.lower())
        && (afterNext == null || afterNext.isPunctuation())) {
      return false; // "few, if any, ...", "rarely, if ever, ...", "if not,"
    }
    return !asksWhether(s, marker.first());
  }

  /**
   * "asked if", "asked only if", "wondered if", "would prefer if", "would appreciate it if": the clause is what is
   * asked or wished.
   */
  private static boolean asksWhether(TaggedSentence s, int marker) {
    int k = marker - 1;
    while (k >= 0 && s.token(k).isAdverb()) {
      k--; // "asked only if", "asked again if"
    }
    if (k >= 0 && s.token(k).lower().equals("it")) {
      k--; // "would appreciate it if"
    }
    return k >= 0 && s.token(k).isVerb() && WORDS.is(WHETHER_IF_VERB, s.token(k).key());
  }
}
