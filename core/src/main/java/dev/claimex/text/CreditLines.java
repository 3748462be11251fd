package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimex.models.WordClass.CREDIT_BOILERPLATE;
import static dev.claimex.models.WordClass.CREDIT_BY;
import static dev.claimex.models.WordClass.CREDIT_LABEL;

import dev.claimex.models.WordClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises text that only credits a news outlet: {@code "Source: Reuters"}, {@code "(Reuters +1)"},
 * {@code "AP News"}, {@code "cnn.com"}, {@code "According to Reuters reports."}. Such text is a segment of its own
 * and is never read as a claim; attribution uses it as the outlet of the text around it.
 */
public final class CreditLines {

  private static final WordClasses WORDS = WordClasses.standard();
  /** Labels that introduce a credit whatever follows: "Photo:", "Reporting by", "©". */
  private static final Pattern LABELLED = Pattern.compile(
      "(?i)^\\W*(?:" + WORDS.alternation(CREDIT_LABEL) + "\\s*:"
          + "|(?:additional\\s+)?" + WORDS.alternation(CREDIT_BY) + "\\s+by\\b"
          + "|©|copyright\\b).*");

  private static final Pattern NOISE = Pattern.compile("[\\p{Punct}\\p{Pd}\\d+>»«<|•·…“”‘’]+");
  private static final int MAX_LENGTH = 120;
  private static final int MAX_WORDS = 10;
  private static final int MAX_NAME_WORDS = 4;

  private final OutletNames outlets;

  public CreditLines(OutletNames outlets) {
    this.outlets = checkNotNull(outlets, "outlets");
  }

  /** Whether {@code line} is nothing but an outlet credit. */
  public boolean isCreditLine(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    if (LABELLED.matcher(text).matches()) {
      return true;
    }
    List<String> words = words(text);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return false;
    }
    boolean outletSeen = false;
    for (int i = 0; i < words.size(); ) {
      int length = outletAt(words, i);
      if (length > 0) {
        outletSeen = true;
        i += length;
      } else if (WORDS.is(CREDIT_BOILERPLATE, words.get(i).toLowerCase(Locale.ROOT))) {
        i++;
      } else {
        return false;
      }
    }
    return outletSeen;
  }

  /** The number of words of the longest outlet name that starts at word {@code i}, or 0. */
  private int outletAt(List<String> words, int i) {
    for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
      if (outlets.isOutlet(String.join(" ", words.subList(i, i + n)))) {
        return n;
      }
    }
    return 0;
  }

  /** The words of a line with numbers and punctuation runs dropped; "cnn.com" and "Reuters'" keep their letters. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String raw : text.split("\\s+")) {
      String word = trimPunctuation(raw);
      if (!word.isEmpty() && !NOISE.matcher(word).matches()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String trimPunctuation(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }
}
