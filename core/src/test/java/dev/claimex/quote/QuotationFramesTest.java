package dev.claimex.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which quoted words name a work or a coined word rather than someone's speech. */
class QuotationFramesTest {

  @Test
  void aQuotedTitleOrCoinedWordIsNoSpeech() {
    assertTrue(QuotationFrames.namesAWork("Twin Peaks"));
    assertTrue(QuotationFrames.namesAWork("A Time for Truth"));
    assertTrue(QuotationFrames.namesAWork("birtherism,"));
    assertFalse(QuotationFrames.namesAWork("We are going to win this state"));
    assertFalse(QuotationFrames.namesAWork("Nobody Knows What Happens Next In This Race Anymore"));
  }
}
