package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The end of a sentence is read as the patterns read the whole sentence, though only its end is searched. */
class SentenceRepairsTest {

  private static final String[] PIECES = {" ", "  ", "(", ".", ",", ")", "Mr", "Gen", "No", "e.g", "U", "S", "D-",
      "Ore", "al", "x", "word", "Com", "”", "\"", "’", "—", "―", "\u00A0", "\n", "a", "Z", "9"};

  @Test
  void theEndOfASentenceIsReadAsTheWholeIs() {
    record End(Pattern pattern, IntPredicate repeated) {}
    List<End> ends = List.of(new End(SentenceRepairs.ABBREVIATION_END, c -> false),
        new End(SentenceRepairs.NUMBER_SIGN_END, c -> false), new End(SentenceRepairs.SHORT_WORD_END, c -> false),
        new End(SentenceRepairs.STATE_END, c -> false),
        new End(SentenceRepairs.INNER_STOP_END, Character::isLowerCase),
        new End(SentenceRepairs.QUOTATION_DASH_END, c -> Character.isWhitespace(c) || c == '\u00A0'));
    Random random = new Random(11);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder sentence = new StringBuilder();
      // long enough that the part searched is only the end
      for (int n = random.nextInt(40); n > 0; n--) {
        sentence.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sentence.toString();
      for (End end : ends) {
        assertEquals(end.pattern().matcher(text).find(), SentenceRepairs.endsWith(end.pattern(), text, end.repeated()),
            () -> end.pattern() + " on \"" + text + "\"");
      }
    }
  }

  @Test
  void everyTitleMonthAndPlaceAbbreviationEndsNoSentenceInEveryContext() {
    for (String end : List.of("Staff Sgt.", "the Rev.", "on Park Ave.", "since Sep.", "in Mar.")) {
      assertTrue(SentenceRepairs.endsWith(SentenceRepairs.SHORT_WORD_END, end), end);
    }
    for (String end : List.of("since Sep.", "in Jun.", "Gen.")) {
      assertTrue(SentenceRepairs.endsWith(SentenceRepairs.ABBREVIATION_END, end), end);
    }
  }
}
