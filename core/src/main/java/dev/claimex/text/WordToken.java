package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A word of a sentence with its Penn Treebank part-of-speech tag and lemma. Pipeline-internal: the rule stages
 * read it; results expose spans, not tokens.
 *
 * @param index position within its sentence, from 0
 */
public record WordToken(int index, int start, int end, String word, String tag, String lemma) {

  public WordToken {
    checkArgument(index >= 0, "index must be >= 0: %s", index);
    checkArgument(0 <= start && start <= end, "bad offsets [%s, %s)", start, end);
    checkNotNull(word, "word");
    checkNotNull(tag, "tag");
    checkNotNull(lemma, "lemma");
  }

  /** The lemma in lower case, the form lexicons are written in. */
  public String key() {
    return lemma.toLowerCase(Locale.ROOT);
  }

  /** The word in lower case. */
  public String lower() {
    return word.toLowerCase(Locale.ROOT);
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  /** A finite verb: past or present tense, or a modal. */
  public boolean isFiniteVerb() {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  public boolean isAdjective() {
    return tag.startsWith("JJ");
  }

  public boolean isAdverb() {
    return tag.startsWith("RB");
  }

  public boolean isPronoun() {
    return tag.equals("PRP");
  }

  /** Punctuation as the tagger labels it (including quote marks and brackets). */
  public boolean isPunctuation() {
    return !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0)) || tag.equals("HYPH") || tag.equals("NFP");
  }

  /** An opening or closing quotation mark as the tagger labels it. */
  public boolean isQuoteMark() {
    return tag.equals("``") || tag.equals("''");
  }

  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  @Override
  public String toString() {
    return word + "/" + tag;
  }
}
