package dev.claimex.lexicon;

/** What a noun phrase right after a cue verb is. */
public enum ObjectRole {
  /** Who is told, asked, warned: "urged <i>both parties</i> to ...". */
  ADDRESSEE,
  /** Who is accused, criticised, praised: "accused <i>the government</i> of ...". */
  TARGET,
  /** The claim itself: "denied <i>the report</i>". */
  CONTENT,
  /**
   * What is judged, with the "as" phrase that judges it, which together are the claim: "saw <i>the vote as a
   * test</i>". Without an "as" phrase the cue reports nothing ("saw the film").
   */
  JUDGED,
  /** What the cue names, with the name it is given: both are the claim ("called <i>the plan “a disaster”</i>"). */
  NAMED,
  /** Nothing: a noun phrase after the cue starts the reported clause ("said <i>the bridge</i> would ..."). */
  NONE,
  /**
   * Like {@link #NONE} when a clause follows ("maintained the vote was fair"), but a noun phrase alone is the object
   * of another sense of the verb and reports nothing ("maintained a lead", "knew the mayor", "voted their conscience").
   */
  CLAUSE;

  /** Whether a clause right after the cue is its content, with no object between them. */
  public boolean opensClause() {
    return this == NONE || this == CLAUSE;
  }
}
