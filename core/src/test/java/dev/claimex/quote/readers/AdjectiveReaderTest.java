package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a cue adjective reports, on hand-tagged sentences. */
class AdjectiveReaderTest {

  private final AdjectiveReader adjectives = new AdjectiveReader(HandTagged.CUES);

  @Test
  void aStanceIsItsSubjectsOwn() {
    Report report = HandTagged.of("Smith/NNP is/VBZ/be confident/JJ that/IN talks/NNS will/MD resume/VB ./.")
        .person("Smith").read(adjectives, "confident");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("talks will resume", text(report.content()));
    assertEquals(ContentIntro.STANCE, report.intro());
    assertEquals("cue.optimistic/stance", report.rule());
  }

  @Test
  void aJudgementAfterAsJudgesTheObjectOfTheJudgingVerb() {
    Report report = HandTagged.of("Smith/NNP sees/VBZ/see the/DT deal/NN as/IN non-negotiable/JJ ./.")
        .person("Smith").read(adjectives, "non-negotiable");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("the deal", text(report.content()));
    assertEquals(ContentIntro.JUDGED, report.intro());
  }

  @Test
  void aJudgementInsideAnotherReportIsThatReportsSpeakers() {
    HandTagged doc = HandTagged.of("Smith/NNP said/VBD/say job/NN security/NN was/VBD/be non-negotiable/JJ ./.")
        .person("Smith");
    Report said = doc.read(new VerbReader(HandTagged.CUES), "said");
    Report report = doc.read(adjectives, "non-negotiable", List.of(said));
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("job security", text(report.content()));
    assertEquals(ContentIntro.NESTED, report.intro());
    assertEquals(ReportKind.INDIRECT, report.mode());
  }

  @Test
  void aJudgementNoOneSpeaksReportsNothing() {
    assertNull(HandTagged.of("Job/NN security/NN is/VBZ/be non-negotiable/JJ ./.").read(adjectives, "non-negotiable"));
  }
}
