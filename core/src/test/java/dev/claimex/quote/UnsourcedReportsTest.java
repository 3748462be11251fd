package dev.claimex.quote;

import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hedged and agentless reports: attributions with no speaker, and never typed claims. */
class UnsourcedReportsTest {

  @Test
  void anExpectationWithNoSourceReportsItsWholeClause() {
    Attribution report = onlyUnsourced("The central bank is expected to raise interest rates next week.");
    assertEquals("The central bank is expected to raise interest rates next week", report.content().text());
    assertEquals("is expected to", report.cue().text());
  }

  @Test
  void reportedlyBetweenAuxiliaryAndVerbKeepsTheSubject() {
    Attribution report = onlyUnsourced("In March, the company has reportedly hired a new chief executive.");
    assertEquals("the company has reportedly hired a new chief executive", report.content().text());
  }

  @Test
  void aRelativeClauseHedgeReportsFromItsPronoun() {
    Attribution report = onlyUnsourced("The band will play on Sunday, which is expected to attract thousands of fans.");
    assertEquals("which is expected to attract thousands of fans", report.content().text());
  }

  @Test
  void aSubjectWithAnAppositionIsPartOfTheHedgedClause() {
    Attribution report = onlyUnsourced("The chairman, a veteran of the firm, is not expected to attend the meeting.");
    assertEquals("The chairman, a veteran of the firm, is not expected to attend the meeting", report.content().text());
  }

  @Test
  void anImpersonalHedgeReportsWhatFollowsIt() {
    Attribution report = onlyUnsourced("It appears that the storm will miss the coast.");
    assertEquals("the storm will miss the coast", report.content().text());
  }

  @Test
  void aQuestionPutToSomeoneIsReported() {
    Attribution report = onlyUnsourced("The minister was asked whether the tax would rise.");
    assertEquals("whether the tax would rise", report.content().text());
  }

  @Test
  void aFrontedQuestionEndsAtItsComma() {
    Attribution report = onlyUnsourced("Asked whether the plant would close, the manager shrugged.");
    assertEquals("whether the plant would close", report.content().text());
  }

  @Test
  void aQuestionAfterAnAdjunctOfAskedIsReported() {
    Attribution report = onlyUnsourced("Asked on Monday which route was safer, the pilot shrugged.");
    assertEquals("which route was safer", report.content().text());
  }

  @Test
  void aQuestionAfterWhenAskedEndsAtItsComma() {
    Attribution report = onlyUnsourced("When asked by a reporter about the new tax, the mayor laughed.");
    assertEquals("about the new tax", report.content().text());
  }

  @Test
  void aRequestPutToSomeoneIsReported() {
    Attribution report = onlyUnsourced("The senator was asked to name one bill he had passed.");
    assertEquals("to name one bill he had passed", report.content().text());
  }

  @Test
  void theHedgedClauseEndsBeforeACommaThatOpensAnotherClause() {
    Attribution report = onlyUnsourced("The council seems ready to approve the route, but the vote was delayed.");
    assertEquals("The council seems ready to approve the route", report.content().text());
  }

  @Test
  void aHedgedSpeechActIsNoUnsourcedReport() {
    ExtractionResult result = extract("The senator seemed to suggest that the bill would fail.");
    assertTrue(unsourced(result).isEmpty(), () -> result.attributions().toString());
  }

  @Test
  void anExpectedSpeechActIsStillUnsourced() {
    Attribution report = onlyUnsourced("The company is expected to announce that it will close two plants.");
    assertEquals("The company is expected to announce that it will close two plants", report.content().text());
  }

  @Test
  void aReportedClauseIsNotReportedTwice() {
    ExtractionResult result = extract("Officials said the bridge is expected to reopen in March.");
    assertTrue(unsourced(result).isEmpty(), () -> result.attributions().toString());
  }

  @Test
  void unsourcedReportsMakeNoClaims() {
    ExtractionResult result = extract("The central bank is expected to raise interest rates next week.");
    assertTrue(result.claims().isEmpty(), () -> result.claims().toString());
  }

