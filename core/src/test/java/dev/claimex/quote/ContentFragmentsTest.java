package dev.claimex.quote;

import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimex.ExtractionResult;
import dev.claimex.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A content that narration interrupts comes in fragments that hold no narration. */
class ContentFragmentsTest {

  @Test
  void aQuotationInterruptedByItsCueIsTwoFragments() {
    assertFragments("“The plan will fail,” she said. “Nobody has paid for it.”",
        List.of("“The plan will fail,”", "“Nobody has paid for it.”"));
  }

  @Test
  void aNestedQuotationStaysInsideItsQuotation() {
    assertFragments("“You say you ‘accept responsibility,’” Merkley said. “That is not accepting responsibility.”",
        List.of("“You say you ‘accept responsibility,’”", "“That is not accepting responsibility.”"));
  }

  @Test
  void anIndirectContentIsCutAroundTheNarrationInsideIt() {
    assertFragments("The plan, Mayor Ann Cole said on Monday, would fail within a year.",
        List.of("The plan", "would fail within a year"));
  }

  @Test
  void aContentInOnePieceIsItsOwnFragment() {
    ExtractionResult result = extract("The mayor said the plan would fail within a year.");
    Attribution attribution = result.attributions().get(0);
    assertEquals(List.of(attribution.content()), attribution.fragments());
  }

  @Test
  void claimsCarryTheFragmentsOfTheirContent() {
    ExtractionResult result = extract("“We will strike back,” the general said. “Nobody should doubt it.”");
    assertEquals(true, result.claims().stream().anyMatch(c -> c.fragments().size() == 2),
        result.claims()::toString);
  }

  private static void assertFragments(String text, List<String> expected) {
    ExtractionResult result = extract(text);
    Attribution attribution = result.attributions().stream().filter(a -> a.fragments().size() > 1).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution in fragments: " + result.attributions()));
    assertEquals(expected, attribution.fragments().stream().map(TextSpan::text).toList());
  }
}
