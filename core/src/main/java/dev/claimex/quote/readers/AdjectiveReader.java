package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.COPULA;
import static dev.claimex.models.WordClass.JUDGING_VERB;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Subjects;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.ner.Actor;
import dev.claimex.quote.Complement;
import dev.claimex.quote.ComplementReader;
import dev.claimex.quote.ContentBounds;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.List;

/**
 * A cue adjective: a stance ("X is optimistic that ...": X speaks) or a judgement ("X considers Y
 * non-negotiable": Y is the content; "Y is non-negotiable" inside another report: that report's speaker).
 *
 * <pre>{@code
 * Report report = new AdjectiveReader(cues).read(doc, s, cue, inSentence);   // "Rivera is confident that ..."
 * report.intro();                                                               // ContentIntro.STANCE
 * }</pre>
 */
public final class AdjectiveReader implements ReportReader {

  private static final WordClasses WORDS = WordClasses.standard();

  /** How far back from "as" the judging verb may stand: "sees the plan, drawn up in haste, as reckless". */
  private static final int MAX_JUDGED_WORDS = 25;

  private final ComplementReader complements;

  /** A reader of the adjectives of {@code cues}. */
  public AdjectiveReader(CueLexicon cues) {
    this.complements = new ComplementReader(new ContentBounds(cues));
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    WordToken after = s.tokenOrNull(cue.last() + 1);
    if (after != null && (after.lower().equals("that") || after.tag().equals("TO") || after.lower().equals("about"))) {
      Phrase subject = Subjects.subjectOf(s, cue.first());
      Complement complement = complements.read(s, cue, doc.entities());
      Actor speaker = subject == null ? null : doc.resolver().resolve(subject);
      if (speaker == null || complement == null) {
        return null;
      }
      return doc.report(s, cue, speaker, null, null, complement.first(), complement.last(), ReportKind.INDIRECT,
          ContentIntro.STANCE, "stance", 0.8);
    }
    int j = cue.first() - 1;
    while (j >= 0 && s.token(j).isAdverb()) {
      j--;
    }
    WordToken before = s.tokenOrNull(j);
    if (before == null) {
      return null;
    }
    if (before.lower().equals("as")) {
      return judgedAs(doc, s, cue, j);
    }
    if (before.isVerb() && WORDS.is(COPULA, before.key())) {
      Phrase judged = NounPhrases.phraseEndingAt(s, j - 1);
      if (judged == null) {
        return null;
      }
      for (Report outer : inSentence) {
        TextSpan content = outer.content();
        if (outer.speaker() != null && content.start() <= s.token(judged.first()).start()
            && s.token(cue.last()).end() <= content.end()) {
          return doc.report(s, cue, outer.speaker(), null, null, judged.first(), judged.last(),
              ReportKind.INDIRECT, ContentIntro.NESTED, "nested", 0.7);
        }
      }
    }
    return null;
  }

  /** "X sees the plan as reckless": the judging verb before "as" at {@code as}, its subject, what it judges. */
  private static Report judgedAs(ReaderContext doc, TaggedSentence s, CueMatch cue, int as) {
    for (int v = as - 1; v >= 0; v--) {
      WordToken verb = s.token(v);
      if (verb.isVerb() && WORDS.is(JUDGING_VERB, verb.key())) {
        Phrase subject = Subjects.subjectOf(s, v);
        Actor speaker = subject == null ? null : doc.resolver().resolve(subject);
        int last = ContentBounds.trimEnd(s, v + 1, as - 1);
        if (speaker == null || last <= v) {
          return null;
        }
        return doc.report(s, cue, speaker, null, null, v + 1, last, ReportKind.INDIRECT, ContentIntro.JUDGED,
            "judged", 0.8);
      }
      if (v < as - MAX_JUDGED_WORDS || s.token(v).word().equals(";")) {
        break;
      }
    }
    return null;
  }
}
