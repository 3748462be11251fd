package dev.claimex.quote;

/**
 * What the first clause of a plain statement's content does, as the attribution stage reads it: its grammar (a
 * modal after the subject) and who its subject is. The claim stage decides the claim's type from it.
 */
public enum ContentClause {
  /** Nothing the claim stage reads: "said the bridge was closed", or a cue that names its own act. */
  NONE,
  /** Another party is told what to do: "said China must drop its barriers" (the addressee is China). */
  DIRECTIVE,
  /** The speaker's own future act: "Hungary said it will support the resolution". */
  COMMITMENT,
  /** The speaker's own future act, negated: "Syria said it will not accept more refugees". */
  REFUSAL
}
