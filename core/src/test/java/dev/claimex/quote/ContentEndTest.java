package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;

import org.junit.jupiter.api.Test;

/** Where reported content ends when the sentence's own verb follows it. */
class ContentEndTest {

  @Test
  void aSecondParticipleCueAfterAndOrButStartsAReportOfItsOwn() {
    String text = "The mayor defended the plan, saying the bridge was safe, and arguing that critics had not read it.";
    assertAttribution(text, "The mayor", "the bridge was safe");
    assertAttribution(text, "The mayor", "critics had not read it");
    assertAttribution("The coach praised the team, saying the win was deserved but admitting that luck had helped.",
        "The coach", "the win was deserved");
  }

  @Test
  void aConcessionOrComparisonAfterACommaIsTheWritersOwn() {
    assertAttribution("Most tenants said the rent was fair, compared with a third of owners.", "Most tenants",
        "the rent was fair");
    assertAttribution("The coach said the team was ready, even though two players were injured.", "The coach",
        "the team was ready");
    assertAttribution("The mayor said the budget was balanced, though critics disputed the figures.", "The mayor",
        "the budget was balanced");
  }

  @Test
  void aParticipleOrClauseAboutTheSayingEndsAParentheticalReport() {
    assertAttribution("Sales were strong, he said, wiping his brow.", "he", "Sales were strong");
    assertAttribution("The plan failed, she said, as the vote began.", "she", "The plan failed");
    // a gerund subject or a fronted clause goes on with the report
    assertAttribution("Though the first transfer was smooth, he said, replacing the coach would be much harder.", "he",
        "Though the first transfer was smooth, he said, replacing the coach would be much harder");
    assertAttribution("In those years, she said, when she earned little, a boss offered her a loan.", "she",
        "In those years, she said, when she earned little, a boss offered her a loan");
  }

  @Test
  void aRelativeClauseWithoutThatStaysInTheObject() {
    assertAttribution("She rejected the deal he struck with the union.", "She", "the deal he struck with the union");
    assertAttribution("The mayor denied claims Smith had made about the budget.", "The mayor",
        "claims Smith had made about the budget");
  }

  @Test
  void aParticipleCueInsideTheSubjectReportsOnlyItsObject() {
    assertAttribution("A group backing the governor spent two million dollars on ads.", "A group", "the governor");
    assertAttribution("Farmers opposing the new dam blocked the highway for hours.", "Farmers", "the new dam");
  }

  @Test
  void anInfinitiveAfterANounCueEndsBeforeTheSentencesVerb() {
    assertAttribution("The mayor's promise to fix the roads angered drivers.", "The mayor", "to fix the roads");
    assertAttribution("The union's call to strike drew a sharp reply from the company.", "The union", "to strike");
  }

  @Test
  void aRelativeClauseWithAGapAfterTheCueIsTheContent() {
    assertAttribution("The council approved a plan which officials said will cost billions.", "officials",
        "will cost billions");
    assertAttribution("Divers searched a wreck the navy says was sunk by a mine.", "the navy", "was sunk by a mine");
    assertAttribution("The bridge, which engineers say is unsafe, will close in May.", "engineers", "is unsafe");
  }

  @Test
  void aReportedClauseEndsBeforeACommaAndANewSpeakersThatClause() {
    assertAttribution("The mayor said taxes would rise next year, she added that the budget was tight.", "The mayor",
        "taxes would rise next year");
  }

  @Test
  void aCoordinatedSubjectBeforeTheVerbStaysInTheReportedClause() {
    assertAttribution("The governor said only rich donors and large firms wanted lower taxes.", "The governor",
        "rich donors and large firms wanted lower taxes");
    assertAttribution("Most voters favored the mayor and 30 percent said they backed her rival.", "Most voters",
        "the mayor"); // a share of a poll after "and" reports on its own
  }

