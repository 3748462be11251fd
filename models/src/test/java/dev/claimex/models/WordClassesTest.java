package dev.claimex.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code words.tsv} shows a member in use and a near miss that must not count; the loader refuses a
 * file that does not match {@link WordClass} one to one.
 */
class WordClassesTest {

  private static final Pattern MARKED = Pattern.compile("\\[([^\\]]+)\\]");
  private static final WordClasses WORDS = WordClasses.standard();

  @TestFactory
  Stream<DynamicTest> eachExampleUsesAMemberAndEachCounterexampleANonMember() {
    TsvTable table = TsvTable.load(WordClasses.RESOURCE, "id", "words", "example", "counterexample", "note");
    return table.rows().stream().map(row -> DynamicTest.dynamicTest(where(row) + " " + row.get("id"), () -> {
      WordClass wordClass = WordClass.valueOf(row.get("id"));
      String member = marked(row, "example");
      assertTrue(WORDS.is(wordClass, member) || WORDS.is(wordClass, member.toLowerCase(Locale.ROOT)),
          () -> where(row) + " '" + member + "' of the example is no " + wordClass);
      String nearMiss = marked(row, "counterexample");
      assertFalse(WORDS.is(wordClass, nearMiss) || WORDS.is(wordClass, nearMiss.toLowerCase(Locale.ROOT)),
          () -> where(row) + " '" + nearMiss + "' of the counterexample is a " + wordClass);
    }));
  }

  /** The one word in [brackets] of a column. */
  private static String marked(TsvRow row, String column) {
    Matcher m = MARKED.matcher(row.get(column));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertEquals(1, found.size(), () -> where(row) + " the " + column + " must mark one word in [brackets]: "
        + row.get(column));
    return found.get(0);
  }

  private static String where(TsvRow row) {
    return row.source() + ":" + row.line();
  }

  @Test
  void everyClassHasMembers() {
    for (WordClass wordClass : WordClass.values()) {
      assertFalse(WORDS.members(wordClass).isEmpty(), wordClass::name);
    }
  }

  @Test
  void aClassIncludesTheClassesItNames() {
    assertTrue(WORDS.is(WordClass.DAY_NAME, "monday"));
    assertTrue(WORDS.is(WordClass.DAY_NAME, "yesterday"));
    assertTrue(WORDS.is(WordClass.NEGATIVE_WORD, "n't"));
    assertTrue(WORDS.is(WordClass.NEGATIVE_WORD, "no"));
    assertFalse(WORDS.is(WordClass.NEGATION, "no"));
    assertTrue(WORDS.is(WordClass.SPEECH_LIGHT_VERB, "issue"));
    assertTrue(WORDS.is(WordClass.ACT_LIGHT_VERB, "issue"));
    assertFalse(WORDS.is(WordClass.ACT_LIGHT_VERB, "voice"));
  }

  @Test
  void membersMatchExactlyAsWritten() {
    assertTrue(WORDS.is(WordClass.WEEKDAY, "monday"));
    assertFalse(WORDS.is(WordClass.WEEKDAY, "Monday"));
    assertTrue(WORDS.is(WordClass.NUMBER_QUANTIFIER, "at least"));
  }

  @Test
  void alternationMatchesMembersLiterally() {
    Pattern abbreviation = Pattern.compile(WORDS.alternation(WordClass.ABBREVIATION_BEFORE_CAPITAL) + "\\.$");
    assertTrue(abbreviation.matcher("e.g.").matches());
    assertFalse(abbreviation.matcher("eXg.").matches());
    assertTrue(abbreviation.matcher("Thurs.").matches() == WORDS.is(WordClass.ABBREVIATION_BEFORE_CAPITAL, "Thurs"));
  }

  // a file of one valid row per class, to break one thing at a time

  private static final String HEADER = "# version: 7\nid\twords\texample\tcounterexample\tnote\n";

  private static String validFile() {
    return HEADER + Stream.of(WordClass.values())
        .map(c -> c + "\tw" + c.ordinal() + "\t[w" + c.ordinal() + "] here.\t[x] here.\tA note.")
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String failure(String text) {
    return assertThrows(ModelResourceException.class, () -> WordClasses.parse("words.tsv", text)).getMessage();
  }

  @Test
  void aValidFileLoadsWithItsVersion() {
    WordClasses words = WordClasses.parse("words.tsv", validFile());
    assertEquals("7", words.version());
    assertTrue(words.is(WordClass.WEEKDAY, "w" + WordClass.WEEKDAY.ordinal()));
  }

  @Test
  void anUnknownClassNamesFileAndLine() {
    String text = validFile().replace("\nWEEKDAY\t", "\nWEEKDAYS\t");
    assertEquals("words.tsv:" + lineOf(text, "WEEKDAYS\t") + ": 'WEEKDAYS' is no WordClass constant", failure(text));
  }

  @Test
  void aClassWithoutARowIsAnError() {
    String text = validFile().lines().filter(line -> !line.startsWith("MONTH\t"))
        .collect(Collectors.joining("\n"));
    assertEquals("words.tsv: no row for word class MONTH", failure(text));
  }

  @Test
  void anUnknownReferenceNamesFileAndLine() {
    String text = validFile().replace("\nDAY_NAME\tw", "\nDAY_NAME\t@WEEKDAYS|w");
    int line = lineOf(text, "DAY_NAME\t");
    assertEquals("words.tsv:" + line + ": @WEEKDAYS names no WordClass constant", failure(text));
  }

  @Test
  void classesThatIncludeEachOtherAreAnError() {
    String text = validFile().replace("\nDAY_NAME\tw", "\nDAY_NAME\t@WEEKDAY|w")
        .replace("\nWEEKDAY\tw", "\nWEEKDAY\t@DAY_NAME|w");
    assertTrue(failure(text).contains("word classes include each other"));
  }

  @Test
  void aWordListedTwiceIsAnError() {
    String text = validFile().replace("\nNEGATION\tw", "\nNEGATION\tnot|not|w");
    int line = lineOf(text, "NEGATION\t");
    assertEquals("words.tsv:" + line + ": 'not' is listed twice", failure(text));
  }

  private static int lineOf(String text, String start) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }
}
