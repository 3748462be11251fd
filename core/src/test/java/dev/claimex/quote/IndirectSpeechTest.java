package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.assertClaim;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import org.junit.jupiter.api.Test;

/** Reported speech without quotation marks: who the speaker is and where the reported clause ends. */
class IndirectSpeechTest {

  @Test
  void theParseReadsReportsWhoseSubjectTheRulesCannotWalk() {
    assertAttribution("Earlier Monday, her press secretary, Tom Reed, says the vote will be delayed.",
        "her press secretary", "the vote will be delayed");
    assertAttribution("The Vatican says the pope has no plans to visit the region this year.", "The Vatican",
        "the pope has no plans to visit the region this year");
  }

  @Test
  void pollSharesSpeak() {
    assertAttribution("Six in 10 say the governor is doing a good job.", "Six in 10", "the governor is doing a good job");
    assertAttribution("Forty percent said they would vote for the mayor.", "Forty percent",
        "they would vote for the mayor");
  }

  @Test
  void aDocumentDatedByAParticipleSpeaks() {
    assertAttribution("A report published Wednesday said the minister used a private email account.", "A report",
        "the minister used a private email account");
  }

  @Test
  void theSubjectOfSeemToIsTheSpeakerOfTheVerbAfterIt() {
    assertAttribution("The senator seemed to suggest that the bill would fail.", "senator", "the bill would fail");
  }

  @Test
  void aFrontedParticipleOfSpeechHasTheSubjectOfTheMainClause() {
    assertAttribution("Noting that exports fell, the minister said the economy was weak.", "the minister",
        "exports fell");
    assertAttribution("Criticizing the police, she demanded an inquiry.", "she", "the police");
  }

  @Test
  void whatIsProposedIsTheObjectNotAnAddressee() {
    assertAttribution("The mayor proposed a new tax on hotel rooms.", "mayor", "a new tax on hotel rooms");
    assertAttribution("The senator proposed barring lobbyists from the building.", "senator",
        "barring lobbyists from the building");
  }

  @Test
  void anAdjunctAfterATrailingCueIsNoContent() {
    assertAttribution("Taxes will rise next year, Smith said during his speech to the chamber.", "Smith",
        "Taxes will rise next year");
    assertAttribution("This is not about me, the mayor told her aides as she prepared the speech.", "mayor",
        "This is not about me");
  }

  @Test
  void aDecisionIsReportedLikeAnIntention() {
    assertAttribution("The president decided to keep troops in the region.", "president",
        "to keep troops in the region");
    assertTrue(extract("Parents were angry about his decision to leave.").attributions().isEmpty());
  }

  @Test
  void remindingEchoingAndListingReport() {
    assertAttribution("The coach reminded his players that the season was not over.", "coach",
        "the season was not over");
    assertAttribution("The minister echoed the concerns of the farmers.", "minister", "the concerns of the farmers");
    assertAttribution("The report listed three reasons for the delay.", "report", "three reasons for the delay");
  }

  @Test
  void appositiveAfterAnAge() {
    assertAttribution("Mary Lee, 21, a student from Ohio, said she voted for the first time.", "Mary Lee",
        "she voted for the first time");
  }

  @Test
  void gerundSubjectOpensTheReportedClause() {
    assertAttribution("He said legalizing the drug could create thousands of jobs.", "He",
        "legalizing the drug could create thousands of jobs");
  }

  @Test
  void infinitiveContentKeepsItsAddresseeAndEndsAtTheComma() {
    assertAttribution("The senator urged him to resign, but he refused.", "senator", "him to resign");
  }

  @Test
  void anAccusingOrCriticizingVerbReportsItsObjectWithTheCharge() {
    assertAttribution("The opposition accused the mayor of hiding the audit.", "opposition",
        "the mayor of hiding the audit");
    assertAttribution("Teachers criticized the governor for the cuts.", "Teachers", "the governor for the cuts");
    assertAttribution("The spokesman replied to our questions about the budget.", "spokesman",
        "to our questions about the budget");
    // the claim keeps the accused apart from the charge
    Claim claim = assertClaim("The opposition accused the mayor of hiding the audit.", ClaimType.ACCUSATION,
        "opposition", "hiding the audit");
    assertEquals("mayor", claim.target().canonical());
  }

