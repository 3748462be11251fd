package dev.claimex.claim;

import dev.claimex.quote.ReportKind;

import static dev.claimex.Pipeline.assertClaim;
import static dev.claimex.Pipeline.assertNoClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClaimTypingTest {

  @Test
  void warningWithConditionAndConsequence() {
    Claim c = assertClaim("The army warned of a wider war if the attacks continued.", ClaimType.WARNING, "army");
    assertEquals("the attacks continued", c.condition().text());
    assertEquals("a wider war", c.consequence().text());
    assertEquals(c.consequence(), c.content());
    assertEquals(Modality.HYPOTHETICAL, c.modality());
  }

  @Test
  void strongConditionTurnsAStatementIntoACondition() {
    Claim c = assertClaim("The minister said that so long as the rebels keep the truce, aid will keep flowing.",
        ClaimType.CONDITION, "minister");
    assertEquals("the rebels keep the truce", c.condition().text());
    assertEquals("aid will keep flowing", c.consequence().text());
  }

  @Test
  void nonNegotiableJudgesItsObject() {
    Claim c = assertClaim("The union considers job security as non-negotiable.", ClaimType.CONDITION, "union");
    assertEquals("job security", c.content().text());
  }

  @Test
  void nominalDemandTakesThePossessorAsSpeaker() {
    Claim c = assertClaim("Talks aim to address the union's main demand: a ten percent pay rise.", ClaimType.DEMAND,
        "union", "a ten percent pay rise");
    assertEquals(ReportKind.NOMINAL, c.attribution());
  }

  @Test
  void agreementIsAnActWithAGroupSpeaker() {
    Claim c = assertClaim("Serbia and Kosovo held talks in Brussels. Both sides reached an agreement to reopen the crossing.",
        ClaimType.AGREEMENT, "Both sides", "reopen the crossing");
    assertEquals(ReportKind.NONE, c.attribution());
    assertEquals(2, c.speaker().members().size());
  }

  @Test
  void accusationHasATarget() {
    Claim c = assertClaim("The opposition accused the government of rigging the vote.", ClaimType.ACCUSATION,
        "opposition", "rigging the vote");
    assertEquals("government", c.target().canonical());
  }

  @Test
  void appealHasAnAddressee() {
    Claim c = assertClaim("The secretary-general urged the two parties to return to the table.", ClaimType.APPEAL,
        "secretary-general", "return to the table");
    assertNotNull(c.addressee());
  }

  @Test
  void denialIsNegative() {
    Claim c = assertClaim("The ministry denied the report of civilian casualties.", ClaimType.DENIAL, "ministry");
    assertEquals(Polarity.NEGATIVE, c.polarity());
  }

  @Test
  void negatedCueIsNegative() {
    Claim c = assertClaim("The coach did not say that the striker was injured.", ClaimType.STATEMENT, "coach");
    assertEquals(Polarity.NEGATIVE, c.polarity());
  }

  @Test
  void hedgesMakeClaimsHedged() {
    assertEquals(Modality.HEDGED, assertClaim("The envoy expressed cautious optimism that a deal was within reach.",
        ClaimType.EXPECTATION, "envoy").modality());
    assertEquals(Modality.HEDGED, assertClaim("Doctors said the outbreak may spread to the capital.",
        ClaimType.STATEMENT, "Doctors").modality());
    assertEquals(Modality.ASSERTED, assertClaim("Doctors said the outbreak has spread to the capital.",
        ClaimType.STATEMENT, "Doctors").modality());
  }

  @Test
  void quotedWordsAreTheQuote() {
    Claim c = assertClaim("The army has warned of “total war” if the talks collapse.", ClaimType.WARNING, "army");
    assertEquals("total war", c.quote().text());
    assertEquals("the talks collapse", c.condition().text());
  }

  @Test
  void aDirectiveInTheContentIsADemandOnItsSubject() {
    Claim c = assertClaim("Russia said on Tuesday that Sudan must return the helicopter.", ClaimType.DEMAND, "Russia");
    assertEquals("Sudan", c.addressee().canonical());
  }

  @Test
  void theSpeakersOwnFutureActIsAPromiseOrWhenNegatedARejection() {
    assertClaim("Hungary has said it will support the resolution.", ClaimType.PROMISE, "Hungary");
    assertClaim("Syria says it will not accept any more refugees.", ClaimType.REJECTION, "Syria");
    assertClaim("The government is willing to release the prisoners.", ClaimType.PROMISE, "government");
  }

  @Test
  void aCommitmentToHarmIsAThreat() {
    assertClaim("Radical farmers said on Friday they would blockade the capital.", ClaimType.THREAT, "Radical farmers");
    assertClaim("The rebels vowed to retaliate against any attack.", ClaimType.THREAT, "rebels");
    assertClaim("The party said it will quit the coalition unless the president resigns.", ClaimType.THREAT, "party");
    assertClaim("The donors vowed to rebuild the school.", ClaimType.PROMISE, "donors");
  }

  @Test
  void aPassiveAccusationNamesItsAgentAsSpeaker() {
    Claim c = assertClaim("The mayor was accused by opposition lawmakers of misusing public funds.",
        ClaimType.ACCUSATION, "opposition lawmakers", "misusing public funds");
    assertEquals("mayor", c.target().canonical());
  }

  @Test
  void noSpeakerNoClaim() {
    assertNoClaim("Success depends on guarantees provided by both capitals.", ClaimType.CONDITION);
    assertNull(dev.claimex.Pipeline.extract("Prices rose sharply in March.").claims().stream().findFirst().orElse(null));
  }
  @Test
  void aidToAWarTornCountryIsNoThreat() {
    assertClaim("The envoy promised to continue military aid to the war-torn republic.", ClaimType.PROMISE,
        "envoy");
    assertNoClaim("The envoy promised to continue military aid to the war-torn republic.", ClaimType.THREAT);
  }

  @Test
  void liftingABanIsNoThreat() {
    assertClaim("The president said he is prepared to lift the ban on the opposition party.", ClaimType.PROMISE,
        "president");
    assertNoClaim("The president said he is prepared to lift the ban on the opposition party.", ClaimType.THREAT);
  }

  @Test
  void failingToReachAnAgreementIsARejection() {
    Claim c = assertClaim("The two unions failed to reach an agreement on wages.", ClaimType.REJECTION, "The two unions");
    assertEquals(Polarity.NEGATIVE, c.polarity());
  }

  @Test
  void sayingThatNamedPartiesMustActIsADemand() {
    Claim c = assertClaim("The charity said Kenyan and Ugandan troops must ensure security in the camp.",
        ClaimType.DEMAND, "charity");
    assertEquals("Kenyan and Ugandan troops", c.addressee().mention().text());
    assertNoClaim("The economist said prices must rise this year.", ClaimType.DEMAND);
  }
  @Test
  void aMandativeSubjunctiveIsAnAppeal() {
    Claim c = assertClaim("The senator suggested that the minister resign.", ClaimType.APPEAL, "senator");
    assertEquals("the minister", c.addressee().mention().text());
    assertNoClaim("Investigators suggested that the fire started in the kitchen.", ClaimType.APPEAL);
    assertNoClaim("Human rights groups said security forces in the north have tortured prisoners.", ClaimType.APPEAL);
  }
}
