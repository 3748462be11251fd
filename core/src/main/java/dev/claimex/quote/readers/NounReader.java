package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.COPULA;
import static dev.claimex.models.WordClass.FIRST_PERSON_SUBJECT;
import static dev.claimex.models.WordClass.PLURAL_PRONOUN;
import static dev.claimex.models.WordClass.SPEECH_LIGHT_VERB;
import static dev.claimex.models.WordClass.THIRD_PERSON_POSSESSIVE;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.Subjects;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.Complement;
import dev.claimex.quote.ComplementReader;
import dev.claimex.quote.ContentBounds;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.List;

/**
 * A cue noun with whose it is and what it governs: "X's main demand: ...", "a warning by X that ...", "X issued
 * a warning that ...", "The ILO reiterated its demand that ...". A noun no one owns reports nothing.
 *
 * <pre>{@code
 * Report report = new NounReader(cues).read(doc, s, cue, inSentence);   // "The union's demand is a pay rise."
 * report.mode();                                                          // ReportKind.NOMINAL
 * }</pre>
 */
public final class NounReader implements ReportReader {

  private static final WordClasses WORDS = WordClasses.standard();


  private final ComplementReader complements;

  /** A reader of the nouns of {@code cues}. */
  public NounReader(CueLexicon cues) {
    this.complements = new ComplementReader(new ContentBounds(cues));
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    Phrase possessor = null;
    int j = cue.first() - 1;
    while (j >= 0 && (s.token(j).isAdjective() || s.token(j).isAdverb() || s.token(j).tag().equals("VBN"))) {
      j--;
    }
    WordToken t = s.tokenOrNull(j);
    if (t != null && t.tag().equals("POS")) {
      possessor = NounPhrases.ownerEndingAt(s, j - 1);
    } else if (t != null && t.tag().equals("PRP$") && WORDS.is(THIRD_PERSON_POSSESSIVE, t.lower())) {
      possessor = new Phrase(s.index(), j, j);
    } else {
      int k = t != null && t.tag().equals("DT") ? j - 1 : j;
      WordToken verb = s.tokenOrNull(k);
      if (verb != null && verb.isVerb() && WORDS.is(SPEECH_LIGHT_VERB, verb.key())) {
        possessor = Subjects.subjectOf(s, k);
      }
    }
    WordToken after = s.tokenOrNull(cue.last() + 1);
    if (possessor == null && after != null && (after.lower().equals("by") || after.lower().equals("from"))) {
      int end = NounPhrases.endRight(s, cue.last() + 2, true);
      possessor = end > cue.last() + 1 ? new Phrase(s.index(), cue.last() + 2, end) : null;
    }
    if (possessor == null) {
      return null;
    }
    Actor speaker = possessorActor(doc, s, possessor);
    Complement complement = complements.read(s, cue, doc.entities());
    if (speaker == null || complement == null) {
      return null;
    }
    // "Trump's claim that [there were riots] is false": the sentence's own verb is no part of the claim
    boolean clause = complement.intro() == ContentIntro.THAT || complement.intro() == ContentIntro.CLAUSE
        || complement.intro() == ContentIntro.QUESTION;
    int last = clause ? ContentBounds.beforeMainVerb(s, cue.first(), complement.first(), complement.last())
        : complement.last();
    return doc.report(s, cue, speaker, null, null, complement.first(), last, ReportKind.NOMINAL,
        complement.intro(), complement.name(), 0.8);
  }

  /**
   * "The ILO reiterated its demand that ...", "voiced their concern that ...": after a light verb a possessive
   * pronoun is the subject of that verb, whose own act the noun names. After another verb it is the subject's when
   * it agrees with it ("Putin backpedaled on his prediction"), else someone else's ("Reporters doubted his claim
   * that ..."); then, and with no verb before it ("Contrary to his claim that ..."), the pronoun resolves as any
   * other. Other possessors resolve as speakers.
   */
  private static Actor possessorActor(ReaderContext doc, TaggedSentence s, Phrase possessor) {
    WordToken t = s.token(possessor.first());
    if (possessor.first() != possessor.last() || !t.tag().equals("PRP$")) {
      // "The mayor rejected the governor's demand": whose demand it is, is never the subject of the verb
      Actor subject = subjectOfGoverningVerb(doc, s, possessor.first());
      return doc.resolver().resolveOther(possessor, subject == null ? null : subject.canonical());
    }
    for (int v = possessor.first() - 1; v >= 0 && v >= possessor.first() - 3; v--) {
      if (s.token(v).isVerb()) {
        if (WORDS.is(COPULA, s.token(v).key())) {
          return null; // "Parents were angry about his decision": the subject only feels about it
        }
        Phrase subject = Subjects.subjectOf(s, v);
        Actor subjectActor = subject == null ? null : doc.resolver().resolve(subject);
        boolean ownAct = WORDS.is(SPEECH_LIGHT_VERB, s.token(v).key());
        return ownAct || subjectActor != null && agrees(t.lower(), s, subject, subjectActor) ? subjectActor
            : doc.resolver().resolve(possessor);
      }
    }
    return doc.resolver().resolve(possessor);
  }

  /**
   * Whether a possessive pronoun can stand for the subject: "his" or "her" for one person, "its" for one
   * organisation or country, "their" for a group or many.
   */
  private static boolean agrees(String pronoun, TaggedSentence s, Phrase subject, Actor actor) {
    WordToken head = s.token(subject.last());
    if (WORDS.is(FIRST_PERSON_SUBJECT, head.lower())) {
      return false; // "We doubted their claim": a third person's
    }
    boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS") || WORDS.is(PLURAL_PRONOUN, head.lower())
        || !actor.members().isEmpty();
    boolean person = actor.type() == EntityType.PERSON;
    return switch (pronoun) {
      case "his", "her" -> person && !plural;
      case "its" -> !person && !plural;
      default -> plural || actor.type() == EntityType.ORGANIZATION || actor.type() == EntityType.GROUP;
    };
  }

  /** The speaker-like subject of the verb just before an object that starts at token {@code first}, if any. */
  private static Actor subjectOfGoverningVerb(ReaderContext doc, TaggedSentence s, int first) {
    for (int v = first - 1; v >= 0 && v >= first - 3; v--) {
      if (s.token(v).isVerb()) {
        Phrase subject = Subjects.subjectOf(s, v);
        return subject == null ? null : doc.resolver().resolve(subject);
      }
    }
    return null;
  }
}
