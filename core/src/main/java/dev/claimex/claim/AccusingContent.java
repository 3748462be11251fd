package dev.claimex.claim;

import static dev.claimex.models.WordClass.NEGATIVE_WORD;
import static dev.claimex.models.WordClass.WRONGDOING_VERB;

import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * The wrong a reported content says someone did. A plain statement whose clause has another party do a wrong ("said
 * the agency mishandled the inquiry", "“They lied to us,” she said") attributes it to them: an ACCUSATION, though
 * no verb of accusing is written. Only a plain past or present act counts: a wrong negated ("never lied"), asked
 * about, hedged by a modal ("may have misled"), done in the passive (the wrongdoer left unnamed) or done by the
 * speaker ("I lied", "he said he lied") accuses no one.
 *
 * <pre>{@code
 * TextSpan accused = AccusingContent.accused(analysis, content, frame.speaker());   // "the agency"
 * }</pre>
 */
final class AccusingContent {

  private static final WordClasses WORDS = WordClasses.standard();
  /** How many words the clause's subject may take before its verb. */
  private static final int SUBJECT_REACH = 8;
  /** Subjects that are, or usually stand for, the speaker: a wrong they did is a confession or a report of oneself. */
  private static final Set<String> SELF_PRONOUNS = Set.of("i", "we", "he", "she", "it");
  /** Auxiliaries a main verb may follow: "has mishandled", "did lie". */
  private static final Set<String> AUXILIARIES = Set.of("have", "do");

  private AccusingContent() {}

  /** The one the content has do a wrong, or {@code null} when it accuses no one. */
  static TextSpan accused(TextAnalysis analysis, TextSpan content, Actor speaker) {
    TaggedSentence s = analysis.sentenceAt(content.start());
    if (s == null || s.tokens().stream().anyMatch(t -> t.word().equals("?"))) {
      return null;
    }
    int first = s.tokenAt(content.start());
    while (first >= 0 && first < s.size() && QuoteTokens.isQuoteToken(s.token(first))) {
      first++;
    }
    if (first < 0 || first >= s.size()) {
      return null;
    }
    int verb = first;
    while (verb < s.size() && verb - first <= SUBJECT_REACH && !s.token(verb).isFiniteVerb()
        && !s.token(verb).tag().equals("MD")) {
      WordToken t = s.token(verb);
      if (t.isPunctuation() || t.tag().startsWith("W") || t.isVerb()) {
        return null; // a clause of its own opens the content: the subject is not a plain noun phrase
      }
      verb++;
    }
    if (verb == first || verb >= s.size() || verb - first > SUBJECT_REACH || s.token(verb).end() > content.end()
        || s.token(verb).tag().equals("MD")) {
      return null;
    }
    int main = verb;
    if (AUXILIARIES.contains(s.token(verb).key())) { // "has mishandled", "did not lie"
      main = verb + 1;
      while (main < s.size() && (s.token(main).isAdverb() || WORDS.is(NEGATIVE_WORD, s.token(main).lower()))) {
        main++;
      }
    }
    if (main >= s.size() || s.token(main).end() > content.end() || negated(s, first, main)) {
      return null;
    }
    WordToken act = s.token(main);
    boolean pastOrPresent = act.isFiniteVerb() || main > verb && (act.tag().equals("VBN") || act.tag().equals("VB"));
    if (!pastOrPresent || !WORDS.is(WRONGDOING_VERB, act.key())
        || act.key().equals("lie") && !act.tag().equals("VBD") && !act.tag().equals("VBN")) {
      return null; // "the answer lies in ...": only the past of "lie" tells an untruth
    }
    TextSpan subject = s.spanOf(analysis.text(), first, verb - 1);
    boolean self = verb - first == 1 && SELF_PRONOUNS.contains(s.token(first).lower())
        || speaker != null && (speaker.mention().overlaps(subject) || speaker.canonical().contains(subject.text()));
    return self ? null : subject;
  }

  private static boolean negated(TaggedSentence s, int first, int main) {
    for (int i = first; i < main; i++) {
      if (WORDS.is(NEGATIVE_WORD, s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
