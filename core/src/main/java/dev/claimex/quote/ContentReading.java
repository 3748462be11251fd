package dev.claimex.quote;

import static dev.claimex.models.WordClass.BELIEF_VERB;
import static dev.claimex.models.WordClass.DIRECTIVE_MODAL;
import static dev.claimex.models.WordClass.FIRST_PERSON_SUBJECT;
import static dev.claimex.models.WordClass.FUTURE_MODAL;
import static dev.claimex.models.WordClass.NECESSITY_VERB;
import static dev.claimex.models.WordClass.NEGATION;
import static dev.claimex.models.WordClass.NON_ACT_VERB;
import static dev.claimex.models.WordClass.PERSON_PRONOUN;
import static dev.claimex.models.WordClass.RETREAT_PARTICLE;
import static dev.claimex.models.WordClass.VERB_PARTICLE;
import static dev.claimex.models.WordClass.SPEAKER_PRONOUN;
import static dev.claimex.models.WordClass.NUMBER_QUANTIFIER;
import static dev.claimex.models.WordClass.OBJECT_PRONOUN;
import static dev.claimex.models.WordClass.WILLINGNESS_ADJECTIVE;

import dev.claimex.lexicon.CueAct;
import dev.claimex.models.WordClasses;
import dev.claimex.coref.SpeakerResolver;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;

import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Locale;

/**
 * Reads what the first clause of a plain statement's content does ({@link ContentClause}): "X said China must drop
 * its barriers" directs China; "Hungary said it will support the resolution" commits the speaker to a future act, and
 * "Syria said it will not accept more refugees" refuses one. The claim stage types the report from this reading (a
 * demand, a promise, a rejection); the reading is here because who the clause's subject is takes the document's
 * speakers so far.
 */
public final class ContentReading {

  private static final WordClasses WORDS = WordClasses.standard();

  private ContentReading() {}

  /** The frame with what the first clause of its content does, or the frame as it was. */
  public static Report refine(TaggedSentence s, Report frame, int first, int last, SpeakerResolver resolver) {
    if (frame.act() != CueAct.STATEMENT || frame.clause() != ContentClause.NONE || frame.speaker() == null) {
      return frame;
    }
    int k = first;
    while (k <= last && (s.token(k).lower().equals("that") || s.token(k).isAdverb())) {
      k++;
    }
    int subjectEnd = NounPhrases.endRight(s, k, true);
    if (subjectEnd < k || subjectEnd >= last) {
      return frame;
    }
    int v = subjectEnd + 1;
    while (v <= last && s.token(v).isAdverb() && !WORDS.is(NEGATION, s.token(v).lower())) {
      v++;
    }
    if (v > last) {
      return frame;
    }
    WordToken modal = s.token(v);
    boolean negated = v + 1 <= last && WORDS.is(NEGATION, s.token(v + 1).lower());
    Phrase subject = new Phrase(s.index(), k, subjectEnd);
    boolean self = isSelf(s, subject, frame.speaker(), resolver);
    if (isDirective(s, v, last) && !self && !negated) {
      Actor addressee = resolver.resolve(subject);
      return addressee == null ? frame : frame.withClause(ContentClause.DIRECTIVE, addressee, "+must");
    }
    boolean believed = frame.cue() != null && WORDS.is(BELIEF_VERB, s.token(frame.cue().head()).key());
    boolean own = self
        && (subject.first() != subject.last() || agrees(s, s.token(subject.first()).lower(), frame.speaker()));
    if (own && !believed && (WORDS.is(FUTURE_MODAL, modal.lower()) && (negated || commitsToAct(s, v + 1, last))
        || isWilling(s, v, last))) {
      return frame.withClause(negated ? ContentClause.REFUSAL : ContentClause.COMMITMENT, frame.addressee(), "+will");
    }
    return frame;
  }

  /** "must", "should", "ought to", "has to", "needs to". */
  private static boolean isDirective(TaggedSentence s, int v, int last) {
    WordToken t = s.token(v);
    if (WORDS.is(DIRECTIVE_MODAL, t.lower())) {
      return true;
    }
    return WORDS.is(NECESSITY_VERB, t.lower()) && v + 1 <= last && s.token(v + 1).tag().equals("TO");
  }

  /**
   * Whether the verb after a future modal names an act the speaker can commit to: not a state ("would be on
   * vacation", "will be considered") nor a thought ("would strongly consider", "will try").
   */
  private static boolean commitsToAct(TaggedSentence s, int from, int last) {
    int v = from;
    while (v <= last && (s.token(v).isAdverb() || s.token(v).isQuoteMark())) {
      v++; // "he would “strongly consider” it"
    }
    return v <= last && !(s.token(v).isVerb() && WORDS.is(NON_ACT_VERB, s.token(v).key()));
  }