  @Test
  void aHedgedClauseEndsBeforeTheWritersCommentAfterAComma() {
    Attribution report = onlyUnsourced("The plant is expected to close in May, leaving the town without a major employer.");
    assertEquals("The plant is expected to close in May", report.content().text());
  }

  @Test
  void aListInAHedgedClauseGoesOnAcrossItsCommas() {
    Attribution report = onlyUnsourced("The union is expected to demand higher wages, shorter hours and better pensions.");
    assertEquals("The union is expected to demand higher wages, shorter hours and better pensions",
        report.content().text());
  }

  @Test
  void anAdverbSetOffByCommasStaysInTheHedgedClause() {
    Attribution report = onlyUnsourced("The mayor seems willing, however, to cut the fuel tax.");
    assertEquals("The mayor seems willing, however, to cut the fuel tax", report.content().text());
  }

  @Test
  void anAgentlessJudgementReportsItsWholeClause() {
    Attribution report = onlyUnsourced("The old ferry was widely regarded as the safest way across the bay.");
    assertEquals("The old ferry was widely regarded as the safest way across the bay", report.content().text());
  }

  @Test
  void aCommitteeConsideringABillIsNoHedge() {
    ExtractionResult result = extract("The committee is considering a bill on rents.");
    assertTrue(unsourced(result).isEmpty(), () -> result.attributions().toString());
  }

  @Test
  void anAllegationWithNoSourceReportsItsThatClause() {
    Attribution report = onlyUnsourced("There were allegations that the mayor had taken bribes.");
    assertEquals("the mayor had taken bribes", report.content().text());
    assertEquals("allegations", report.cue().text());
  }

  @Test
  void questionsAboutSomethingReportTheirObject() {
    Attribution report = onlyUnsourced("The delays led to questions about the cost of the new bridge.");
    assertEquals("the cost of the new bridge", report.content().text());
  }

  @Test
  void doubtsAboutAnEmbeddedQuestionReportTheQuestion() {
    Attribution report = onlyUnsourced("The storm has left doubts about whether the mine could stay open.");
    assertEquals("whether the mine could stay open", report.content().text());
  }

  @Test
  void aReportNounAsSubjectEndsItsClauseBeforeTheSentencesVerb() {
    Attribution report = onlyUnsourced("The idea that taxes would fall was quietly dropped by the council.");
    assertEquals("taxes would fall", report.content().text());
  }

  @Test
  void callsForSomethingReportWhatIsCalledFor() {
    Attribution report = onlyUnsourced("Amid calls for a new dam, the council met on Monday.");
    assertEquals("a new dam", report.content().text());
    assertEquals("calls", report.cue().text());
  }

  @Test
  void criticismOfSomethingReportsWhatIsCriticised() {
    Attribution report = onlyUnsourced("Despite criticism of the new tax, the council approved it.");
    assertEquals("the new tax", report.content().text());
  }

  @Test
  void aReportThatSomethingHappenedReportsItsClause() {
    Attribution report = onlyUnsourced("Residents were alarmed by a report that the dam had cracked.");
    assertEquals("the dam had cracked", report.content().text());
    assertEquals("report", report.cue().text());
  }

  @Test
  void aReportNounThatANamedSpeakerVoicesIsNotReportedAgain() {
    ExtractionResult result = extract("Investors voiced doubts about whether the mine could stay open.");
    assertTrue(unsourced(result).isEmpty(), () -> result.attributions().toString());
  }

  @Test
  void aRelativeClauseAfterAReportNounIsNoReport() {
    ExtractionResult result = extract("The idea that was floated last spring has been dropped.");
    assertTrue(unsourced(result).isEmpty(), () -> result.attributions().toString());
  }

  private static Attribution onlyUnsourced(String text) {
    ExtractionResult result = extract(text);
    List<Attribution> found = unsourced(result);
    assertEquals(1, found.size(), () -> "attributions: " + result.attributions());
    return found.get(0);
  }

  private static List<Attribution> unsourced(ExtractionResult result) {
    return result.attributions().stream().filter(a -> a.speaker() == null).toList();
  }
}
