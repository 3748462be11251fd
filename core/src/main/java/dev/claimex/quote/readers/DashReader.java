package dev.claimex.quote.readers;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import java.util.List;

/**
 * A name after a dash that follows a quotation said it: "“The most unqualified child to ever run.” ― Francisco
 * Herrero". Without a quotation right before the dash, or a capitalised name right after it, the dash is
 * punctuation.
 *
 * <pre>{@code
 * Report report = new DashReader().read(doc, s, dash, inSentence);   // rule "cue.dash/after-quote"
 * report.mode();                                                      // ReportKind.DIRECT
 * }</pre>
 */
public final class DashReader implements ReportReader {

  /** How many characters of closing marks, punctuation and space may stand between a quotation and its dash. */
  private static final int MAX_GAP_BEFORE_DASH = 6;

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    String text = doc.text();
    int dash = s.token(cue.first()).start();
    TextSpan quotation = null;
    // walk back over the closing mark and punctuation between the quotation and the dash: «….” ―»
    for (int i = dash - 1; i >= 0 && dash - i <= MAX_GAP_BEFORE_DASH && quotation == null; i--) {
      quotation = doc.quotationEndingAt(i);
      if (quotation == null && "\"”’'.,!?".indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))
          && !Character.isSpaceChar(text.charAt(i))) { // a no-break space too
        break;
      }
    }
    int end = NounPhrases.endRight(s, cue.last() + 1, false);
    if (quotation == null || end <= cue.last() || !s.token(cue.last() + 1).isCapitalized()) {
      return null;
    }
    Phrase name = new Phrase(s.index(), cue.last() + 1, end);
    Actor speaker = doc.resolver().resolve(name);
    if (speaker == null) {
      TextSpan span = s.spanOf(text, name.first(), name.last());
      speaker = Actor.of(span, span.text(), EntityType.PERSON);
    }
    TextSpan content = TextSpan.of(text, Math.max(0, quotation.start() - 1),
        Math.min(text.length(), quotation.end() + 1));
    return new Report(s.index(), cue, s.spanOf(text, cue.first(), cue.last()), speaker, null, null, content,
        quotation, ReportKind.DIRECT, null, ContentIntro.BESIDE, cue.entry().id() + "/after-quote", 0.8);
  }
}