  /** "is willing to release the prisoners", "are ready to host talks": a readiness that offers an act. */
  private static boolean isWilling(TaggedSentence s, int v, int last) {
    return s.token(v).key().equals("be") && v + 1 <= last && WORDS.is(WILLINGNESS_ADJECTIVE, s.token(v + 1).lower())
        && offersAct(s, v + 1, last);
  }

  /**
   * Whether a readiness word ("willing", "ready", "prepared") at {@code adjective} offers an act on someone or
   * something, up to token {@code last}: "ready to host a meeting", "willing to forgive him", "prepared to lift the
   * ban" offer one; "ready to move on", "ready to appear", "ready to do it again" state a readiness that gives
   * nothing to anyone, a stance rather than a promise.
   */
  public static boolean offersAct(TaggedSentence s, int adjective, int last) {
    int v = adjective + 2;
    if (v > last || !s.token(adjective + 1).tag().equals("TO")) {
      return false;
    }
    while (v <= last && s.token(v).isAdverb()) {
      v++;
    }
    if (v > last || !s.token(v).isVerb()) {
      return false;
    }
    int object = v + 1;
    if (object + 1 <= last && WORDS.is(NUMBER_QUANTIFIER, s.token(object).lower() + " " + s.token(object + 1).lower())) {
      return true; // "contribute up to 4,000 troops"
    }
    if (object <= last && (s.token(object).tag().equals("RP") || s.token(object).tag().equals("RB")
        && (WORDS.is(VERB_PARTICLE, s.token(object).lower()) || WORDS.is(RETREAT_PARTICLE, s.token(object).lower())
            || s.token(object).lower().equals("back")))) {
      object++; // "pay back the loan", "set up a fund"
    }
    if (object > last) {
      return false;
    }
    WordToken t = s.token(object);
    return NounPhrases.inside(t) && !t.tag().equals("POS") || WORDS.is(OBJECT_PRONOUN, t.lower());
  }

  /**
   * Whether a pronoun can stand for the speaker: a speaker who says "I" speaks of someone else as "he" ("I think he
   * will"), and a person is no "it" or "they" ("Trump thought it would be funny", "told them they would not").
   */
  private static boolean agrees(TaggedSentence s, String pronoun, Actor speaker) {
    boolean first = WORDS.is(FIRST_PERSON_SUBJECT, pronoun);
    if (WORDS.is(FIRST_PERSON_SUBJECT, speaker.mention().text().toLowerCase(Locale.ROOT))) {
      return first;
    }
    if (pronoun.equals("it")) {
      return !onePerson(s, speaker) && !plural(s, speaker); // "experts say it would ...": "it" is something else
    }
    return first || WORDS.is(PERSON_PRONOUN, pronoun) || !onePerson(s, speaker);
  }

  /** Whether the speaker's mention in this sentence is a plural noun ("experts", "Democrats") or a group. */
  private static boolean plural(TaggedSentence s, Actor speaker) {
    if (speaker.isGroup()) {
      return true;
    }
    WordToken head = null;
    for (WordToken t : s.tokens()) {
      if (t.start() >= speaker.mention().start() && t.end() <= speaker.mention().end()) {
        head = t;
      }
    }
    return head != null && (head.tag().equals("NNS") || head.tag().equals("NNPS"));
  }

  /**
   * Whether the speaker is one person as its mention in this sentence shows: a person's name ("Donald Trump") or a
   * singular noun ("the senator"), not "the rebels" nor a group; unknown when the mention is elsewhere.
   */
  private static boolean onePerson(TaggedSentence s, Actor speaker) {
    if (speaker.type() != EntityType.PERSON || speaker.isGroup()) {
      return false;
    }
    WordToken head = null;
    for (WordToken t : s.tokens()) {
      if (t.start() >= speaker.mention().start() && t.end() <= speaker.mention().end()) {
        head = t;
      }
    }
    return head != null && (head.tag().equals("NNP") || head.tag().equals("NN"));
  }


  /** The content's subject is the speaker: a pronoun ("it will"), or the same entity ("Hungary ... Hungary will"). */
  private static boolean isSelf(TaggedSentence s, Phrase subject, Actor speaker, SpeakerResolver resolver) {
    String word = s.token(subject.first()).lower();
    if (subject.first() == subject.last() && WORDS.is(SPEAKER_PRONOUN, word)) {
      // "Ruiz said he refused": a man the speaker is not, when she is known to be a woman
      return resolver.mayBe(speaker, word);
    }
    Actor actor = resolver.resolve(subject);
    return actor != null && actor.canonical().equals(speaker.canonical());
  }
}
