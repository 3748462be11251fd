package dev.claimex.quote;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.syntax.Subjects;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * The part of finding who performs a cue that depends on the cue's lexicon entry; the syntax of subjects (before
 * the verb, through relative pronouns, asides and appositives, or after it) is {@link Subjects}.
 */
final class SpeakerFinder {

  /**
   * "..., said Tom Baker, an analyst." closes a sentence: after a comma a saying verb with no complement of its
   * own is followed by its subject, which ends the sentence or opens an appositive. {@code null} otherwise.
   */
  Phrase closingInvertedSubject(TaggedSentence s, CueMatch cue) {
    WordToken before = s.tokenOrNull(cue.first() - 1);
    if (before == null || !before.word().equals(",") || !s.token(cue.head()).isFiniteVerb()
        || !cue.entry().objectRole().opensClause()) {
      return null;
    }
    Phrase subject = Subjects.invertedSubject(s, cue.last());
    // "..., said a spokesman for the agency.": the subject's modifiers come before what closes it
    int next = subject == null ? -1 : NounPhrases.modifiersEnd(s, subject.last()) + 1;
    WordToken after = subject == null ? null : s.tokenOrNull(next);
    boolean closes = after == null || after.word().equals(",") || after.word().equals(".")
        || after.tag().equals("WP") // "..., said a city official who asked not to be named."
        || Adjuncts.startsSpeechAdjunct(s, next); // "..., said Mr. Hill in a statement."
    return subject != null && closes && s.token(subject.last()).isNoun() ? subject : null;
  }
}
