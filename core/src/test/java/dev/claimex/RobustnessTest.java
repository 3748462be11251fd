package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gives a result with valid offsets, never an exception; degraded results say so. */
class RobustnessTest {

  private static final String NEWS = "The minister said the border would reopen on Monday, officials said. ";

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("white space only", " \n\n\t \r\n "),
        Arguments.of("one word", "Hello"),
        Arguments.of("50,000 characters without punctuation", "word and more words ".repeat(2_500)),
        Arguments.of("control characters and NUL", "The\u0000 minister\u0007 said\u001b the\u0000 talks failed.\u0000"),
        Arguments.of("unpaired surrogates", "He said \ud800 that the \udc00 talks \ud83d failed. \ude00"),
        Arguments.of("unbalanced quotation marks", "He said “the talks failed. She said \"no. ‘Maybe’’ ” ” “"),
        Arguments.of("nested quotation marks", "He said “she told me ‘the talks “really” failed’ today,” he said."),
        Arguments.of("HTML remnants", "<p>The minister said &amp; warned</p><br/><script>var x = 1;</script> &nbsp;"),
        Arguments.of("all capitals", "THE MINISTER SAID THE BORDER WOULD REOPEN. OFFICIALS WARNED OF FLOODS."),
        Arguments.of("very long line", NEWS.repeat(400)),
        Arguments.of("very many short lines", "Yes\n".repeat(5_000)),
        Arguments.of("only punctuation", "“”‘’\"\"''``...;;::——(())[[]]"),
        Arguments.of("mixed scripts", "Президент сказал, что 中国 said الحدود “closed” आज."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void badInputGivesAValidResult(String name, String input) {
    ExtractionResult result = Pipeline.extract(input);
    Spans.assertConsistent(input, result);
  }

  @Test
  void nonEnglishTextIsFlagged() {
    ExtractionResult result = Pipeline.extract("Der Minister sagte am Montag, dass die Grenze wieder geöffnet werde. "
        .repeat(10));
    assertTrue(result.warnings().stream().anyMatch(w -> w.kind() == ExtractionWarning.Kind.NOT_ENGLISH),
        result.warnings()::toString);
    assertTrue(result.complete());
  }

  @Test
  void aDocumentLongerThanTheLimitIsCutAndSaysSo() {
    Claimex small = Claimex.builder().maxDocumentLength(1_000).build();
    String input = NEWS.repeat(100);
    ExtractionResult result = small.extract(input);
    assertEquals(1_000, result.text().length());
    assertEquals(ExtractionWarning.Kind.TRUNCATED, result.warnings().get(0).kind());
    Spans.assertConsistent(input, result);
  }

  @Test
  void aDocumentThatOutrunsItsBudgetIsPartialAndSaysSo() {
    Claimex hurried = Claimex.builder().timeBudget(Duration.ofMillis(1)).build();
    String input = NEWS.repeat(3_000);
    ExtractionResult result = hurried.extract(input);
    assertFalse(result.complete());
    assertTrue(result.warnings().stream().anyMatch(w -> w.kind() == ExtractionWarning.Kind.TIME_BUDGET_EXCEEDED));
    Spans.assertConsistent(input, result);
  }

  @Test
  void aBudgetOfCenturiesNeverRunsOut() {
    ExtractionResult result = Claimex.builder().timeBudget(Duration.ofDays(365L * 1_000)).build().extract(NEWS);
    assertTrue(result.complete(), result.warnings()::toString);
  }

  @Test
  void callerMistakesFailFastNamingTheValue() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> Pipeline.CLAIMEX.extract(null)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Claimex.builder().minConfidence(1.5))
        .getMessage().contains("1.5"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Claimex.builder().maxDocumentLength(0))
        .getMessage().contains("0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Claimex.builder().timeBudget(Duration.ZERO))
        .getMessage().contains("PT0S"));
  }
}
