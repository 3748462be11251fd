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
    ExtractionResult result = extract("Countries are being urged to take stronger measures against mosquitoes.");
    Claim c = result.claims().stream().filter(x -> x.type() == ClaimType.APPEAL).findFirst().orElseThrow();
    assertNull(c.speaker());
    assertEquals("Countries", c.addressee().mention().text());
  }

  @Test
  void aCoordinatedVerbTakesTheFirstVerbsSubject() {
    assertClaim("An Islamic council declared a holy war in the region, and called on Muslims to take up arms.",
        ClaimType.APPEAL, "An Islamic council");
  }

  @Test
  void aProtestsPurposeIsNoDemand() {
    assertNoClaim("Thousands of students staged demonstrations on Saturday to demand political reforms.",
        ClaimType.DEMAND);
  }

  @Test
  void aParticipleBeforeANounIsNoClaim() {
    assertNoClaim("Police launched an investigation into alleged crimes by the militia.", ClaimType.ACCUSATION);
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
    Claim c = assertClaim("The senator may have been bribed or blackmailed by the cartel.", ClaimType.THREAT,
        "the cartel");
    assertTrue(c.addressee().mention().text().contains("senator"));
  }

  @Test
  void anActAimedAtIntimidatingIsAThreat() {
    assertClaim("The navy's exercises are aimed at intimidating its neighbours.", ClaimType.THREAT, "The navy's exercises");
  }
  @Test
  void coordinatedVerbsShareTheMainSubject() {
    assertClaim("The union has rejected the offer, walked out of the talks, and vowed to continue the talks next year.",
        ClaimType.PROMISE, "The union");
    assertClaim("Greece, like most other members, plans to impose restrictions on its labour market.",
        ClaimType.THREAT, "Greece");
  }
  @Test
  void theIssuerOfAMessageDemands() {
    assertClaim("The rebel group issued a declaration demanding that the government release its leader.",
        ClaimType.DEMAND, "The rebel group");
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
    assertClaim("Israel is opposed to French mediation, a close aide to the prime minister said.",
        ClaimType.REJECTION, "Israel", "French mediation");
  }
}
