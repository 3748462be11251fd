package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.EDITORIAL_LABEL;
import static dev.claimex.models.WordClass.LIST_CONJUNCTION;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.List;
import java.util.Locale;

/**
 * A speaker label: "WALLACE: Let's start ...", "Pat Caddell: Democrat voters worried ...". A name before a colon
 * at the start of a sentence speaks the rest of its paragraph segment (a transcript turn, a headline).
 *
 * <pre>{@code
 * Report report = new LabelReader(cues).read(doc, s, colon, inSentence);   // "PENCE: We will win."
 * report.speaker().canonical();                                              // "PENCE"
 * }</pre>
 */
public final class LabelReader implements ReportReader {

  private static final WordClasses WORDS = WordClasses.standard();

  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_TURN_SENTENCES = 20;

  private final CueLexicon cues;

  /** A reader of the colon label cues of {@code cues}. */
  public LabelReader(CueLexicon cues) {
    this.cues = cues;
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    int start = labelStart(s);
    if (!isLabel(s, start, cue.first()) || pageLabel(s, start, cue.first()) || onlyContacts(s, cue.last() + 1)) {
      return null; // "MARKETS: Stocks fell", "Email: jdoe@example.com", "Twitter: @jdoe" speak for no one
    }
    boolean headline = s.segmentKind() == SegmentKind.HEADLINE;
    Phrase label = new Phrase(s.index(), start, cue.first() - 1);
    Actor speaker = doc.resolver().resolve(label);
    if (speaker != null && speaker.type().isPlace()) {
      return null; // "LIMA: ..." is a dateline
    }
    // "PENCE: ...": a transcript's speaker in capitals, which the tagger may read as a common noun ("TRUMP")
    if (speaker == null && (s.token(cue.first() - 1).isProperNoun() || speakerInCapitals(s, start, cue.first()))) {
      TextSpan name = s.spanOf(doc.text(), start, cue.first() - 1);
      speaker = Actor.of(name, name.text(), EntityType.PERSON);
    }
    if (speaker == null) {
      return null;
    }
    int first = cue.last() + 1;
    if (!anyVerb(s, first, s.size() - 1) && !titleCased(s, first, s.size() - 1) && !headline) {
      // "Smith: 1,769", "Twitter: @handle", "Jones: A late surge": a tally, an address or a caption, not a turn of
      // speech; a headline often leaves out its verb ("Mayor: No new taxes") or hides it in title case
      return null;
    }
    int endOfTurn = endOfTurn(doc, s);
    TextSpan content = TextSpan.of(doc.text(), s.token(first).start(), endOfTurn);
    return new Report(s.index(), cue, s.spanOf(doc.text(), cue.first(), cue.last()), speaker, null, null, content,
        null, ReportKind.INDIRECT, null, ContentIntro.COLON, cue.entry().id() + "/label", 0.75);
  }

  /** The first token of a speaker label, after any quotation marks that open the sentence. */
  private static int labelStart(TaggedSentence s) {
    int start = 0;
    while (start < s.size() && QuoteTokens.isQuoteToken(s.token(start))) {
      start++;
    }
    return start;
  }

  /** Whether tokens {@code [start, colon)} are one to four words of a name and something follows the colon. */
  private static boolean isLabel(TaggedSentence s, int start, int colon) {
    int length = colon - start;
    if (length < 1 || length > MAX_LABEL_WORDS || colon + 1 >= s.size()) {
      return false;
    }
    boolean headline = s.segmentKind() == SegmentKind.HEADLINE;
    for (int i = start; i < colon; i++) {
      WordToken t = s.token(i);
      // a headline's title case misleads the tagger ("Rush/JJ Limbaugh"): there a capitalised word may name
      boolean nameWord = t.isProperNoun() || t.tag().equals("NNS") || t.tag().equals("NN")
          || headline && t.isCapitalized() && t.isAdjective();
      if (!nameWord) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a label's turn ends: with its paragraph segment, before the next sentence that opens with a label ("WALLACE:
   * ... TRUMP: ..." on one line), after {@link #MAX_TURN_SENTENCES} sentences at most (a page without line breaks
   * is no turn of one speaker), and before any sentence left unread.
   */
  private int endOfTurn(ReaderContext doc, TaggedSentence s) {
    TextAnalysis analysis = doc.analysis();
    int last = s.index();
    // untagged sentences (an earlier stage stopped before them) can show no label: the turn stops before them
    int lastTagged = analysis.sentences().size() - analysis.untagged() - 1;
    int limit = Math.min(Math.min(doc.lastOfSegment(s.index()), s.index() + MAX_TURN_SENTENCES - 1), lastTagged);
    while (last < limit && !opensTurn(analysis.sentences().get(last + 1))) {
      last++;
    }
    return analysis.sentences().get(last).span().end();
  }

  /** Whether the sentence opens with a speaker label: a name and the colon of a label cue. */
  private boolean opensTurn(TaggedSentence s) {
    int start = labelStart(s);
    for (int i = start + 1; i <= start + MAX_LABEL_WORDS && i < s.size(); i++) {
      if (s.token(i).word().equals(":")) {
        CueMatch cue = cues.match(s, i);
        return cue != null && cue.entry().part() == CuePart.LABEL && isLabel(s, start, i);
      }
    }
    return false;
  }

  private static boolean titleCased(TaggedSentence s, int first, int last) {
    int words = 0;
    int capitalized = 0;
    for (int i = first; i <= last; i++) {
      if (Character.isLetter(s.token(i).word().charAt(0))) {
        words++;
        capitalized += s.token(i).isCapitalized() ? 1 : 0;
      }
    }
    return words > 1 && capitalized * 2 > words;
  }

  private static boolean anyVerb(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isVerb() || s.token(i).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** A label of the page's furniture, a section or a contact line: every word of it is one. */
  private static boolean pageLabel(TaggedSentence s, int first, int end) {
    for (int i = first; i < end; i++) {
      if (!WORDS.is(EDITORIAL_LABEL, s.token(i).word())) {
        return false;
      }
    }
    return true;
  }

  /** Whether all that follows the colon is addresses, handles, links or numbers: a contact line, not words said. */
  private static boolean onlyContacts(TaggedSentence s, int first) {
    boolean any = false;
    for (int i = first; i < s.size(); i++) {
      String word = s.token(i).word();
      if (s.token(i).isPunctuation() || WORDS.is(LIST_CONJUNCTION, word)) {
        continue;
      }
      boolean contact = word.contains("@") || word.contains("://") || word.startsWith("www.")
          || word.chars().allMatch(c -> Character.isDigit(c) || "+-().".indexOf(c) >= 0);
      if (!contact) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean speakerInCapitals(TaggedSentence s, int first, int end) {
    for (int i = first; i < end; i++) {
      String word = s.token(i).word();
      if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT)) || WORDS.is(EDITORIAL_LABEL, word)) {
        return false;
      }
    }
    return true;
  }
}
