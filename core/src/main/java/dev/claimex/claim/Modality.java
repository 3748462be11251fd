package dev.claimex.claim;

/** How firmly a claim is made. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** Softened: "may", "could", "reportedly", "cautiously hopeful". */
  HEDGED,
  /** Conditional or counterfactual: "if ...", "would". */
  HYPOTHETICAL
}
