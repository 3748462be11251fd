package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.PASSIVE_MESSAGE_OPENER;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.Subjects;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.quote.ContentBounds;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.ner.Actor;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.List;

/**
 * A cue verb in the passive: "Aristide has been accused by his successors of misusing funds" — the target is the
 * subject, the speaker the agent after "by". "Countries are being urged to act" names no speaker: a claim, but no
 * attribution. The {@link VerbReader} hands it the cue verbs that stand after a form of "be".
 *
 * <pre>{@code
 * Report report = new PassiveReader(bounds).read(doc, s, cue, inSentence);   // rule "cue.accuse/passive"
 * }</pre>
 */
final class PassiveReader implements ReportReader {

  private static final WordClasses WORDS = WordClasses.standard();


  private final ContentBounds bounds;

  /** A reader that ends contents with {@code bounds}. */
  PassiveReader(ContentBounds bounds) {
    this.bounds = bounds;
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    ObjectRole role = cue.entry().objectRole();
    if (role != ObjectRole.TARGET && role != ObjectRole.ADDRESSEE) {
      return null;
    }
    int by = cue.last() + 1;
    while (by < s.size() && s.token(by).isAdverb()) {
      by++;
    }
    Phrase subject = Subjects.subjectOf(s, cue.head());
    Actor object = subject == null ? null : doc.resolver().resolve(subject);
    boolean agent = by < s.size() && s.token(by).lower().equals("by");
    int agentEnd = agent ? NounPhrases.endRight(s, by + 1, true) : by - 1;
    Actor speaker = agent && agentEnd > by ? doc.resolver().resolve(new Phrase(s.index(), by + 1, agentEnd)) : null;
    if (object == null || agent && speaker == null || !agent && cue.entry().act() == CueAct.STATEMENT) {
      return null; // "were urged to ...": a claim with no named speaker; "was told" says too little
    }
    int k = agentEnd + 1;
    if (k + 1 >= s.size() || !WORDS.is(PASSIVE_MESSAGE_OPENER, s.token(k).lower())) {
      return null;
    }
    int last = bounds.end(s, k + 1, true, doc.entities());
    if (last < k + 1) {
      return null;
    }
    return doc.report(s, cue, speaker, role == ObjectRole.ADDRESSEE ? object : null,
        role == ObjectRole.TARGET ? object : null, k + 1, last, ReportKind.INDIRECT, ContentIntro.PASSIVE, "passive",
        0.75);
  }
}
