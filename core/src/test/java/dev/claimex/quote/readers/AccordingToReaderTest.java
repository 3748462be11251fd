package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import org.junit.jupiter.api.Test;

/** What "according to" reports, on hand-tagged sentences. */
class AccordingToReaderTest {

  private final AccordingToReader accordingTo = new AccordingToReader(HandTagged.CUES);

  @Test
  void aTrailingSourceSpeaksTheClauseBeforeIt() {
    Report report = HandTagged.of("Sales/NNS fell/VBD/fall ,/, according/VBG/accord to/TO Smith/NNP ./.")
        .person("Smith").read(accordingTo, "according");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("Sales fell", text(report.content()));
    assertEquals(ContentIntro.BEFORE, report.intro());
    assertEquals(ReportKind.ACCORDING_TO, report.mode());
    assertEquals("cue.according-to/according", report.rule());
  }

  @Test
  void aFrontedSourceSpeaksTheClauseAfterItsComma() {
    Report report = HandTagged.of("According/VBG/accord to/TO Smith/NNP ,/, sales/NNS fell/VBD/fall ./.")
        .person("Smith").read(accordingTo, "According");
    assertEquals("sales fell", text(report.content()));
    assertEquals(ContentIntro.FRONTED, report.intro());
  }

  @Test
  void anOutletOnlyCreditsSpeechItRelays() {
    assertNull(HandTagged.of("Smith/NNP said/VBD/say sales/NNS fell/VBD/fall ,/, according/VBG/accord to/TO"
        + " Reuters/NNP ./.").person("Smith").entity("Reuters", EntityType.OUTLET).read(accordingTo, "according"));
  }

  @Test
  void withoutACommaTheSourceBelongsToTheClause() {
    assertNull(HandTagged.of("Sales/NNS fell/VBD/fall according/VBG/accord to/TO Smith/NNP ./.").person("Smith")
        .read(accordingTo, "according"));
  }
}
