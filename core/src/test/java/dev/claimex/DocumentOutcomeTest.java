package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ner.NameTagger;
import org.junit.jupiter.api.Test;

/** A document of a batch never throws: it gives a result, a partial result with an error, or an error alone. */
class DocumentOutcomeTest {

  private static final String NEWS = "The union warned of a strike if wages were cut, its leader said on Monday.";

  @Test
  void aDocumentReadWholeHasItsResultAndNoError() {
    DocumentOutcome outcome = DocumentOutcome.extract(Pipeline.CLAIMEX, "d1", NEWS);
    assertFalse(outcome.failed());
    assertEquals("d1", outcome.id());
    assertEquals(Pipeline.extract(NEWS).claims(), outcome.result().claims());
  }

  @Test
  void noTextIsAnErrorWithoutResult() {
    DocumentOutcome outcome = DocumentOutcome.extract(Pipeline.CLAIMEX, "d2", null);
    assertTrue(outcome.failed());
    assertNull(outcome.result());
    assertEquals("no text", outcome.error());
  }

  @Test
  void aFailedStageKeepsThePartialResultWithTheWarningAsError() {
    NameTagger broken = words -> {
      throw new IllegalStateException("tagger broke");
    };
    DocumentOutcome outcome = DocumentOutcome.extract(Claimex.builder().nameTagger(broken).build(), "d3", NEWS);
    assertTrue(outcome.failed());
    assertNotNull(outcome.result(), "the sentences read before the failure are kept");
    assertFalse(outcome.result().sentences().isEmpty());
    assertTrue(outcome.error().startsWith("STAGE_FAILED: entities failed: IllegalStateException: tagger broke"),
        outcome.error());
  }

  @Test
  void runningOutOfMemoryOnADocumentIsAnErrorAndTheBatchGoesOn() {
    NameTagger greedy = words -> {
      throw new OutOfMemoryError("Java heap space");
    };
    DocumentOutcome outcome = DocumentOutcome.extract(Claimex.builder().nameTagger(greedy).build(), "d4", NEWS);
    assertNull(outcome.result());
    assertTrue(outcome.error().startsWith("out of memory on this document"), outcome.error());
  }

  @Test
  void anOutcomeWithoutResultNeedsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new DocumentOutcome("d5", null, null));
  }
}
