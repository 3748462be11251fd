package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import org.junit.jupiter.api.Test;

/** What a speaker label reports, on hand-tagged sentences. */
class LabelReaderTest {

  private final LabelReader labels = new LabelReader(HandTagged.CUES);

  @Test
  void aNameInCapitalsSpeaksTheRestOfItsTurn() {
    Report report = HandTagged.of("SMITH/NNP :/: We/PRP will/MD win/VB ./.", "It/PRP is/VBZ/be ours/PRP ./.")
        .read(labels, ":");
    assertEquals("SMITH", report.speaker().canonical());
    assertEquals("We will win . It is ours .", text(report.content()));
    assertEquals(ContentIntro.COLON, report.intro());
    assertEquals("cue.colon/label", report.rule());
  }

  @Test
  void theNextLabelEndsTheTurn() {
    Report report = HandTagged.of("SMITH/NNP :/: We/PRP will/MD win/VB ./.", "JONES/NNP :/: No/UH ./.")
        .read(labels, ":");
    assertEquals("We will win .", text(report.content()));
  }

  @Test
  void aPagesFurnitureIsNoSpeaker() {
    assertNull(HandTagged.of("UPDATE/NN :/: The/DT road/NN has/VBZ/have reopened/VBN ./.").read(labels, ":"));
  }

  @Test
  void aTallyIsNoTurnOfSpeech() {
    assertNull(HandTagged.of("Smith/NNP :/: 1,769/CD").person("Smith").read(labels, ":"));
  }
}
