package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the content of a mixed quotation starts and ends around its quotation marks. */
class MixedQuoteBoundsTest {

  @Test
  void aVerbInsideTheSentenceReportsItsClauseUpToTheQuotation() {
    Attribution attribution = assertAttribution(
        "The retired judge sniped that the new chief, a banker with no farm experience, was \"learning on the job.\"",
        "The retired judge", "the new chief, a banker with no farm experience, was \"learning on the job.\"");
    assertEquals(ReportKind.MIXED, attribution.kind());
  }

  @Test
  void aQuotationClosedWithACommaEndsTheReportBeforeAParticipleOrConcession() {
    assertAttribution("The governor insisted that he has “grown the state economy,” claiming that he alone raised wages.",
        "The governor", "he has “grown the state economy,”");
    assertAttribution("The coach said the season had been “a long climb,” though his team finished first.", "The coach",
        "the season had been “a long climb,”");
    assertAttribution("Voters said the mayor had been ''too slow to act,'' according to a poll by the local paper.",
        "Voters", "the mayor had been ''too slow to act,''");
  }

  @Test
  void aReportInAnOpeningClauseEndsAtItsCommaClosedQuotation() {
    assertAttribution("While the mayor said the plan was “a good start,” the council voted it down.", "the mayor",
        "the plan was “a good start,”");
  }

  @Test
  void wordsBeforeAnAttributionSetIntoTheSentenceBelongToTheQuotationThatGoesOnInLowercase() {
    Attribution fronted = assertAttribution("No new label, she said, “hides what the group really is.”", "she",
        "No new label, she said, “hides what the group really is.”");
    assertEquals(ReportKind.MIXED, fronted.kind());
    assertAttribution("Sooner or later, the governor told reporters, \"the effort pays off.\"", "the governor",
        "Sooner or later, the governor told reporters, \"the effort pays off.\"");
    assertAttribution("Speaking in Ohio, he said, “the plan is working.”", "he", "“the plan is working.”");
    assertAttribution("In the end, she said, “We will win.”", "she", "“We will win.”");
  }

  @Test
  void aQuotationAfterAShortLeadInCarriesOnTheSpeakerOfTheSentenceBefore() {
    Attribution carried = assertAttribution(
        "“She is supposed to lead this city,” the mayor said. Instead, “she just acts like a tired clerk.”",
        "the mayor", "“She is supposed to lead this city,” the mayor said. Instead, “she just acts like a tired clerk.”");
    assertEquals(ReportKind.MIXED, carried.kind());
  }

  @Test
  void aDashAfterTheClosingMarkOpensTheWritersAside() {
    assertAttribution("The senator called the vote an “expensive show” — a phrase she has used before.", "The senator",
        "the vote an “expensive show”");
    assertAttribution("The mayor said the new budget was \"a good start\" - a view the council did not share.",
        "The mayor", "the new budget was \"a good start\"");
  }

  @Test
  void aFullStopInsideTheClosingMarkEndsTheReportBeforeTheNextSentence() {
    assertAttribution("The bishop said every leader was ''both careful and bold.'' Pope Leo was a famously bold leader.",
        "The bishop", "every leader was ''both careful and bold.''");
  }
}
