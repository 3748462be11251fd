package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import org.junit.jupiter.api.Test;

/** What a cue verb reports, on hand-tagged sentences. */
class VerbReaderTest {

  private final VerbReader verbs = new VerbReader(HandTagged.CUES);

  @Test
  void aClauseAfterTheVerbIsWhatItsSubjectSaid() {
    Report report = HandTagged.of("Smith/NNP said/VBD/say taxes/NNS will/MD rise/VB ./.").person("Smith")
        .read(verbs, "said");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("taxes will rise", text(report.content()));
    assertEquals(ContentIntro.CLAUSE, report.intro());
    assertEquals("cue.say/clause", report.rule());
    assertEquals(ReportKind.INDIRECT, report.mode());
  }

  @Test
  void aThatClauseStartsAfterThat() {
    Report report = HandTagged.of("Smith/NNP said/VBD/say that/IN taxes/NNS will/MD rise/VB ./.").person("Smith")
        .read(verbs, "said");
    assertEquals("taxes will rise", text(report.content()));
    assertEquals(ContentIntro.THAT, report.intro());
    assertEquals("cue.say/that", report.rule());
  }

  @Test
  void withNothingAfterTheVerbTheWordsBeforeItAreTheReport() {
    Report report = HandTagged.of("Taxes/NNS will/MD rise/VB ,/, Smith/NNP said/VBD/say ./.").person("Smith")
        .read(verbs, "said");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("Taxes will rise", text(report.content()));
    assertEquals(ContentIntro.BEFORE, report.intro());
    assertEquals("cue.say/trailing", report.rule());
  }

  @Test
  void anAddresseeStandsBetweenTheVerbAndAnInfinitive() {
    Report report = HandTagged.of("Smith/NNP urged/VBD/urge Jones/NNP to/TO resign/VB ./.").person("Smith")
        .person("Jones").read(verbs, "urged");
    assertEquals("Jones", report.addressee().canonical());
    assertEquals("resign", text(report.content()));
    assertEquals(ContentIntro.TO, report.intro());
  }

  @Test
  void aPronounInsideAnotherReportIsThatReportsSpeaker() {
    HandTagged doc = HandTagged.of("Smith/NNP said/VBD/say he/PRP told/VBD/tell Jones/NNP that/IN taxes/NNS will/MD"
        + " rise/VB ./.").person("Smith").person("Jones");
    Report outer = doc.read(verbs, "said");
    Report inner = doc.read(verbs, "told", java.util.List.of(outer));
    assertEquals("Smith", inner.speaker().canonical());
    assertEquals("he", inner.speaker().mention().text());
  }

  @Test
  void aVerbInAnotherSenseReportsNothing() {
    // "maintain" reports only clauses: with a plain noun phrase after it, it keeps a lead and says nothing
    assertNull(HandTagged.of("Smith/NNP maintains/VBZ/maintain a/DT wide/JJ lead/NN ./.").person("Smith")
        .read(verbs, "maintains"));
  }

  @Test
  void aVerbWithNoOneToSpeakReportsNothing() {
    assertNull(HandTagged.of("It/PRP is/VBZ/be hard/JJ to/TO say/VB ./.").read(verbs, "say"));
  }
}
