package dev.claimex.syntax;

import static dev.claimex.models.WordClass.DAY_NAME;
import static dev.claimex.models.WordClass.NEGATION;
import static dev.claimex.models.WordClass.NOUN_LINK;
import static dev.claimex.models.WordClass.NOUN_PHRASE_DETERMINER;
import static dev.claimex.models.WordClass.NUMBER_QUANTIFIER;
import static dev.claimex.models.WordClass.OBJECT_PRONOUN;
import static dev.claimex.models.WordClass.POSTPOSED_SUBJECT_PREPOSITION;
import static dev.claimex.models.WordClass.QUANTIFIER_SUBJECT;
import static dev.claimex.models.WordClass.SMALL_DENOMINATOR;
import static dev.claimex.models.WordClass.STANDALONE_DETERMINER;
import static dev.claimex.models.WordClass.SUBJECT_ATTACHING_PREPOSITION;

import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Noun phrases read over tags alone, leftward from their last token or rightward from their first.
 *
 * <pre>{@code
 * Phrase source = NounPhrases.phraseEndingAt(s, verb - 1);  // "a lawyer for the family" before "said", or null
 * int end = NounPhrases.endRight(s, first, true);           // "the reopening of the border crossing"
 * int head = NounPhrases.headEnd(s, first, end);            // "a source" of "a source familiar with the talks"
 * }</pre>
 *
 * <p>Enough to find the subject left of a verb, an object right of it, and the head of either, without a parser.
 */
public final class NounPhrases {

  private static final WordClasses WORDS = WordClasses.standard();

