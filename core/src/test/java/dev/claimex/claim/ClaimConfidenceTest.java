package dev.claimex.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.Pipeline;
import org.junit.jupiter.api.Test;

/** The confidence a claim carries: the model's for a typed claim, the attribution's for a statement. */
class ClaimConfidenceTest {

  private static final String TEXT = "The dockers' union warned that a strike would close the harbour next week. "
      + "The harbour master said the cranes were repaired.";

  private static Claim only(ExtractionResult result, ClaimType type) {
    return result.claims().stream().filter(c -> c.type() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + result.claims()));
  }

  @Test
  void aTypedClaimIsRatedByTheModelAndAStatementKeepsItsAttributionConfidence() {
    ExtractionResult result = Pipeline.extract(TEXT);
    Claim warning = only(result, ClaimType.WARNING);
    assertEquals(ConfidenceModel.load().probability(warning.features()), warning.confidence(), 1e-12);
    assertEquals(ClaimType.WARNING, warning.features().type());
    Claim statement = only(result, ClaimType.STATEMENT);
    assertEquals(statement.features().attributionConfidence(), statement.confidence(), 1e-12);
  }

  @Test
  void minConfidenceKeepsClaimsByTheirOwnConfidence() {
    double rated = only(Pipeline.extract(TEXT), ClaimType.WARNING).confidence();
    ExtractionResult kept = Claimex.builder().minConfidence(rated).build().extract(TEXT);
    assertTrue(kept.claims().stream().anyMatch(c -> c.type() == ClaimType.WARNING), kept.claims().toString());
    ExtractionResult left = Claimex.builder().minConfidence(Math.min(1, rated + 1e-6)).build().extract(TEXT);
    assertTrue(left.claims().stream().allMatch(c -> c.type() != ClaimType.WARNING), left.claims().toString());
  }
}
