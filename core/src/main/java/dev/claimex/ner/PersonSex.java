package dev.claimex.ner;

import static dev.claimex.models.WordClass.FEMININE_GIVEN_NAME;
import static dev.claimex.models.WordClass.FEMININE_WORD;
import static dev.claimex.models.WordClass.MASCULINE_GIVEN_NAME;
import static dev.claimex.models.WordClass.MASCULINE_WORD;

import dev.claimex.models.WordClasses;
import java.util.List;
import java.util.Locale;

/**
 * What the words of a text say of a person's sex, {@code true} for a woman, {@code false} for a man, {@code null}
 * when they say nothing: an honorific or a noun that marks one ("Ms.", "the spokeswoman"), or a given name borne mostly
 * by one ("Hillary Reed"). The one home of these readings, for names grouped into entities and for pronouns.
 *
 * <pre>{@code
 * PersonSex.ofWords("the spokeswoman");                  // true
 * PersonSex.ofGivenName(List.of("Tom", "Reed"));         // false
 * }</pre>
 */
public final class PersonSex {

  private static final WordClasses WORDS = WordClasses.standard();

  private PersonSex() {}

  /** Whether the last word of a phrase, or an abbreviated honorific opening it ("Mr."), marks a woman or a man. */
  public static Boolean ofWords(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    String first = words[0];
    if (WORDS.is(FEMININE_WORD, last) || WORDS.is(FEMININE_WORD, first) && first.endsWith(".")) {
      return true;
    }
    if (WORDS.is(MASCULINE_WORD, last) || WORDS.is(MASCULINE_WORD, first) && first.endsWith(".")) {
      return false;
    }
    return null;
  }

  /**
   * The sex the given name of a full name tells ("Hillary Reed"); {@code null} for a name alone ("Reed": nothing says
   * it is the given name), a hyphenated surname ("Mark-Viverito") or a given name of both sexes.
   */
  public static Boolean ofGivenName(List<String> words) {
    if (words.size() < 2 || words.get(1).equals("-")) {
      return null;
    }
    return WORDS.is(FEMININE_GIVEN_NAME, words.get(0)) ? Boolean.TRUE
        : WORDS.is(MASCULINE_GIVEN_NAME, words.get(0)) ? Boolean.FALSE : null;
  }
}