  @Test
  void aGerundAfterTheCuesPrepositionIsTheContent() {
    assertAttribution("The senator called for doubling the number of border guards.", "senator",
        "doubling the number of border guards");
  }

  @Test
  void aParticipleClauseAfterAPrepositionSpeaksForTheSubjectAfterTheComma() {
    assertAttribution("By promising to cut taxes, the senator won the vote.", "senator", "to cut taxes");
    assertAttribution("After saying that he was tired, the mayor left the stage.", "mayor", "he was tired");
  }

  @Test
  void aTellingVerbLeavesItsAddresseeOutOfTheContent() {
    assertAttribution("The senator told reporters that the bill lacked support.", "senator", "the bill lacked support");
  }

  @Test
  void objectContentLeavesTheAdjunctsOfTheEvent() {
    assertAttribution("The governor praised the firefighters at a ceremony on Monday.", "governor", "the firefighters");
    assertAttribution("The union endorsed the mayor last week.", "union", "the mayor");
  }

  @Test
  void aListInsideInfinitiveContentGoesOn() {
    assertAttribution("The mayor pledged to cut taxes, raise wages and build roads.", "mayor",
        "to cut taxes, raise wages and build roads");
  }

  @Test
  void aMidSentenceAttributionBeforeANewClauseTakesTheWholeSentence() {
    assertAttribution("Back home, the senator said, she would vote for the bill.", "senator",
        "Back home, the senator said, she would vote for the bill");
    assertAttribution("Prices, as the minister said, will rise next year.", "minister",
        "Prices, as the minister said, will rise next year");
  }

  @Test
  void aMidSentenceAttributionBeforeANewCueKeepsOnlyWhatCameBefore() {
    assertAttribution("Taxes will rise, the mayor said, adding that schools would get more money.", "mayor",
        "Taxes will rise");
  }

  @Test
  void aReportedClauseEndsBeforeTheSpeakersNextCueVerb() {
    assertAttribution("The mayor said she had met the workers and praised their courage.", "mayor",
        "she had met the workers");
    assertAttribution("The mayor said the company lost money and cut jobs.", "mayor",
        "the company lost money and cut jobs");
  }

  @Test
  void aReportedClauseEndsBeforeACoordinatedClauseOfTheWriter() {
    assertAttribution("The mayor said taxes would rise, and the council has already sued the city.", "mayor",
        "taxes would rise");
  }

  @Test
  void aMidSentenceAccordingToTakesTheWholeSentence() {
    assertAttribution("Sales, according to the company, fell sharply last year.", "company",
        "Sales, according to the company, fell sharply last year");
  }

  @Test
  void aMidSentenceAttributionBeforeAnAdjunctTakesTheWholeSentence() {
    assertAttribution("The emails covered many topics, the newspaper said, including speeches and meetings.",
        "newspaper", "The emails covered many topics, the newspaper said, including speeches and meetings");
  }

  @Test
  void aCoordinatedReportOfAnotherSpeakerEndsTheContent() {
    assertAttribution("The author said he had many talks with the agency, but officials said the talks came late.",
        "author", "he had many talks with the agency");
  }

  @Test
  void aCoordinatedVerbSharingTheReportedSubjectStaysInside() {
    assertAttribution("Patel said he was shocked by the photos and wanted to see the flood for himself.", "Patel",
        "he was shocked by the photos and wanted to see the flood for himself");
  }

  @Test
  void aNameInApposition() {
    assertAttribution("A senior engineer, Maria Lopez, said the bridge was built in 1974.", "Maria Lopez",
        "the bridge was built in 1974");
  }

  @Test
  void anInvertedSpeakerAfterTheContent() {
    assertAttribution("Farmers have more reason to sell their land now, said Tom Baker, a local agent.",
        "Tom Baker", "Farmers have more reason to sell their land now");
  }

  @Test
  void anythingNamedAfterAccordingToIsTheSource() {
    assertAttribution("Wages rose by 3 percent last year, according to the Bureau of Labor Statistics.",
        "the Bureau of Labor Statistics", "Wages rose by 3 percent last year");
  }

  @Test
  void anInfinitiveKeepsItsOwnAdjuncts() {
    assertAttribution("She wanted to work at the bank after college.", "She", "to work at the bank after college");
  }

