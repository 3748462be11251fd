package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Cues of opinion and evidence beside speech: polls that measure, views held "as", outlets that report facts. */
class EvidenceCuesTest {

  @Test
  void aPollBeforeTheClauseSpeaksIt() {
    Attribution a = assertAttribution("In the latest poll, the mayor leads her rival by six points.", "latest poll",
        "the mayor leads her rival by six points");
    assertEquals("In", a.cue().text());
    assertAttribution("In a survey released Sunday by the college, most voters disapproved of the council.",
        "survey", "most voters disapproved of the council");
    assertAttribution("In the latest poll, conducted in May, the mayor led her rival by six points.", "latest poll",
        "the mayor led her rival by six points");
  }

  @Test
  void otherPlacesAfterInSpeakNothing() {
    assertTrue(extract("In the city, crime fell sharply last year.").attributions().isEmpty());
    assertTrue(extract("The mayor is ahead in the polls.").attributions().isEmpty());
    ExtractionResult letter = extract("In the letter, she wrote that she would resign.");
    assertEquals(1, letter.attributions().size(), letter.attributions()::toString);
  }

  @Test
  void seeingSomethingAsSomethingIsAView() {
    Attribution a = assertAttribution("Some analysts saw the vote as a test of the new government.", "Some analysts",
        "the vote as a test of the new government");
    assertEquals("saw", a.cue().text());
    assertTrue(extract("She saw the film twice last week.").attributions().isEmpty());
  }

  @Test
  void anOutletSpeaksABareFactButOnlyCreditsSpeech() {
    assertAttribution("Wages rose by 3 percent last year, according to Reuters.", "Reuters",
        "Wages rose by 3 percent last year");
    ExtractionResult relayed = extract("The general said the troops would stay, according to Reuters.");
    assertEquals(1, relayed.attributions().size(), relayed.attributions()::toString);
  }
}
