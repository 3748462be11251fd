package dev.claimex.claim;

/** Whether the speaker affirms the content or negates it ("did not say", "denied"). */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
