package dev.claimex.text;

import com.google.common.collect.ImmutableList;
import java.util.Set;

/**
 * Finds a heading that scraping glued to the first sentence of its paragraph: "Persistent Obstacles While
 * optimism remains high". Edited prose does not capitalise a common word or function word mid-sentence, so a
 * capitalised one within the first few words, after words with no verb, marks where the heading ends.
 */
final class GluedHeadings {

  /** Tags of words that are capitalised mid-sentence only when they start a new sentence. */
  private static final Set<String> COMMON_TAGS = Set.of("NN", "NNS", "IN", "DT", "WRB", "WP", "RB", "CC", "PRP", "MD");
  private static final int MAX_HEADING_WORDS = 6;
  private static final int MIN_HEADING_WORDS = 2;

  private GluedHeadings() {}

  /** Tags a heading can end with: "Talks resume", "Rising Prices", "Talks delayed". */
  private static final Set<String> HEADING_END_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "VBN");

  /** The number of tokens of a heading glued to the start of {@code tokens}, or 0. */
  static int headingLength(ImmutableList<WordToken> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).isCapitalized()) {
      return 0;
    }
    for (int i = MIN_HEADING_WORDS; i < Math.min(MAX_HEADING_WORDS + 1, tokens.size()); i++) {
      WordToken t = tokens.get(i);
      WordToken before = tokens.get(i - 1);
      if (before.isPunctuation() || before.isVerb() && !before.tag().equals("VBN") || before.tag().equals("MD")) {
        return 0;
      }
      if (titleCased(t) && COMMON_TAGS.contains(t.tag()) && HEADING_END_TAGS.contains(before.tag())
          && hasFiniteVerb(tokens, i)) {
        return i;
      }
    }
    return 0;
  }

  /** "While", "Talks": a capital then lower-case letters only (not "AP", "DH2017", "I"). */
  private static boolean titleCased(WordToken t) {
    String w = t.word();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
  }

  private static boolean hasFiniteVerb(ImmutableList<WordToken> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }
}
