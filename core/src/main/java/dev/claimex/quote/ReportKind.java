package dev.claimex.quote;

/** How the text attributes a claim to its speaker. */
public enum ReportKind {
  /** The content is a quotation. */
  DIRECT,
  /** Reported speech without quotation marks. */
  INDIRECT,
  /** Reported speech that quotes some of its words. */
  MIXED,
  /** "..., according to X". */
  ACCORDING_TO,
  /** A noun carries the claim: "X's demand: ...", "X's warning that ...". */
  NOMINAL,
  /** Not speech: an act or commitment ("reached an agreement"). */
  NONE
}
