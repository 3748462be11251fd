package dev.claimex.claim;

import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.COLLECTIVE_AGENT;
import static dev.claimex.models.WordClass.FIRST_PERSON_SUBJECT;
import static dev.claimex.models.WordClass.NEGATIVE_WORD;
import static dev.claimex.models.WordClass.NO_ONE;
import static dev.claimex.models.WordClass.SUBORDINATOR;
import static dev.claimex.models.WordClass.THIRD_PERSON_SINGULAR;
import static dev.claimex.models.WordClass.WRONGDOING_VERB;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;

/**
 * The wrong a reported content says a party did. A plain statement whose clause has another person or body do a
 * wrong ("said the agency mishandled the inquiry", "“They lied to us,” she said") attributes it to them: an
 * ACCUSATION, though no verb of accusing is written. Only a plain past or present act of a party counts: a wrong
 * negated ("never lied", "nobody lied"), asked about, hedged by a modal ("may have misled"), in the passive (the
 * wrongdoer unnamed), done by a thing ("a tree obstructed the road") or by the speaker ("I lied", "he said he lied")
 * accuses no one.
 *
 * <pre>{@code
 * TextSpan accused = AccusingContent.accused(analysis, content, frame.speaker());   // "the agency"
 * }</pre>
 */
final class AccusingContent {

  private static final WordClasses WORDS = WordClasses.standard();
  /** How many words the clause's subject may take before its verb. */
  private static final int SUBJECT_REACH = 8;

  private AccusingContent() {}

  /** The party the content has do a wrong, or {@code null} when it accuses no one. */
  static TextSpan accused(TextAnalysis analysis, TextSpan content, Actor speaker) {
    TaggedSentence s = analysis.sentenceAt(content.start());
    if (s == null || EvaluativeContent.asks(s)) {
      return null;
    }
    int first = s.tokenAt(content.start());
    int start = first;
    while (first >= 0 && first < s.size() && QuoteTokens.isQuoteToken(s.token(first))) {
      first++;
    }
    boolean quoted = first > start;
    if (first < 0 || first >= s.size() || s.token(first).tag().equals("IN")
        || WORDS.is(SUBORDINATOR, s.token(first).lower())) {
      return null; // "whether the agency mishandled ...": a question or a condition, not a plain clause
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
        || s.token(verb).tag().equals("MD") || !isParty(s, first, verb - 1, quoted)) {
      return null;
    }
    int main = verb;
    boolean auxiliary = WORDS.is(AUXILIARY, s.token(verb).key()) && !s.token(verb).key().equals("be");
    if (auxiliary) { // "has mishandled", "did not lie"
      main = verb + 1;
      while (main < s.size() && (s.token(main).isAdverb() || WORDS.is(NEGATIVE_WORD, s.token(main).lower()))) {
        main++;
      }
    }
    if (main >= s.size() || s.token(main).end() > content.end() || negated(s, first, main)) {
      return null;
    }
    WordToken act = s.token(main);
    boolean done = act.isFiniteVerb() || auxiliary && main > verb && (act.tag().equals("VBN") || act.tag().equals("VB"));
    boolean untruth = !act.key().equals("lie") || act.lower().equals("lied")
        || act.tag().equals("VB") && s.token(verb).key().equals("do"); // not "lies in", "had lain dormant"
    if (!done || !untruth || !WORDS.is(WRONGDOING_VERB, act.key())) {
      return null;
    }
    TextSpan subject = s.spanOf(analysis.text(), first, verb - 1);
    return EvaluativeContent.isSpeaker(speaker, subject) ? null : subject;
  }

  /**
   * Whether tokens {@code [first, last]} name a party that can do a wrong and is not the speaker's pronoun: a name,
   * a person, a body ("the agency"), "you", and "they" in a quotation ("“They lied to us,” she said"); not "I", "we",
   * "he", "she", "it", nor "they" reported indirectly ("officials said they mishandled it"): there these mostly stand
   * for the speaker. Nor a thing ("the road", "a fallen tree").
   */
  private static boolean isParty(TaggedSentence s, int first, int last, boolean quoted) {
    WordToken head = s.token(last);
    if (first == last && head.isPronoun()) {
      String pronoun = head.lower();
      return !WORDS.is(FIRST_PERSON_SUBJECT, pronoun) && !WORDS.is(THIRD_PERSON_SINGULAR, pronoun)
          && (quoted || !pronoun.equals("they"));
    }
    return head.isProperNoun() || head.isNoun()
        && (AnimateNouns.standard().contains(head.lower()) || WORDS.is(COLLECTIVE_AGENT, head.key()));
  }

  private static boolean negated(TaggedSentence s, int first, int main) {
    for (int i = first; i < main; i++) {
      if (WORDS.is(NEGATIVE_WORD, s.token(i).lower()) || WORDS.is(NO_ONE, s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
