package dev.claimex.lexicon;

/** The part of speech of a cue's head word. */
public enum CuePart {
  /** "warned", "called for", "reached an agreement". */
  VERB,
  /** "demand", "warning" (the speaker is a possessor or a by-phrase). */
  NOUN,
  /** "non-negotiable", "optimistic". */
  ADJECTIVE,
  /** "according to". */
  PREPOSITION,
  /** A preposition before a document that speaks: "In the latest poll, the mayor leads ...". */
  SOURCE,
  /** A speaker label before a colon: "SMITH: ...", "Pat Smith: ...". */
  LABEL
}
