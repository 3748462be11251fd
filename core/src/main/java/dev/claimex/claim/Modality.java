package dev.claimex.claim;

/** How certainly the act is reported; a conditional or hedged content leaves the act asserted. */
public enum Modality {
  /** It happened as told. */
  ASSERTED,
  /** The report of the act is hedged: "reportedly demanded", "appeared to threaten", "may be optimistic". */
  HEDGED,
  /** The act did not happen but would or might: "would reject any deal", "could sue". */
  HYPOTHETICAL
}
