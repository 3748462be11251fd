package dev.claimex.quote;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * The speaker and quotation-mark syntax that the readers of {@code dev.claimex.quote.readers} use, opened to them
 * from {@link SpeakerFinder} and {@code QuoteMarks}, whose methods are package-private here. When those move to
 * {@code dev.claimex.syntax}, the readers call them there and this class goes.
 *
 * <pre>{@code
 * Phrase subject = ReaderSyntax.subjectOf(s, cue.head());   // "The mayor said ...": "The mayor"
 * }</pre>
 */
public final class ReaderSyntax {

  private static final SpeakerFinder SPEAKERS = new SpeakerFinder();

  private ReaderSyntax() {}

  /** The subject of the verb at {@code verb}, or {@code null}: see {@code SpeakerFinder.subjectOf}. */
  public static Phrase subjectOf(TaggedSentence s, int verb) {
    return SPEAKERS.subjectOf(s, verb);
  }

  /** "“...,” said the mayor": the subject after a cue that follows a quotation, or {@code null}. */
  public static Phrase closingInvertedSubject(TaggedSentence s, CueMatch cue) {
    return SPEAKERS.closingInvertedSubject(s, cue);
  }

  /** "..., said Hugh Hill": the subject right after the cue ending at {@code cueLast}, or {@code null}. */
  public static Phrase invertedSubject(TaggedSentence s, int cueLast) {
    return SPEAKERS.invertedSubject(s, cueLast);
  }

  /** "... posted a letter urging": the text issued whose words the verb at {@code verb} reports, or {@code null}. */
  public static Phrase issuedText(TaggedSentence s, int verb) {
    return SPEAKERS.issuedText(s, verb);
  }

  /** "analysts who note": the relative pronoun right before the verb at {@code verb}, or -1. */
  public static int relativePronounBefore(TaggedSentence s, int verb) {
    return SPEAKERS.relativePronounBefore(s, verb);
  }

  /** The noun phrase that ends at token {@code last} ("the governor's"), or {@code null}. */
  public static Phrase phraseEndingAt(TaggedSentence s, int last) {
    return SpeakerFinder.phraseEndingAt(s, last);
  }

  /** Whether the token is a quotation mark, opening or closing, curly or straight. */
  public static boolean isQuoteToken(WordToken t) {
    return QuoteMarks.isQuoteToken(t);
  }

  /** Whether the token is a closing quotation mark. */
  public static boolean isClosingToken(WordToken t) {
    return QuoteMarks.isClosingToken(t);
  }
}
