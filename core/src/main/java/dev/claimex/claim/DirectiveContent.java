package dev.claimex.claim;

import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.COLLECTIVE_AGENT;
import static dev.claimex.models.WordClass.COLLECTIVE_SUBJECT;
import static dev.claimex.models.WordClass.DIRECTIVE_MODAL;
import static dev.claimex.models.WordClass.NECESSITY_VERB;
import static dev.claimex.models.WordClass.THIRD_PERSON_SINGULAR;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * The party a reported content tells what it must do: "said (that) the government and the rebels must reach an
 * agreement" is a demand on "the government and the rebels". Reads the content's first clause: a subject with no
 * verb of its own, then "must", "should", "ought to", "has to" or "needs to". The subject must name parties (a
 * name, or a nationality: "British forces"), not a thing ("prices must rise") nor a pronoun that may be the
 * speaker.
 *
 * <pre>{@code
 * TextSpan told = DirectiveContent.addressee(text, sentence, content, animate);   // "US and British forces", or null
 * }</pre>
 */
final class DirectiveContent {

  private static final WordClasses WORDS = WordClasses.standard();
  private static final int MAX_SUBJECT = 12;
  private static final Set<String> SINGULAR_TAGS = Set.of("NN", "NNP");

  private DirectiveContent() {}

  /** The subject told what it must do, or {@code null}. */
  static TextSpan addressee(String text, TaggedSentence s, TextSpan content, AnimateNouns animate) {
    int first = -1;
    for (WordToken t : s.tokens()) {
      if (t.start() >= content.start()) {
        first = t.index();
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    while (first < s.size() && (s.token(first).lower().equals("that") || s.token(first).isAdverb())) {
      first++;
    }
    boolean parties = false;
    for (int i = first; i < s.size() && i < first + MAX_SUBJECT && s.token(i).end() <= content.end(); i++) {
      WordToken t = s.token(i);
      if (i == first && (t.isPronoun() || t.tag().equals("EX"))) {
        return null; // "we must", "it should", "there must be": the speaker's own stance or no party
      }
      if (isDirective(s, i)) {
        return parties && i > first && !thingHead(s.token(i - 1), animate) ? s.spanOf(text, first, i - 1) : null;
      }
      if (t.tag().equals("MD")) {
        return null; // "she will have to choose": a forecast of a need, not a demand
      }
      if (t.isVerb() || t.isPunctuation() && !t.word().equals("'s")) {
        return null;
      }
      parties |= t.isProperNoun() || t.isAdjective() && t.isCapitalized(); // "Darfur", "British forces"
    }
    return null;
  }

  /**
   * Whether the content calls on a group the speaker belongs to: "we must continue to push", "we all need to work
   * together", "let's defeat her in November". An appeal to act together, not a statement of the speaker's own
   * plan; "we should have won" regrets and "we had to leave" reports, so past forms ask nothing.
   */
  static boolean callsOnUs(TaggedSentence s, TextSpan content) {
    int first = firstWord(s, content);
    while (first >= 0 && first < s.size() && s.token(first).end() <= content.end()
        && (s.token(first).isPunctuation() || s.token(first).lower().equals("that"))) {
      first++;
    }
    if (first < 0 || first + 1 >= s.size()) {
      return false;
    }
    WordToken subject = s.token(first);
    if (subject.lower().equals("let") && s.token(first + 1).lower().matches("'s|’s|us")) {
      return true;
    }
    if (!WORDS.is(COLLECTIVE_SUBJECT, subject.lower())) {
      return false;
    }
    int modal = first + 1;
    if (s.token(modal).lower().equals("all")) {
      modal++;
    }
    WordToken after = s.tokenOrNull(modal + 1);
    boolean past = after != null && after.lower().equals("have") || s.token(modal).tag().equals("VBD");
    return modal < s.size() && s.token(modal).end() <= content.end() && isDirective(s, modal) && !past;
  }

  /**
   * A subject whose head is a thing: "Pence's performance should boost his numbers" tells no party what to do,
   * though a name modifies it; "the rebels must", "British forces must" name parties.
   */
  private static boolean thingHead(WordToken head, AnimateNouns animate) {
    return head.isNoun() && !head.isProperNoun() && !head.isCapitalized() && !animate.contains(head.lower())
        && !animate.contains(head.key()) && !WORDS.is(COLLECTIVE_AGENT, head.key());
  }

  private static boolean isDirective(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    if (WORDS.is(DIRECTIVE_MODAL, t.lower())) {
      return true;
    }
    WordToken next = s.tokenOrNull(i + 1);
    return WORDS.is(NECESSITY_VERB, t.lower()) && next != null && next.tag().equals("TO");
  }
  /**
   * The subject of a mandative subjunctive: "suggested that she get a lawyer", "proposed that the plant be
   * closed". Only a singular subject shows the base form for certain ("they work" may be a plain present).
   */
  static TextSpan subjunctiveSubject(String text, TaggedSentence s, TextSpan content) {
    int first = firstWord(s, content);
    if (first < 0) {
      return null;
    }
    if (s.token(first).lower().equals("that")) {
      first++;
    }
    for (int i = first; i < s.size() && i < first + MAX_SUBJECT && s.token(i).end() <= content.end(); i++) {
      WordToken t = s.token(i);
      if (t.isVerb() || t.tag().equals("MD")) {
        WordToken subject = i > first ? s.token(i - 1) : null;
        boolean singular = subject != null && (SINGULAR_TAGS.contains(subject.tag())
            || WORDS.is(THIRD_PERSON_SINGULAR, subject.lower()));
        boolean auxiliary = WORDS.is(AUXILIARY, t.key());
        boolean base = t.tag().equals("VB") || t.tag().equals("VBP") && !auxiliary; // "are", "have" agree with a plural
        return singular && base ? s.spanOf(text, first, i - 1) : null;
      }
      if (t.isPunctuation() || t.tag().equals("IN") || t.tag().equals("CC")) {
        return null; // "forces in Guinea have", "the army and the rebels work": the head may be plural
      }
    }
    return null;
  }

  private static int firstWord(TaggedSentence s, TextSpan content) {
    for (WordToken t : s.tokens()) {
      if (t.start() >= content.start()) {
        return t.index();
      }
    }
    return -1;
  }
}
