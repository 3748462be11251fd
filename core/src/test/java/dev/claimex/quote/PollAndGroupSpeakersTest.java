package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;

import org.junit.jupiter.api.Test;

/** Speakers that are a share of a poll's respondents, or some of a group, rather than a named person. */
class PollAndGroupSpeakersTest {

  @Test
  void aShareOutOfAFewSpeaks() {
    assertAttribution("One in three say the mayor is doing a good job.", "One in three",
        "the mayor is doing a good job");
    assertAttribution("Nearly nine out of 10 said they would vote again.", "nine out of 10",
        "they would vote again");
  }

  @Test
  void aPercentSignOrAFractionSpeaks() {
    assertAttribution("About 40% said the new park was a waste of money.", "40%",
        "the new park was a waste of money");
    assertAttribution("Three quarters of the tenants said the rent was too high.", "Three quarters",
        "the rent was too high");
    assertAttribution("A minority of members said the club should close.", "A minority", "the club should close");
  }

  @Test
  void thoseAPollAskedSpeak() {
    assertAttribution("Those surveyed said crime was their main worry.", "Those surveyed", "crime was their main worry");
    assertAttribution("Most of those polled said they were less likely to travel this year.", "Most of those polled",
        "they were less likely to travel this year");
  }

  @Test
  void someOfAGroupPlacedByAPrepositionSpeak() {
    assertAttribution("Many in the audience said the speech was too long.", "Many in the audience",
        "the speech was too long");
    assertAttribution("Some on the council said the budget was a disaster.", "Some on the council",
        "the budget was a disaster");
  }

  @Test
  void theMediaReport() {
    assertAttribution("Local media reported that the bridge had been closed.", "Local media",
        "the bridge had been closed");
  }
}
