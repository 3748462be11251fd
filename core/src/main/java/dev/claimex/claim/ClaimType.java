package dev.claimex.claim;

import dev.claimex.lexicon.CueAct;

/** What a speaker does with a claim (see CLAIMS.md for the cues of each). */
public enum ClaimType {
  /** Asserts or reports something: said, stated, noted, stressed. */
  STATEMENT,
  /** Insists that someone act: demanded, insisted, called for. */
  DEMAND,
  /** Asks or urges: urged, asked, called on. */
  APPEAL,
  /** Predicts harm: warned, cautioned. */
  WARNING,
  /** Commits the speaker to harm: threatened, ultimatum. */
  THREAT,
  /** States what must hold for something else to happen: so long as, provided that, non-negotiable. */
  CONDITION,
  /** Commits the speaker to a beneficial act: pledged, promised. */
  PROMISE,
  /** Parties agree or accept: agreed, reached an agreement, signed. */
  AGREEMENT,
  /** Attributes wrongdoing to a target: accused, alleged, blamed. */
  ACCUSATION,
  /** Denies a claim or responsibility: denied, refuted. */
  DENIAL,
  /** Refuses a proposal or demand: rejected, refused, ruled out. */
  REJECTION,
  /** Disapproves: condemned, criticised. */
  CRITICISM,
  /** Endorses or welcomes: welcomed, praised, backed. */
  SUPPORT,
  /** Forecasts or hopes: expects, hopes, expressed optimism. */
  EXPECTATION;

  /** The claim type a reported act starts from, before the act in context says more. */
  public static ClaimType of(CueAct act) {
    return switch (act) {
      case STATEMENT -> STATEMENT;
      case DEMAND -> DEMAND;
      case APPEAL -> APPEAL;
      case WARNING -> WARNING;
      case THREAT -> THREAT;
      case CONDITION -> CONDITION;
      case PROMISE -> PROMISE;
      case AGREEMENT -> AGREEMENT;
      case ACCUSATION -> ACCUSATION;
      case DENIAL -> DENIAL;
      case REJECTION -> REJECTION;
      case CRITICISM -> CRITICISM;
      case SUPPORT -> SUPPORT;
      case EXPECTATION -> EXPECTATION;
    };
  }
}
