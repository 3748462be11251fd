package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.POLL_NOUN;

import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.quote.ContentBounds;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import java.util.List;

/**
 * "In the latest poll, the mayor leads by six points": a poll or survey before the clause speaks it. Other
 * documents after "in" only place someone's words ("In a letter, she asked ..."), and a poll at the end of a
 * clause ("... is ahead in the polls") is mostly the writer's own narration.
 *
 * <pre>{@code
 * Report report = new PollReader(cues).read(doc, s, cue, inSentence);   // "In a new survey, most voters back ..."
 * report.intro();                                                         // ContentIntro.FRONTED
 * }</pre>
 */
public final class PollReader implements ReportReader {

  private static final WordClasses WORDS = WordClasses.standard();


  private final CueLexicon cues;
  private final ContentBounds bounds;

  /** A reader of the document cues ({@code CuePart.SOURCE}) of {@code cues}. */
  public PollReader(CueLexicon cues) {
    this.cues = cues;
    this.bounds = new ContentBounds(cues);
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    int k = cue.last() + 1;
    int end = NounPhrases.endRight(s, k, true);
    if (end < k || !Clauses.atClauseStart(s, cue.first())) {
      return null;
    }
    int head = NounPhrases.headEnd(s, k, end);
    if (head < 0 || !WORDS.is(POLL_NOUN, s.token(head).lower())) {
      return null;
    }
    Actor speaker = doc.resolver().resolve(new Phrase(s.index(), k, end));
    int comma = Clauses.afterSourceTail(s, end + 1);
    if (comma + 1 < s.size() && s.token(comma).word().equals(",") && Clauses.isParticiple(s.token(comma + 1))) {
      comma = Clauses.afterSourceTail(s, comma + 1); // "In the poll, conducted in May, ...": a tail set off by commas
    }
    if (speaker == null || comma + 1 >= s.size() || !s.token(comma).word().equals(",")) {
      return null;
    }
    int first = comma + 1;
    int last = bounds.end(s, first, true, doc.entities());
    if (last < first || !hasVerb(s, first, last) || Clauses.holdsCue(cues, s, first, last)) {
      return null;
    }
    return doc.report(s, cue, speaker, null, null, first, last, ReportKind.ACCORDING_TO, ContentIntro.FRONTED,
        "source", 0.75);
  }

  /** A clause, not "In the poll, the mayor's lead": some verb, even one the tagger takes for a participle. */
  private static boolean hasVerb(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isVerb()) {
        return true;
      }
    }
    return false;
  }
}
