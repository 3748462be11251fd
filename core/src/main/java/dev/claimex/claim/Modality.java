package dev.claimex.claim;

/** How firmly a claim is made. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** Softened: "may", "could", "reportedly", "cautious optimism". */
  HEDGED,
  /** Conditional or counterfactual: "if ...", "would". */
  HYPOTHETICAL
}
