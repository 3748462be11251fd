package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;

import org.junit.jupiter.api.Test;

/** The subject of a saying verb across what stands between them. */
class SpeakerAcrossAsidesTest {

  @Test
  void aSubordinateClauseBetweenSubjectAndVerb() {
    assertAttribution("Nolan, after the audit was published in May, said that the fund was empty.", "Nolan",
        "the fund was empty");
  }

  @Test
  void aParticipleAfterAQuotationClosedByAComma() {
    assertAttribution("The coach gave a defense of “team spirit,” saying the players had earned a rest.", "coach",
        "the players had earned a rest");
  }

  @Test
  void theNameBeforeTwoAppositives() {
    assertAttribution("Ann Park, head of the Farm Union, a group of growers, said prices had collapsed.", "Ann Park",
        "prices had collapsed");
  }

  @Test
  void aSubjectSetOffBeforeTheCueIsNoInversion() {
    assertAttribution("Hill, an analyst, said the deal, which was signed in May, would fail.", "Hill",
        "the deal, which was signed in May, would fail");
    assertAttribution("The plan will fail, said Hill, an analyst.", "Hill", "The plan will fail");
  }

  @Test
  void aCommonNounSubjectBeforeAnAppositive() {
    assertAttribution("The minister, a lawyer, said the talks would resume.", "The minister",
        "the talks would resume");
    assertAttribution("In Rome, the union's leader, a former miner, says the deal is fair.", "the union's leader",
        "the deal is fair");
  }
}
