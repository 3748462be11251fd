package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.DEMONSTRATIVE;

import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentBounds;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.List;

/**
 * "..., according to X" and "According to X, ...": the source after the preposition speaks the clause before it or
 * after it. An outlet after "according to" is the speaker of a bare fact ("Wages rose, according to Reuters") but
 * only the credit of speech it relays ("The general said ..., according to Reuters").
 *
 * <pre>{@code
 * Report report = new AccordingToReader(cues).read(doc, s, cue, inSentence);   // "Sales fell, according to the firm."
 * report.mode();                                                                 // ReportKind.ACCORDING_TO
 * }</pre>
 */
public final class AccordingToReader implements ReportReader {

  private static final WordClasses WORDS = WordClasses.standard();


  private final CueLexicon cues;
  private final ContentBounds bounds;
  private final ContentBeforeCue before;

  /** A reader of the "according to" cues of {@code cues}. */
  public AccordingToReader(CueLexicon cues) {
    this.cues = cues;
    this.bounds = new ContentBounds(cues);
    this.before = new ContentBeforeCue(cues, bounds);
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    int k = cue.last() + 1;
    int end = NounPhrases.endRight(s, k, true);
    if (end < k) {
      return null;
    }
    Actor speaker = doc.resolver().resolve(new Phrase(s.index(), k, end));
    if (speaker == null && s.token(end).isNoun()) { // "according to the Budget Research Institute", "... state law"
      TextSpan named = s.spanOf(doc.text(), k, end);
      speaker = Actor.of(named, named.text(), EntityType.MISC);
    }
    if (speaker == null) {
      return null;
    }
    int first;
    int last;
    ContentIntro intro = ContentIntro.BEFORE;
    if (Clauses.atClauseStart(s, cue.first())) {
      intro = ContentIntro.FRONTED;
      first = Clauses.afterSourceTail(s, end + 1);
      if (first < s.size() && s.token(first).word().equals(",")) {
        first++;
      }
      if (first >= s.size()) {
        return null;
      }
      last = bounds.end(s, first, true, doc.entities());
    } else if (isCopulaAfterSubject(s, cue.first() - 1)) {
      first = cue.first() - 2; // "That's according to the latest count": the pronoun stands for what is reported
      last = first;
    } else {
      int comma = cue.first() - 1;
      if (comma < 1 || !s.token(comma).word().equals(",")) {
        return null;
      }
      first = 0;
      for (int i = comma - 1; i >= 0; i--) {
        if (s.token(i).word().equals(";") || s.token(i).word().equals(":")) {
          first = i + 1;
          break;
        }
      }
      last = ContentBounds.trimEnd(s, first, comma - 1);
      int tail = Clauses.afterSourceTail(s, end + 1); // "according to an interview with the paper at the time,"
      WordToken after = s.tokenOrNull(tail);
      if (after != null && after.word().equals(",") && before.continuesSentence(s, tail + 1, true)) {
        last = ContentBounds.trimEnd(s, first, s.size() - 1); // "Sales, according to the firm, fell": all of it
      }
    }
    if (last < first || speaker.type() == EntityType.OUTLET && relaysReport(doc, s, cue, first, last, intro, inSentence)) {
      return null;
    }
    return doc.report(s, cue, speaker, null, null, first, last, ReportKind.ACCORDING_TO, intro, "according", 0.8);
  }

  /**
   * Whether the words an outlet is credited with hold a report of their own ("The general said ..., according to
   * Reuters"), so the outlet only relays it. A cue that reports a clause only when one follows it counts when it was
   * read as a report: in "The ministry found 600 emails, according to Reuters" the verb reports nothing and the outlet
   * speaks. Words after the cue ("According to Reuters, ...", "X, according to Reuters, added ...") have no reports
   * read yet, and any cue counts.
   */
  private boolean relaysReport(ReaderContext doc, TaggedSentence s, CueMatch cue, int first, int last,
      ContentIntro intro, List<Report> inSentence) {
    if (!Clauses.holdsCue(cues, s, first, last)) {
      return false;
    }
    if (intro == ContentIntro.FRONTED || last > cue.first()) {
      return true; // the words after the cue ("Sales, according to the firm, fell"): their reports are not read yet
    }
    TextSpan words = s.spanOf(doc.text(), first, last);
    if (inSentence.stream().anyMatch(r -> r.cueSpan() != null && words.contains(r.cueSpan()))) {
      return true;
    }
    for (int i = first; i <= last; i++) {
      CueMatch inner = cues.match(s, i);
      if (Clauses.reportsWords(inner) && inner.entry().objectRole() != ObjectRole.CLAUSE) {
        return true;
      }
    }
    return false;
  }

  /** "That's according to ...", "This was according to ...": a lone pronoun and a form of "be" open the sentence. */
  private static boolean isCopulaAfterSubject(TaggedSentence s, int verb) {
    if (verb != 1) {
      return false;
    }
    WordToken be = s.token(verb);
    boolean copula = be.key().equals("be") || be.lower().equals("'s") || be.lower().equals("’s");
    return copula && (s.token(0).isPronoun() || WORDS.is(DEMONSTRATIVE, s.token(0).lower()));
  }
}
