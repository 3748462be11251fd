package dev.claimex.quote.readers;

import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.ShallowSyntax;
import dev.claimex.syntax.Subjects;
import dev.claimex.text.WordToken;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.ner.Actor;
import dev.claimex.quote.Complement;
import dev.claimex.quote.ComplementReader;
import dev.claimex.quote.ContentBounds;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.ContentReading;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import java.util.List;

/**
 * A cue verb with its subject and what it governs: "The mayor said (that) taxes will rise", "urged both sides to
 * talk", "warned of war", "called the plan “a disaster”". With nothing after the verb, the words before it are
 * the report ("Taxes will rise, the mayor said."); before a comma after a fronted "As the minister noted", the
 * clause after it. A verb in the passive goes to the {@link PassiveReader}.
 *
 * <pre>{@code
 * Report report = new VerbReader(cues).read(doc, s, cue, inSentence);   // "The mayor said taxes will rise."
 * report.intro();                                                         // ContentIntro.CLAUSE
 * }</pre>
 */
public final class VerbReader implements ReportReader {

  private final ContentBounds bounds;
  private final ComplementReader complements;
  private final ContentBeforeCue before;
  private final PassiveReader passive;

  /** A reader of the verbs of {@code cues}. */
  public VerbReader(CueLexicon cues) {
    this.bounds = new ContentBounds(cues);
    this.complements = new ComplementReader(bounds);
    this.before = new ContentBeforeCue(cues, bounds);
    this.passive = new PassiveReader(bounds);
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    int head = cue.head();
    Phrase subject;
    if (VerbShapes.isQuotedAsSaying(s, head)) { // "X was quoted as saying": X is the speaker of the passive verb
      subject = Subjects.subjectOf(s, head - 2);
    } else if (ShallowSyntax.isAuxiliaryPassive(s, head)) {
      return passive.read(doc, s, cue, inSentence);
    } else {
      subject = closingInvertedSubject(s, cue);
      Phrase left = subject == null ? null : Subjects.subjectOf(s, head);
      if (left != null && VerbShapes.setOff(s, left, cue)) { // "Hill, an analyst, said the deal, which ...": no inversion
        subject = left;
      }
      if (subject == null) {
        subject = Subjects.subjectOf(s, head);
      }
    }
    Complement complement = complements.read(s, cue, doc.entities(),
        subject != null && VerbShapes.setOff(s, subject, cue));
    if (subject != null && complement != null && complement.intro() == ContentIntro.GAP) {
      // "a probe the agency said was open": the speaker is "the agency", the probe is what is reported on
      int start = ComplementReader.gapSubjectStart(s, cue);
      subject = start > subject.first() && start <= subject.last() ? new Phrase(s.index(), start, subject.last())
          : subject;
    }
    if (subject != null && complement != null && complement.intro() == ContentIntro.NAMED) {
      int relative = VerbShapes.namedByRelative(s, subject.first());
      complement = relative < 0 ? complement
          : new Complement(relative, complement.last(), complement.object(), ContentIntro.NAMED, "named-relative");
    }
    if (subject == null && complement != null && s.token(head).tag().equals("VBG")
        && VerbShapes.opensParticipleClause(s, cue)) {
      subject = VerbShapes.subjectAfterParticipleClause(s, complement.last() + 1);
      for (int comma = complement.first() + 1; subject == null && comma <= complement.last(); comma++) {
        // "After saying that he was tired, the mayor left": the reported clause ends where the main clause starts
        subject = VerbShapes.subjectAfterParticipleClause(s, comma);
        if (subject != null) {
          complement = new Complement(complement.first(), comma - 1, complement.object(), complement.intro(),
              complement.name());
        }
      }
    }
    if (complement != null && VerbShapes.adjunctAfterTrailingCue(cue, complement)
        && before.read(s, cue, subject, doc.entities()) != null) {
      complement = null; // "Prices will rise, she said during a visit to the plant": the clause before is the report
    }
    if (complement != null && complement.intro() == ContentIntro.QUOTE) {
      int fronted = VerbShapes.frontedPartOfQuotation(s, cue, subject, complement);
      complement = fronted < 0 ? complement
          : new Complement(fronted, complement.last(), complement.object(), ContentIntro.QUOTE, "quote-fronted");
    }
    ContentIntro intro;
    String name;
    int first;
    int last;
    int frontedComma = complement == null ? VerbShapes.commaAfterFrontedAs(s, cue, subject) : -1;
    if (frontedComma >= 0) {
      first = frontedComma + 1; // "As the minister noted, prices rose": the clause after the comma
      last = bounds.end(s, first, true, doc.entities());
      intro = ContentIntro.FRONTED;
      name = "as";
      if (last < first || !Clauses.isClauseOrQuotation(s, first, last)) {
        return null;
      }
    } else if (complement != null) {
      first = complement.first();
      last = complement.last();
      intro = complement.intro();
      name = complement.name();
    } else {
      if (ComplementReader.takesPlainObject(s, cue)) {
        return null;
      }
      if (subject == null && ComplementReader.inverted(s, cue)) {
        subject = Subjects.invertedSubject(s, cue.last());
      }
      int[] content = before.read(s, cue, subject, doc.entities());
      if (content == null) {
        return null;
      }
      first = content[0];
      last = content[1];
      intro = ContentIntro.BEFORE;
      name = "trailing";
    }
    Actor speaker = speaker(doc, s, cue, subject, inSentence);
    if (speaker == null) {
      return null;
    }
    Actor object = complement == null || complement.object() == null ? null
        : doc.resolver().resolve(complement.object());
    Actor addressee = cue.entry().objectRole() == ObjectRole.ADDRESSEE ? object : null;
    Actor target = cue.entry().objectRole() == ObjectRole.TARGET ? object : null;
    if (target == null && complement != null && accuses(cue) && intro == ContentIntro.CLAUSE) {
      target = doc.resolver().resolve(
          new Phrase(s.index(), first, Math.max(first, NounPhrases.endRight(s, first, false))));
    }
    double confidence = switch (intro) {
      case THAT, COLON, QUOTE -> 0.9;
      case CLAUSE, TO, BEFORE -> 0.85;
      default -> 0.75;
    };
    Report report = doc.report(s, cue, speaker, addressee, target, first, last,
        cue.entry().speech() ? ReportKind.INDIRECT : ReportKind.NONE, intro, name, confidence);
    return report == null ? null : ContentReading.refine(s, report, first, last, doc.resolver());
  }

