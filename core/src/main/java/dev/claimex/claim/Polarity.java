package dev.claimex.claim;

/** Whether the act happened or is itself negated ("did not deny", "refused to endorse"); a denial is positive. */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
