package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import org.junit.jupiter.api.Test;

/** What a name after a dash reports, on hand-tagged sentences. */
class DashReaderTest {

  private final DashReader dashes = new DashReader();

  @Test
  void aNameAfterTheDashSaidTheQuotationBefore() {
    Report report = HandTagged.of("“/`` We/PRP won/VBD/win ./. ”/'' ―/: Jo/NNP Herrero/NNP").read(dashes, "―");
    assertEquals("Jo Herrero", report.speaker().canonical());
    assertEquals(" We won . ", text(report.quote()));
    assertEquals(ReportKind.DIRECT, report.mode());
    assertEquals(ContentIntro.BESIDE, report.intro());
    assertEquals("cue.dash/after-quote", report.rule());
  }

  @Test
  void withoutAQuotationTheDashIsPunctuation() {
    assertNull(HandTagged.of("Prices/NNS rose/VBD/rise ―/: Jo/NNP Herrero/NNP said/VBD/say so/RB").read(dashes, "―"));
  }

  @Test
  void aWordInLowerCaseIsNoName() {
    assertNull(HandTagged.of("“/`` We/PRP won/VBD/win ./. ”/'' ―/: and/CC then/RB some/DT").read(dashes, "―"));
  }
}
