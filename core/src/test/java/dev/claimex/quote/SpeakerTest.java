package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Who can be a speaker and whom a speaker's words name: pronouns, groups, long noun phrases. */
class SpeakerTest {

  @Test
  void theWritersFirstPersonSpeaks() {
    assertAttribution("I think the new stadium is a waste of money.", "I", "the new stadium is a waste of money");
    assertAttribution("We asked our readers which candidate won the debate.", "We", "which candidate won the debate");
  }

  @Test
  void anItWithNoOrganisationBeforeItStillSpeaks() {
    assertAttribution("It said the losses would shrink next year.", "It", "the losses would shrink next year");
  }

  @Test
  void firstPersonInsideAQuotationIsTheQuotationsSpeaker() {
    ExtractionResult result = extract("“I think the plan will work,” Mayor Ann Cole said.");
    assertTrue(result.claims().stream().anyMatch(c -> c.speaker() != null && c.speaker().mention().text().equals("I")
        && c.speaker().canonical().equals("Ann Cole")), () -> "claims: " + result.claims());
  }

  @Test
  void anUnresolvedIIsNoAntecedentOfShe() {
    ExtractionResult result = extract("“I think the plan will work,” she said.");
    assertTrue(result.attributions().stream().anyMatch(a -> a.speaker().canonical().equals("she")),
        () -> "attributions: " + result.attributions());
  }
}