  @Test
  void aNounPhraseThatRunsOnAfterTheCueIsContentNotAnInvertedSubject() {
    assertAttribution("Jeff Sessions, a senator, said Clinton's acceptance of donations was akin to extortion.",
        "Jeff Sessions", "Clinton's acceptance of donations was akin to extortion");
  }

  @Test
  void anAsideBetweenSubjectAndCue() {
    assertAttribution("Local farmers, like their neighbours across the river, say the new dam threatens their crops.",
        "Local farmers", "the new dam threatens their crops");
  }

  @Test
  void aPartOfAGroupSpeaks() {
    assertAttribution("Many of her supporters say they empathize with her.", "Many of her supporters",
        "they empathize with her");
  }

  @Test
  void whatASayingVerbIsSaidWithIsNoContent() {
    ExtractionResult result = extract("The mayor said in an interview with the Post.");
    assertTrue(result.attributions().stream().noneMatch(a -> a.content().text().contains("Post")),
        result.attributions()::toString);
  }

  @Test
  void aSpeakerBeforeADashAside() {
    assertAttribution("Reilly — who is listed as a lawyer in Ohio — told the Herald he is not planning an appeal.",
        "Reilly", "he is not planning an appeal");
  }

  @Test
  void anAddresseeWithItsPlace() {
    assertAttribution("Garcia told The Daily Star of Beirut she would vote for the mayor.", "Garcia",
        "she would vote for the mayor");
  }

  @Test
  void aQuotedTitleBeforeTheSpeakerIsNotTheContentOfHisReportedClause() {
    assertAttribution("On the station’s “Morning Show,” the senator said the plan would fail.", "the senator",
        "the plan would fail");
    assertAttribution("To chants of “Go! Go!” the mayor said her campaign was “closing strong.”", "the mayor",
        "her campaign was “closing strong.”");
  }

  @Test
  void aQuotedShowInAnAdjunctIsPassedOverToTheThatClause() {
    assertAttribution("The general said on the network's “Evening Report” on Sunday that the troops were in danger.",
        "The general", "the troops were in danger");
    assertAttribution("The mayor said on ''Morning Talk'' that taxes would rise.", "The mayor", "taxes would rise");
  }

  @Test
  void aGerundSubjectWithADemonstrativeOpensTheReportedClause() {
    assertAttribution("Officials have said cutting that fee would be a mistake.", "Officials",
        "cutting that fee would be a mistake");
  }

  @Test
  void aClauseOnlyCueWithAPlainObjectReportsNothing() {
    assertTrue(extract("The governor maintains a comfortable lead in the polls.").attributions().isEmpty());
    assertTrue(extract("Farmers in the north voted their conscience this time.").attributions().isEmpty());
    assertTrue(extract("Taxes are high, and the party has maintained its silence.").attributions().isEmpty());
    assertAttribution("The governor maintains that the polls are wrong.", "governor", "the polls are wrong");
    assertAttribution("The company maintained its workers were safe.", "company", "its workers were safe");
  }

  @Test
  void aClauseOnlyCueSeesAContractedVerbWithATypographicApostrophe() {
    assertAttribution("The union maintained they’re underpaid.", "union", "they’re underpaid");
    assertAttribution("The coach maintained she’ll stay another year.", "coach", "she’ll stay another year");
    assertAttribution("The owner maintained it’s a fair price.", "owner", "it’s a fair price");
  }

  @Test
  void aClauseOnlyCueSeesASubjectThatIsAShareOfSomething() {
    assertAttribution("The agency maintained most of the loans were repaid.", "agency",
        "most of the loans were repaid");
    assertAttribution("The mayor maintained some of this was expected.", "mayor", "some of this was expected");
  }

  @Test
  void knowingAPersonForYearsOrPersonallyReportsNothing() {
    assertTrue(extract("The coach has known the striker for nearly ten years.").attributions().isEmpty());
    assertTrue(extract("Few voters know the new treasurer personally.").attributions().isEmpty());
    assertTrue(extract("The pastor has known the family since 1987.").attributions().isEmpty());
    assertAttribution("The pastor says the family since 1987 has lived here.", "pastor",
        "the family since 1987 has lived here");
    assertAttribution("Engineers knew the bridge was weak for years.", "Engineers", "the bridge was weak for years");
  }
}