  @Test
  void aQuotationOpenedInAReportedClauseRunsToItsClosingMark() {
    assertAttribution("The senator told reporters that the rules “are settled. And I think we should leave them alone.”",
        "The senator", "the rules “are settled. And I think we should leave them alone.”");
    assertAttribution("The governor said that farmers \"do a great job. It is so important for the state.\"",
        "The governor", "farmers \"do a great job. It is so important for the state.\"");
  }

  @Test
  void wordsBetweenDoubledApostrophesStayInTheContent() {
    assertAttribution("The union said that its lawyers had ''studied the offer and decided that the terms were unfair.''",
        "The union", "its lawyers had ''studied the offer and decided that the terms were unfair.''");
  }

  @Test
  void aReportInAnOpeningSubordinateClauseEndsBeforeTheMainClause() {
    assertAttribution("Although the mayor said she opposes new taxes, her budget raises several fees.", "the mayor",
        "she opposes new taxes");
    assertAttribution("While officials said the bridge was safe, engineers closed it in May.", "officials",
        "the bridge was safe");
    assertAttribution("The mayor said that taxes would rise, prices would climb and wages would stall.", "The mayor",
        "taxes would rise, prices would climb and wages would stall");
  }

  @Test
  void aQuotationBeforeAParentheticalAttributionGoesOnWithTheSentencesVerb() {
    assertAttribution("“Only you,” she said, would think of that.", "she", "“Only you,” she said, would think of that");
    assertAttribution("\"The report,\" the senator said, is \"a serious mistake\" that voters will remember.",
        "the senator", "\"The report,\" the senator said, is \"a serious mistake\" that voters will remember");
    assertAttribution("“We won,” she said, smiling at the crowd.", "she", "“We won,”");
  }

  @Test
  void aQuotationSetOffByAColonBeforeItsAttributionIsTheWholeContent() {
    assertAttribution("In her speech, the mayor set out her goal: “Build more homes and build them fast,” she said.",
        "she", "“Build more homes and build them fast,”");
  }

  @Test
  void aThatFollowedByItsVerbOpensARelativeClauseOfTheObject() {
    assertAttribution("The mayor recalled several investments that soured.", "The mayor",
        "several investments that soured");
    assertAttribution("The council acknowledged the old market that stands near the river.", "The council",
        "the old market that stands near the river");
    assertAttribution("The mayor said in a statement that taxes would rise.", "The mayor", "taxes would rise");
  }

  @Test
  void aContrastBetweenTwoQuotedJudgementsStaysInOneReport() {
    assertAttribution("The governor said Tuesday that the bill was \"a total failure\" while the budget is \"a mess.\"",
        "The governor", "the bill was \"a total failure\" while the budget is \"a mess.\"");
    assertAttribution("The mayor said taxes would rise, while her rival wants to cut them.", "The mayor",
        "taxes would rise");
  }

  @Test
  void aCommentOnTheWholeClauseIsTheWritersNotTheReport() {
    assertAttribution("The engineer said he was fired for raising safety concerns, a claim that the firm denies.",
        "The engineer", "he was fired for raising safety concerns");
    assertAttribution("The mayor said the budget would be cut again, one that will anger the unions.", "The mayor",
        "the budget would be cut again");
  }

  @Test
  void aRelativeClauseOnANamedPersonIsTheWritersNote() {
    assertAttribution("The coach said the team had let down Ann Ward, who had backed the club for years.", "The coach",
        "the team had let down Ann Ward");
  }

  @Test
  void aContrastWithoutACommaStaysInTheReport() {
    assertAttribution("The mayor said rents rose while wages fell.", "The mayor", "rents rose while wages fell");
    assertAttribution("The board accused the firm of hiding losses while it sold shares.", "The board",
        "the firm of hiding losses while it sold shares");
  }

  @Test
  void aContrastWithANewSpeakersReportEndsTheReport() {
    String text = "The union alleges the mill dumps waste in the river while the owners deny this.";
    assertAttribution(text, "The union", "the mill dumps waste in the river");
    assertAttribution(text, "the owners", "this");
  }
}
