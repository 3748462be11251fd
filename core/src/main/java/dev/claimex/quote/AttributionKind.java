package dev.claimex.quote;

/** How reported speech is rendered. */
public enum AttributionKind {
  /** Entirely inside quotation marks. */
  DIRECT,
  /** Paraphrased, no quotation marks. */
  INDIRECT,
  /** Paraphrase that quotes some words. */
  MIXED
}
