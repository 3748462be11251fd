package dev.claimex.lexicon;

/**
 * The act a cue names out of context, as its row in {@code cues.tsv} says: "warned" a warning, "said" a statement.
 * The attribution stage reads it (a plain statement reads its content differently from an accusation); the claim
 * stage starts from it and decides the claim's type from the act in context, so the two may differ ("said she
 * would retaliate" is a threat). Each constant has a claim type of the same name.
 */
public enum CueAct {
  STATEMENT,
  DEMAND,
  APPEAL,
  WARNING,
  THREAT,
  CONDITION,
  PROMISE,
  AGREEMENT,
  ACCUSATION,
  DENIAL,
  REJECTION,
  CRITICISM,
  SUPPORT,
  EXPECTATION
}
