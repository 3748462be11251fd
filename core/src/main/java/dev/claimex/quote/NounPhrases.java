package dev.claimex.quote;

import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Shallow noun-phrase reading over tagged tokens: enough to find the subject left of a verb, an object right of
 * it, and the head of either, without a parser.
 */
final class NounPhrases {

  private static final Set<String> INSIDE = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PDT",
      "PRP$", "POS", "CD", "HYPH");
  private static final Set<String> LINKS = Set.of("of", "&");
  /** Determiners that stand alone as a noun phrase: "denies this". */
  private static final Set<String> STANDALONE = Set.of("this", "that", "these", "those", "both", "all", "some");

  private NounPhrases() {}

  /** Whether a token can be inside a noun phrase (not counting linking "of"). */
  static boolean inside(WordToken t) {
    return INSIDE.contains(t.tag()) || (t.tag().equals("VBN") || t.tag().equals("VBG")) && t.word().contains("-");
  }

  /** Whether a token can end a noun phrase: a noun, pronoun, number or closing bracket of an acronym. */
  static boolean canEnd(WordToken t) {
    return t.isNoun() || t.isPronoun() || t.tag().equals("CD") || t.word().equals(")");
  }

  /**
   * The first token of the noun phrase that ends at {@code last}, reading left over modifiers, possessives,
   * "of"-phrases ("Asif of Pakistan's Defence Ministry") and bracketed acronyms; -1 if no phrase ends there.
   */
  static int startLeft(TaggedSentence s, int last) {
    WordToken end = s.tokenOrNull(last);
    if (end == null || !canEnd(end)) {
      return -1;
    }
    if (end.isPronoun()) {
      return last;
    }
    int i = last;
    if (end.word().equals(")")) { // "Tehrik-e-Taliban Pakistan (TTP)"
      int open = i - 1;
      while (open >= 0 && !s.token(open).word().equals("(") && last - open < 6) {
        open--;
      }
      if (open <= 0 || !s.token(open).word().equals("(")) {
        return -1;
      }
      i = open;
    }
    while (i - 1 >= 0) {
      WordToken left = s.token(i - 1);
      if (inside(left)) {
        i--;
      } else if (LINKS.contains(left.lower()) && i - 2 >= 0 && s.token(i - 2).isNoun()) {
        i--;
      } else {
        break;
      }
    }
    while (i < last && isDangling(s.token(i))) { // never start with "of" or a possessive
      i++;
    }
    return i;
  }

  private static boolean isDangling(WordToken t) {
    return LINKS.contains(t.lower()) || t.tag().equals("POS") || t.tag().equals("HYPH");
  }

  /**
   * The last token of the noun phrase that starts at {@code first}, reading right over modifiers and nouns, or -1.
   * With {@code withOf}, "of"-phrases are part of it ("the reopening of the border crossing").
   */
  static int endRight(TaggedSentence s, int first, boolean withOf) {
    WordToken start = s.tokenOrNull(first);
    if (start == null) {
      return -1;
    }
    if (start.isPronoun()) {
      return first;
    }
    int i = first;
    int lastNoun = -1;
    while (i < s.size()) {
      WordToken t = s.token(i);
      if (inside(t)) {
        if (canEnd(t)) {
          lastNoun = i;
        }
        i++;
      } else if (withOf && LINKS.contains(t.lower()) && lastNoun == i - 1 && i + 1 < s.size() && inside(s.token(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (lastNoun < 0 && STANDALONE.contains(start.lower())) {
      return first;
    }
    return lastNoun;
  }

  /** The index of the first "of" between {@code first} and {@code last}, or -1. */
  static int firstOf(TaggedSentence s, int first, int last) {
    for (int i = first + 1; i < last; i++) {
      if (s.token(i).lower().equals("of")) {
        return i;
      }
    }
    return -1;
  }
}
