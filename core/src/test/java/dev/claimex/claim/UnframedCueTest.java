package dev.claimex.claim;

import static dev.claimex.Pipeline.assertClaim;
import static dev.claimex.Pipeline.assertNoClaim;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import org.junit.jupiter.api.Test;

class UnframedCueTest {

  @Test
  void aDocumentThatUrgesMakesAnAppealButNoAttribution() {
    Claim c = assertClaim("The paper urges Congress to pass the trade pact.", ClaimType.APPEAL, "The paper");
    assertEquals("Congress", c.addressee().canonical());
    assertEquals("pass the trade pact", c.content().text());
    assertTrue(extract("The paper urges Congress to pass the trade pact.").attributions().isEmpty());
  }

  @Test
  void aPassiveAppealWithNoSpeakerNamesItsAddressee() {
    ExtractionResult result = extract("Farmers are being urged to take stronger measures against locusts.");
    Claim c = result.claims().stream().filter(x -> x.type() == ClaimType.APPEAL).findFirst().orElseThrow();
    assertNull(c.speaker());
    assertEquals("Farmers", c.addressee().mention().text());
  }

  @Test
  void aCoordinatedVerbTakesTheFirstVerbsSubject() {
    assertClaim("A tribal council declared a general strike in the region, and called on workers to stay at home.",
        ClaimType.APPEAL, "A tribal council");
  }

  @Test
  void aProtestsPurposeIsNoDemand() {
    assertNoClaim("Hundreds of nurses staged rallies on Sunday to demand higher pay.",
        ClaimType.DEMAND);
  }

  @Test
  void aParticipleBeforeANounIsNoClaim() {
    assertNoClaim("Prosecutors opened an inquiry into alleged fraud by the company.", ClaimType.ACCUSATION);
  }

  @Test
  void aThingOffersNoPromise() {
    assertNoClaim("Analysts believe mediation offered a credible pathway towards peace.", ClaimType.PROMISE);
  }
  @Test
  void engagingInBlackmailIsAThreat() {
    assertClaim("In the region, criminal gangs engage in blackmail and extortion.", ClaimType.THREAT,
        "criminal gangs");
  }

  @Test
  void aCoordinatedPassiveNamesItsAgent() {
    Claim c = assertClaim("The judge may have been bribed or blackmailed by the gang.", ClaimType.THREAT,
        "the gang");
    assertTrue(c.addressee().mention().text().contains("judge"));
  }

  @Test
  void anActAimedAtIntimidatingIsAThreat() {
    assertClaim("The navy's exercises are aimed at intimidating its neighbours.", ClaimType.THREAT, "The navy's exercises");
  }
  @Test
  void coordinatedVerbsShareTheMainSubject() {
    assertClaim("The union has rejected the offer, walked out of the talks, and vowed to continue the talks next year.",
        ClaimType.PROMISE, "The union");
    assertClaim("Norway, like most other producers, plans to impose limits on its oil exports.",
        ClaimType.THREAT, "Norway");
  }
  @Test
  void theIssuerOfAMessageDemands() {
    assertClaim("The miners' union issued a statement demanding that the company reopen the mine.",
        ClaimType.DEMAND, "The miners' union");
  }

  @Test
  void beingOpposedOrCommittedToIsAStance() {
    assertClaim("The farmers said they were opposed to the new trade deal.", ClaimType.REJECTION, "they");
    assertClaim("The government is committed to cutting emissions by half.", ClaimType.PROMISE, "The government");
  }
  @Test
  void aVerbWithNothingAskedIsNoClaim() {
    assertNoClaim("The council met on Monday, as the mayor had asked.", ClaimType.APPEAL);
  }

  @Test
  void aTrailingAttributionIsNoPartOfTheContent() {
    assertClaim("Chile is opposed to Spanish mediation, a close aide to the president said.",
        ClaimType.REJECTION, "Chile", "Spanish mediation");
  }
}
