package dev.claimex.syntax;

import static dev.claimex.models.WordClass.CLOCK_WORD;
import static dev.claimex.models.WordClass.MONTH;
import static dev.claimex.models.WordClass.SPEECH_EVENT;
import static dev.claimex.models.WordClass.SPEECH_MEDIUM;
import static dev.claimex.models.WordClass.TIME_WORD;

import dev.claimex.models.WordClass;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Phrases that attach to an event rather than to a noun: where and how something was said, and when.
 *
 * <pre>{@code
 * Adjuncts.startsSpeechAdjunct(s, i);           // "in an interview", "at a rally in Iowa", "on condition of ..."
 * Adjuncts.namesSpeechMedium(s, i, last);       // "an interview", "a new ad"
 * }</pre>
 *
 * <p>Telling them apart from modifiers is what keeps "said Mr. Hill in a statement" from reading "Mr. Hill in a
 * statement" as one noun phrase, while "a source in the room" stays one.
 */
public final class Adjuncts {

  private static final WordClasses WORDS = WordClasses.standard();

  private Adjuncts() {}

  /**
   * Whether the words from {@code i} are an adjunct of the act of saying: "on condition of anonymity", "in an
   * interview", "at a rally in Iowa".
   */
  public static boolean startsSpeechAdjunct(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    WordToken next = s.tokenOrNull(i + 1);
    if (t == null || next == null) {
      return false;
    }
    int last = s.size() - 1;
    return t.lower().equals("on") && next.lower().equals("condition")
        || t.lower().equals("at") && namesWord(s, i + 1, last, SPEECH_EVENT)
        || (t.lower().equals("in") || t.lower().equals("during")) && (namesWord(s, i + 1, last, SPEECH_MEDIUM)
            || namesWord(s, i + 1, last, SPEECH_EVENT));
  }

  /** Whether the phrase from {@code i} (up to {@code last}) is headed by a gathering: "a rally", "a news conference". */
  public static boolean namesSpeechEvent(TaggedSentence s, int i, int last) {
    return namesWord(s, i, last, SPEECH_EVENT);
  }

  /** Whether the phrase from {@code i} (up to {@code last}) is headed by a medium: "an interview", "a new ad". */
  public static boolean namesSpeechMedium(TaggedSentence s, int i, int last) {
    return namesWord(s, i, last, SPEECH_MEDIUM);
  }

  /**
   * Whether the phrase from {@code i} is headed by one of {@code nouns}: "at a rally", "at a news conference in
   * Iowa", "in an interview".
   */
  private static boolean namesWord(TaggedSentence s, int i, int last, WordClass nouns) {
    for (int k = i; k <= last && k <= i + 5; k++) {
      WordToken w = s.token(k);
      if (WORDS.is(nouns, w.lower())) {
        return true;
      }
      if (w.isPunctuation() || w.tag().equals("IN") || w.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** "in May", "at noon", "in recent days": a phrase that dates, not places. */
  static boolean startsTimePhrase(TaggedSentence s, int i) {
    for (int k = i; k < s.size() && k <= i + 2; k++) {
      String word = s.token(k).lower();
      if (WORDS.is(TIME_WORD, word) || WORDS.is(MONTH, word) || WORDS.is(CLOCK_WORD, word)
          || s.token(k).tag().equals("CD")) {
        return true;
      }
    }
    return false;
  }
}
