package dev.claimex.text;

import static dev.claimex.models.WordClass.FUNCTION_WORD;

import dev.claimex.models.WordClasses;
import java.util.Locale;

/**
 * Whether a text looks like English: in English prose about a third of the words are a handful of function
 * words ("the", "of", "and", "to" ...); in other languages, or in word lists and code, almost none are.
 */
public final class EnglishCheck {

  private static final WordClasses WORDS = WordClasses.standard();
  private static final int SAMPLE_CHARS = 20_000;
  private static final int MIN_WORDS = 30;
  private static final double MIN_SHARE = 0.08;

  private EnglishCheck() {}

  /** True unless the text has enough words to judge and too few English function words among them. */
  public static boolean looksEnglish(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int words = 0;
    int function = 0;
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (!word.isEmpty()) {
        words++;
        function += WORDS.is(FUNCTION_WORD, word) ? 1 : 0;
      }
    }
    return words < MIN_WORDS || (double) function / words >= MIN_SHARE;
  }
}