  private static final Set<String> INSIDE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PDT",
      "PRP$", "POS", "CD", "HYPH");
  private static final Set<String> MODIFIER_OPENERS = Set.of("DT", "PRP$", "POS", "CD");
  private static final int MAX_ATTACHMENTS = 2;
  /** Words a bracket after a name may hold and still say only who the person is: "(R-Mich.)", "(D-N.Y.)". */
  private static final int MAX_AFFILIATION = 6;

  private NounPhrases() {}

  /** Whether a token can be inside a noun phrase (not counting linking "of"). */
  public static boolean inside(WordToken t) {
    return INSIDE.contains(t.tag()) || t.tag().equals("$") || WORDS.is(NOUN_PHRASE_DETERMINER, t.lower())
        || (t.tag().equals("VBN") || t.tag().equals("VBG")) && t.word().contains("-");
  }

  /** "the warring parties", "the ruling party": a participle between a determiner and a common noun modifies it. */
  private static boolean participleModifier(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    WordToken before = s.tokenOrNull(i - 1);
    WordToken after = s.tokenOrNull(i + 1);
    return (t.tag().equals("VBG") || t.tag().equals("VBN")) && before != null && after != null
        && MODIFIER_OPENERS.contains(before.tag())
        && (after.tag().equals("NN") || after.tag().equals("NNS") || after.isAdjective());
  }

  /**
   * "a properly calibrated price", "an increasingly bitter fight": an adverb after a determiner or adjective that
   * grades the adjective or participle before a noun; the phrase goes on over both.
   */
  static boolean gradingAdverb(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    WordToken before = s.tokenOrNull(i - 1);
    WordToken graded = s.tokenOrNull(i + 1);
    WordToken after = s.tokenOrNull(i + 2);
    return t.isAdverb() && !WORDS.is(NEGATION, t.lower()) && before != null
        && (MODIFIER_OPENERS.contains(before.tag()) || before.isAdjective()) && graded != null && after != null
        && (graded.isAdjective() || graded.tag().equals("VBN") || graded.tag().equals("VBG"))
        && (after.tag().equals("NN") || after.tag().equals("NNS") || after.isAdjective());
  }

  /** "down-ballot races", "on-the-record comments": a word joined by a hyphen to the next is a modifier. */
  public static boolean compoundPart(TaggedSentence s, int i) {
    WordToken hyphen = s.tokenOrNull(i + 1);
    WordToken joined = s.tokenOrNull(i + 2);
    return hyphen != null && joined != null && hyphen.tag().equals("HYPH") && !s.token(i).isPunctuation()
        && Character.isLetterOrDigit(joined.word().charAt(0));
  }

  /** "there should be", "there are": an existential "there", however tagged, before a finite verb. */
  public static boolean existentialThere(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    WordToken verb = s.tokenOrNull(i + 1);
    return t != null && verb != null && (t.tag().equals("EX") || t.lower().equals("there") && verb.isFiniteVerb());
  }

  /** Whether a token can end a noun phrase: a noun, pronoun, number or closing bracket of an acronym. */
  public static boolean canEnd(WordToken t) {
    return t.isNoun() || t.isPronoun() || t.tag().equals("CD") || t.word().equals(")") || t.lower().equals("both");
  }

  /** Whether token {@code i} can end a noun phrase, counting the last part of a hyphenated compound ("secretary-general"). */
  public static boolean canEnd(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    WordToken before = s.tokenOrNull(i - 1);
    return canEnd(t) || before != null && before.tag().equals("HYPH") && Character.isLetter(t.word().charAt(0))
        || respondents(s, i);
  }

  /** "those polled", "those surveyed": a participle after "those" ends a phrase that names the people it asked. */
  public static boolean respondents(TaggedSentence s, int i) {
    WordToken before = s.tokenOrNull(i - 1);
    return s.token(i).tag().equals("VBN") && before != null && before.lower().equals("those");
  }

  /** "at least 12", "more than 300", "up to 40": words before a number that belong to its phrase. */
  public static int quantifierLength(TaggedSentence s, int k) {
    WordToken a = s.tokenOrNull(k);
    WordToken b = s.tokenOrNull(k + 1);
    WordToken number = s.tokenOrNull(k + 2);
    if (a == null || b == null || number == null || !number.tag().equals("CD")) {
      return 0;
    }
    String pair = a.lower() + " " + b.lower();
    return WORDS.is(NUMBER_QUANTIFIER, pair) ? 2 : 0;
  }

  /** The noun phrase that ends at token {@code last} (see {@link #startLeft}), or {@code null}. */
  public static Phrase phraseEndingAt(TaggedSentence s, int last) {
    if (last < 0) {
      return null;
    }
    int first = startLeft(s, last);
    return first >= 0 ? new Phrase(s.index(), first, last) : null;
  }

  /**
   * The owner of a possessive "'s" whose noun phrase ends at {@code last}: that phrase without what a verb or a
   * preposition other than "of" attached to it. In "Reporters seized on Trump's claim" and "a fact-check on Trump's
   * claim" the claim is Trump's, though "reporters seized on Trump" reads like "a poll released on Monday"; "the
   * president of the union's claim" stays whole. {@code null} if no phrase ends there.
   */
  public static Phrase ownerEndingAt(TaggedSentence s, int last) {
    Phrase phrase = phraseEndingAt(s, last);
    if (phrase == null) {
      return null;
    }
    for (int i = phrase.last() - 1; i > phrase.first(); i--) {
      WordToken t = s.token(i);
      boolean preposition = (t.tag().equals("IN") || t.tag().equals("TO")) && !t.lower().equals("of");
      if (t.isVerb() || preposition) {
        return new Phrase(phrase.sentence(), i + 1, phrase.last());
      }
    }
    return phrase;
  }

  /**
   * The first token of the noun phrase that ends at {@code last}, reading left over modifiers, possessives,
   * "of"-phrases ("Smith of Britain's Home Office") and bracketed acronyms; -1 if no phrase ends there.
   */
  public static int startLeft(TaggedSentence s, int last) {
    WordToken end = s.tokenOrNull(last);
    if (end == null || !canEnd(s, last)) {
      return -1;
    }
    if (end.isPronoun() && !modifierObject(s, last)) {
      return last;
    }
    int i = last;
    if (end.word().equals(")")) { // "Rapid Support Forces (RSF)"
      int open = i - 1;
      while (open >= 0 && !s.token(open).word().equals("(") && last - open < 6) {
        open--;
      }
      if (open <= 0 || !s.token(open).word().equals("(")) {
        return -1;
      }
      i = open;
    }
    int attachments = 0;
    while (i - 1 >= 0) {
      WordToken left = s.token(i - 1);
      WordToken beyond = s.tokenOrNull(i - 2);
      if (inside(left) || participleModifier(s, i - 1) || s.token(i).tag().equals("HYPH")) {
        i--;
      } else if (left.word().equals(")") && bracketOpening(s, i - 1) > 0) {
        i = bracketOpening(s, i - 1); // "The Asia-Pacific Economic Cooperation (APEC) forum"
      } else if (WORDS.is(NOUN_LINK, left.lower()) && beyond != null && beyond.isNoun()) {
        i--;
      } else if (shareEndingAt(s, i) >= 0) {
        i = shareEndingAt(s, i); // "six in 10 voters", "one out of five": a poll's share of respondents
      } else if (WORDS.is(SUBJECT_ATTACHING_PREPOSITION, left.lower()) && left.tag().equals("IN") && beyond != null
          && (beyond.isNoun() || beyond.isAdjective() || WORDS.is(QUANTIFIER_SUBJECT, beyond.lower()))
          && !WORDS.is(DAY_NAME, beyond.lower()) // "Saturday at the convention Sen. Warren said": a time, no one's
          && attachments++ < MAX_ATTACHMENTS
          || adjectiveTakingTo(s, i - 1) && attachments++ < MAX_ATTACHMENTS) {
        i--; // "a source familiar with the talks", "Smith of Britain's Home Office", "an aide close to him"
      } else if (WORDS.is(SUBJECT_ATTACHING_PREPOSITION, left.lower()) && left.tag().equals("IN") && beyond != null
          && (beyond.tag().equals("VBN") || beyond.tag().equals("VBD")) && s.tokenOrNull(i - 3) != null
          && s.token(i - 3).isNoun()
          && attachments++ < MAX_ATTACHMENTS) {
        i -= 2; // "a poll released on Monday": a participle and its phrase attached to the noun
      } else {
        break;
      }
    }
    while (i < last && isDangling(s.token(i))) { // never start with "of" or a possessive
      i++;
    }
    return i;
  }

  /** Whether a preposition can attach a modifier to the noun before it. */
  private static boolean attaches(WordToken t) {
    return WORDS.is(POSTPOSED_SUBJECT_PREPOSITION, t.lower()) && (t.tag().equals("IN") || t.tag().equals("TO"));
  }

  /** "a source close to him": an object pronoun after a "to" that an adjective takes. */
  private static boolean modifierObject(TaggedSentence s, int i) {
    return WORDS.is(OBJECT_PRONOUN, s.token(i).lower()) && adjectiveTakingTo(s, i - 1);
  }

  /** "close to", "loyal to": a "to" at {@code i} that an adjective before it takes. */
  private static boolean adjectiveTakingTo(TaggedSentence s, int i) {
    WordToken adjective = s.tokenOrNull(i - 1);
    return isWord(s, i, "to") && adjective != null && adjective.isAdjective();
  }

  /**
   * The last token of the modifiers after a noun phrase that ends at {@code end}: prepositional phrases, perhaps
   * after an adjective that takes them ("a spokesman for the agency", "a person familiar with the talks",
   * "an aide close to him"); {@code end} itself if none follows.
   */
  public static int modifiersEnd(TaggedSentence s, int end) {
    for (int attached = 0; attached < MAX_ATTACHMENTS; attached++) {
      int k = end + 1;
      WordToken adjective = s.tokenOrNull(k);
      if (adjective != null && adjective.isAdjective()) {
        k++;
      }
      WordToken preposition = s.tokenOrNull(k);
      boolean placed = preposition != null && (preposition.lower().equals("in") || preposition.lower().equals("at"))
          && !Adjuncts.startsSpeechAdjunct(s, k) && !Adjuncts.startsTimePhrase(s, k + 1); // "a source in the room"
      if (preposition == null || !attaches(preposition) && !placed) {
        return end;
      }
      int objectEnd = endRight(s, k + 1, true);
      if (objectEnd < 0) {
        return end;
      }
      end = objectEnd;
    }
    return end;
  }

  /**
   * The length of a share of respondents starting at token {@code k}, "six in 10" (3) or "nine out of 10" (4), or
   * 0: a poll's count out of a few.
   */
  static int shareLength(TaggedSentence s, int k) {
    WordToken count = s.tokenOrNull(k);
    if (k < 0 || count == null || !count.tag().equals("CD")) {
      return 0;
    }
    if (isWord(s, k + 1, "in") && isDenominator(s.tokenOrNull(k + 2))) {
      return 3;
    }
    return isWord(s, k + 1, "out") && isWord(s, k + 2, "of") && isDenominator(s.tokenOrNull(k + 3)) ? 4 : 0;
  }

  /** Whether a share of respondents starts at token {@code k}. */
  public static boolean isShare(TaggedSentence s, int k) {
    return shareLength(s, k) > 0;
  }

  /** The first token of a share of respondents whose denominator is token {@code last}, or -1. */
  private static int shareEndingAt(TaggedSentence s, int last) {
    for (int start = last - 3; start <= last - 2; start++) {
      if (start >= 0 && start + shareLength(s, start) - 1 == last) {
        return start;
      }
    }
    return -1;
  }

  private static boolean isWord(TaggedSentence s, int i, String word) {
    WordToken t = s.tokenOrNull(i);
    return t != null && t.lower().equals(word);
  }

  private static boolean isDenominator(WordToken t) {
    return t != null && t.tag().equals("CD") && WORDS.is(SMALL_DENOMINATOR, t.lower());
  }

  /** The "(" that opens the bracket closed at {@code close}, a few words back, or -1. */
  private static int bracketOpening(TaggedSentence s, int close) {
    for (int i = close - 1; i >= 0 && close - i <= 6; i--) {
      if (s.token(i).word().equals("(")) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDangling(WordToken t) {
    return WORDS.is(NOUN_LINK, t.lower()) || t.tag().equals("POS") || t.tag().equals("HYPH");
  }

  /**
   * The last token of the noun phrase that starts at {@code first}, reading right over modifiers and nouns, or -1.
   * With {@code withOf}, "of"-phrases are part of it ("the reopening of the border crossing").
   */
  public static int endRight(TaggedSentence s, int first, boolean withOf) {
    WordToken start = s.tokenOrNull(first);
    if (start == null) {
      return -1;
    }
    if (start.isPronoun() || start.tag().equals("EX") || existentialThere(s, first)) {
      return first;
    }
    int i = first + quantifierLength(s, first);
    int lastNoun = -1;
    while (i < s.size()) {
      WordToken t = s.token(i);
      if (inside(t) || participleModifier(s, i)) {
        if (canEnd(t) && !t.lower().equals("both") || t.isNoun()) {
          lastNoun = i;
        }
        i++;
      } else if (gradingAdverb(s, i)) {
        i += 2; // the adverb and what it grades; the noun after them ends the phrase
      } else if (coordinatedAdjectives(s, i)) {
        i++; // "complete but unofficial returns", "Democratic and independent analysts"
      } else if (compoundPart(s, i)) {
        i++;
      } else if (lastNoun >= 0 && lastNoun == i - 1 && s.token(lastNoun).isProperNoun()
          && bracketedAffiliation(s, i) > i) {
        i = bracketedAffiliation(s, i); // "Gov. Rick Snyder (R-Mich.) to resign": the bracket goes with the name
        lastNoun = i;
        i++;
      } else if (withOf && WORDS.is(NOUN_LINK, t.lower()) && lastNoun == i - 1 && i + 1 < s.size()
          && inside(s.token(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (lastNoun < 0 && WORDS.is(STANDALONE_DETERMINER, start.lower())) {
      return first;
    }
    return lastNoun;
  }

  /**
   * The closing bracket of a short bracket after a name that says who the person is ("(R-Mich.)", "(D)", "(GOP)"):
   * at most {@value #MAX_AFFILIATION} words, none of them a verb; -1 when token {@code i} opens no such bracket.
   */
  private static int bracketedAffiliation(TaggedSentence s, int i) {
    if (!s.token(i).word().equals("(")) {
      return -1;
    }
    for (int k = i + 1; k < s.size() && k <= i + MAX_AFFILIATION + 1; k++) {
      WordToken t = s.token(k);
      if (t.word().equals(")")) {
        return k > i + 1 ? k : -1;
      }
      if (t.isVerb() || t.word().equals("(")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean coordinatedAdjectives(TaggedSentence s, int i) {
    WordToken before = s.tokenOrNull(i - 1);
    WordToken after = s.tokenOrNull(i + 1);
    return s.token(i).tag().equals("CC") && before != null && after != null && before.isAdjective()
        && after.isAdjective();
  }

  /**
   * The last noun of a phrase's head: the words before its first attached prepositional phrase ("a source"
   * of "a source familiar with the talks"), or -1 if they hold no noun.
   */
  public static int headEnd(TaggedSentence s, int first, int last) {
    int end = last;
    if (s.token(last).word().equals(")")) { // "Mike Pence (R-IN)": the name, not the bracket
      for (int i = last - 1; i > first; i--) {
        if (s.token(i).word().equals("(")) {
          end = i - 1;
          break;
        }
      }
    }
    for (int i = first + 1; i < end; i++) {
      if (WORDS.is(SUBJECT_ATTACHING_PREPOSITION, s.token(i).lower()) && s.token(i).tag().equals("IN")
          || adjectiveTakingTo(s, i)) {
        end = i - 1;
        break;
      }
    }
    while (end >= first && !(s.token(end).isNoun() || s.token(end).isPronoun() || canEnd(s, end) && end > first)) {
      end--;
    }
    return end >= first ? end : -1;
  }
}
