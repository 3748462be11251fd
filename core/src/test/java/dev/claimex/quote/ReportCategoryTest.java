package dev.claimex.quote;

import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Speech, thought and evidence: what kind of report an attribution is, and keeping only some kinds. */
class ReportCategoryTest {

  private static final String MIXED = "Officials believe the fire was set deliberately. "
      + "The mayor said the plan would fail. The poll found that most voters back the plan.";

  @Test
  void speechThoughtAndEvidenceAreToldApart() {
    assertCategory("The mayor said the plan would fail.", ReportCategory.SPEECH);
    assertCategory("Officials believe the fire was set deliberately.", ReportCategory.THOUGHT);
    assertCategory("Ann Ruiz is confident that the bill will pass.", ReportCategory.THOUGHT);
    assertCategory("The poll found that most voters back the plan.", ReportCategory.EVIDENCE);
    assertCategory("The survey says most voters back the plan.", ReportCategory.EVIDENCE);
  }

  @Test
  void aTextAPartyIssuedSpeaksForIt() {
    assertCategory("The statement said the talks had failed.", ReportCategory.SPEECH);
    assertCategory("The report said the bridge would reopen.", ReportCategory.SPEECH);
    assertCategory("The report found that the bridge was unsafe.", ReportCategory.EVIDENCE);
  }

  @Test
  void theBuilderKeepsOnlyTheCategoriesAskedFor() {
    ExtractionResult speech = Claimex.builder().categories(ReportCategory.SPEECH).build().extract(MIXED);
    assertEquals(1, speech.attributions().size(), speech.attributions()::toString);
    assertTrue(speech.attributions().stream().allMatch(a -> a.category() == ReportCategory.SPEECH));
    assertTrue(speech.claims().stream().allMatch(c -> c.category() == ReportCategory.SPEECH), speech.claims()::toString);
    ExtractionResult others = Claimex.builder().categories(ReportCategory.THOUGHT, ReportCategory.EVIDENCE).build()
        .extract(MIXED);
    assertEquals(2, others.attributions().size(), others.attributions()::toString);
  }

  private static void assertCategory(String text, ReportCategory expected) {
    ExtractionResult result = extract(text);
    assertEquals(1, result.attributions().size(), result.attributions()::toString);
    assertEquals(expected, result.attributions().get(0).category(), result.attributions()::toString);
  }
}
