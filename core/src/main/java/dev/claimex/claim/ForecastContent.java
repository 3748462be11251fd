package dev.claimex.claim;

import static dev.claimex.models.WordClass.BELIEF_VERB;
import static dev.claimex.models.WordClass.FUTURE_MODAL;

import dev.claimex.models.WordClasses;
import dev.claimex.quote.Report;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.WordToken;

/**
 * A belief about what will happen is a forecast: "I think she's going to win", "He believes the bill will pass"
 * report an EXPECTATION, not a promise, even when the speaker is the subject ("we think we will win" commits to
 * nothing for anyone). Needs a verb of belief as the cue and the future in the first words of the content; a
 * belief about the present ("I think he is tired") stays a statement.
 *
 * <pre>{@code
 * boolean forecast = ForecastContent.forecasts(analysis, frame);
 * }</pre>
 */
final class ForecastContent {

  private static final WordClasses WORDS = WordClasses.standard();
  /** How far into the content the future may be read: its first clause. */
  private static final int FIRST_WORDS = 8;

  private ForecastContent() {}

  static boolean forecasts(TextAnalysis analysis, Report frame) {
    if (frame.cueSpan() == null) {
      return false;
    }
    TaggedSentence cueSentence = analysis.sentenceAt(frame.cueSpan().start());
    int cue = cueSentence == null ? -1 : cueSentence.tokenAt(frame.cueSpan().start());
    if (cue < 0 || !cueSentence.token(cue).isVerb() || !WORDS.is(BELIEF_VERB, cueSentence.token(cue).key())) {
      return false;
    }
    TaggedSentence s = analysis.sentenceAt(frame.content().start());
    if (s == null) {
      return false;
    }
    int seen = 0;
    for (WordToken t : s.tokens()) {
      if (t.start() < frame.content().start()) {
        continue;
      }
      if (t.end() > frame.content().end() || seen++ >= FIRST_WORDS) {
        return false;
      }
      if (WORDS.is(FUTURE_MODAL, t.lower()) && !t.lower().equals("would") || goingTo(s, t)) {
        return true;
      }
    }
    return false;
  }

  /** "is going to win": the future of "go" with "to" and a verb; "is going to Paris" moves. */
  private static boolean goingTo(TaggedSentence s, WordToken t) {
    WordToken to = s.tokenOrNull(t.index() + 1);
    WordToken verb = s.tokenOrNull(t.index() + 2);
    return t.lower().equals("going") && to != null && to.tag().equals("TO") && verb != null
        && verb.tag().equals("VB");
  }
}