  /**
   * Who says it: the speaker of the report around a pronoun subject, the subject resolved, or the text issued
   * ("... posted a letter urging": the letter, its authors unnamed); with a relative pronoun before the verb as its
   * local mention ("analysts who note"). {@code null} when no one can be named.
   */
  private static Actor speaker(ReaderContext doc, TaggedSentence s, CueMatch cue, Phrase subject,
      List<Report> inSentence) {
    Actor speaker = subject == null ? null : doc.enclosingSpeaker(s, subject, cue, inSentence);
    if (speaker == null && subject != null) {
      speaker = doc.resolver().resolve(subject);
    }
    if (speaker == null) {
      Phrase issued = Subjects.issuedText(s, cue.head());
      // "The town released a statement saying ...": whoever issues a text speaks through it, though a town or an
      // office would speak no other way; a subject that may be the tail of a longer one ("nurses from across the
      // region") or no source at all leaves the text speaking
      speaker = issued == null || subject == null || !Clauses.opensClause(s, subject.first()) ? null
          : doc.resolver().unnamedSource(subject);
      speaker = speaker != null || issued == null ? speaker : doc.resolver().resolve(issued);
    }
    if (speaker == null) {
      return null;
    }
    int relative = Subjects.relativePronounBefore(s, cue.head());
    if (relative >= 0) {
      speaker = new Actor(s.spanOf(doc.text(), relative, relative), speaker.canonical(), speaker.type(),
          speaker.members());
    }
    return speaker;
  }

  private static boolean accuses(CueMatch cue) {
    return cue.entry().act() == CueAct.ACCUSATION || cue.entry().act() == CueAct.CRITICISM;
  }

  /**
   * "..., said Tom Baker, an analyst." closes a sentence: after a comma a saying verb with no complement of its
   * own is followed by its subject, which ends the sentence or opens an appositive. {@code null} otherwise.
   */
  private static Phrase closingInvertedSubject(TaggedSentence s, CueMatch cue) {
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
