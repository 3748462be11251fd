package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the content of a mixed quotation starts and ends around its quotation marks. */
class MixedQuoteBoundsTest {

  @Test
  void aVerbInsideTheSentenceReportsItsClauseUpToTheQuotation() {
    Attribution attribution = assertAttribution(
        "The retired judge sniped that the new chief, a banker with no farm experience, was \"learning on the job.\"",
        "The retired judge", "the new chief, a banker with no farm experience, was \"learning on the job.\"");
    assertEquals(AttributionKind.MIXED, attribution.kind());
  }
}
