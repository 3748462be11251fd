package dev.claimex.claim;

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
  /** A speaker label before a colon: "SMITH: ...", "Pat Smith: ...". */
  LABEL
}
