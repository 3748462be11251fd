package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import org.junit.jupiter.api.Test;

/** What a cue noun reports, on hand-tagged sentences. */
class NounReaderTest {

  private final NounReader nouns = new NounReader(HandTagged.CUES);

  @Test
  void thePossessorSpeaksWhatTheNounIs() {
    Report report = HandTagged.of("The/DT union/NN 's/POS main/JJ demand/NN is/VBZ/be a/DT pay/NN rise/NN ./.")
        .entity("union", EntityType.ORGANIZATION).read(nouns, "demand");
    assertEquals("union", report.speaker().canonical());
    assertEquals("a pay rise", text(report.content()));
    assertEquals(ContentIntro.COPULA, report.intro());
    assertEquals(ReportKind.NOMINAL, report.mode());
    assertEquals("cue.demand-noun/is", report.rule());
  }

  @Test
  void aLightVerbMakesItsSubjectTheSpeaker() {
    Report report = HandTagged.of("Smith/NNP made/VBD/make a/DT demand/NN that/IN taxes/NNS be/VB/be cut/VBN ./.")
        .person("Smith").read(nouns, "demand");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("taxes be cut", text(report.content()));
    assertEquals(ContentIntro.THAT, report.intro());
  }

  @Test
  void aNounNoOneOwnsReportsNothing() {
    assertNull(HandTagged.of("The/DT demand/NN for/IN reform/NN grew/VBD/grow ./.").read(nouns, "demand"));
  }
}
