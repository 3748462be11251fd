package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Where a report's speaker and content begin and end around adjuncts, labels and asides. */
class ReportEdgesTest {

  @Test
  void aNounPhraseEndsBeforeTheGatheringOrMediumItWasSaidIn() {
    assertAttribution("The senator praised the new budget in an interview on Sunday.", "The senator", "the new budget");
    assertAttribution("The mayor thanked volunteers at a rally in the park.", "The mayor", "volunteers");
  }

  @Test
  void aPlaceOrTimeAfterAtOrInStaysInTheNounPhrase() {
    assertAttribution("The union defended the right of nurses to strike at short notice.", "The union",
        "the right of nurses to strike at short notice");
    assertAttribution("The council criticized the cost of parking at the hospital.", "The council",
        "the cost of parking at the hospital");
  }

  @Test
  void aTranscriptSpeakerInCapitalsSpeaksAndAPageLabelDoesNot() {
    assertAttribution("BAKER: We will carry this county by ten points.", "BAKER",
        "We will carry this county by ten points.");
    ExtractionResult update = extract("UPDATE: The road has reopened to traffic.");
    assertTrue(update.attributions().isEmpty(), update.attributions().toString());
  }

  @Test
  void aHedgeInsideASpeakersReportIsPartOfThatReport() {
    ExtractionResult result = extract(
        "The mayor said that after months of delays and rising costs there were fears that the bridge would close.");
    assertTrue(result.attributions().stream().allMatch(a -> a.speaker() != null), result.attributions().toString());
  }

  @Test
  void aParticipleAfterAnAdverbialAuxiliaryShareTheSubject() {
    assertAttribution("The governor has also announced a new budget, telling reporters that taxes would fall.",
        "The governor", "taxes would fall");
  }

  @Test
  void anAdverbialAsideAfterANameLeavesTheNameTheSubject() {
    assertAttribution("Ann Ward, particularly in recent weeks, has stressed unity, arguing that the party must heal.",
        "Ann Ward", "the party must heal");
  }

  @Test
  void aSubjectWithAPrepositionalPhraseStillOpensTheReportedClause() {
    assertAttribution("The mayor told me her plan for the harbour would create jobs.", "The mayor",
        "her plan for the harbour would create jobs");
  }

  @Test
  void aCueWithAPredicateOfItsOwnReportsNothingBeforeIt() {
    ExtractionResult result = extract("When the talks began in May, the minister felt blindsided by the decision.");
    assertTrue(result.attributions().isEmpty(), result.attributions().toString());
    assertAttribution("The road will reopen on Friday, the mayor told reporters.", "the mayor",
        "The road will reopen on Friday");
  }

  @Test
  void aReflexiveAfterAFindingVerbIsNoReport() {
    ExtractionResult result = extract("The mayor found himself at the centre of a storm over parking fees.");
    assertTrue(result.attributions().isEmpty(), result.attributions().toString());
  }

  @Test
  void aLabelBeforeATallyOrAnAddressIsNoSpeaker() {
    ExtractionResult tally = extract("The delegate count stood as follows.\n\nAnn Ward: 1,204.\n\nTom Hale: 987.");
    assertTrue(tally.attributions().isEmpty(), tally.attributions().toString());
    assertAttribution("Poll: Young Voters Desert Ruling Party", "Poll", "Young Voters Desert Ruling Party");
  }

  @Test
  void aNameGivenAfterKnownAsIsNoReport() {
    ExtractionResult named = extract("Dozens of clubs have closed, many of them known as money pits.");
    assertTrue(named.attributions().isEmpty(), named.attributions().toString());
  }

  @Test
  void addingAThingIsNoStatement() {
    ExtractionResult jobs = extract("In the past five years, the city has added two thousand jobs.");
    assertTrue(jobs.attributions().isEmpty(), jobs.attributions().toString());
    assertAttribution("The governor added that schools would remain closed.", "The governor",
        "schools would remain closed");
  }

  @Test
  void committingAnActOrASumIsNoCommitment() {
    ExtractionResult act = extract("The veteran committed suicide in June after years of treatment.");
    assertTrue(act.attributions().isEmpty(), act.attributions().toString());
    ExtractionResult sum = extract("The donor has committed five million dollars to the campaign.");
    assertTrue(sum.attributions().isEmpty(), sum.attributions().toString());
    assertAttribution("The company committed to cutting emissions by half by 2030.", "The company",
        "to cutting emissions by half by 2030");
  }

  @Test
  void aHeadlineLabelSpeaksAVerblessLine() {
    assertAttribution("Mayor Ortiz: No new taxes for working families.\n\nThe mayor spoke on Monday at city hall.",
        "Ortiz", "No new taxes for working families.");
    ExtractionResult caption = extract("The race tightened on Monday.\n\nJones: A late surge in the count.");
    assertTrue(caption.attributions().isEmpty(), caption.attributions().toString());
  }

  @Test
  void aQuotedTitleOrCoinedWordIsNoSpeech() {
    assertTrue(QuotationFrames.namesAWork("Twin Peaks"));
    assertTrue(QuotationFrames.namesAWork("A Time for Truth"));
    assertTrue(QuotationFrames.namesAWork("birtherism,"));
    assertFalse(QuotationFrames.namesAWork("We are going to win this state"));
    assertFalse(QuotationFrames.namesAWork("Nobody Knows What Happens Next In This Race Anymore"));
  }

  @Test
  void aParentheticalAttributionEndsAtAnAdjunctOfTheSaying() {
    assertAttribution("The deal was never signed, he said, on condition of anonymity.", "he", "The deal was never signed");
    assertAttribution("The network reuses the same logo, said Ann Lee, head of the Farm Union, which tracks such groups.",
        "Ann Lee", "The network reuses the same logo");
  }

  @Test
  void aRelativeClauseOrATimeAfterAnInvertedSpeakerEndsTheAttribution() {
    assertAttribution("Two clinics will close, said Ann Lee, who chairs the health board.", "Ann Lee",
        "Two clinics will close");
    assertAttribution("The ferry will not run, said the harbour master, Tom Hale, on Monday.", "the harbour master",
        "The ferry will not run");
  }

  @Test
  void coordinatedAdjectivesStayInTheSourcesPhrase() {
    assertAttribution("Turnout rose sharply, according to complete but unofficial returns.",
        "complete but unofficial returns", "Turnout rose sharply");
  }
}
