package dev.claimex.claim;

/** What a noun phrase right after a cue verb is. */
public enum ObjectRole {
  /** Who is told, asked, warned: "urged <i>both parties</i> to ...". */
  ADDRESSEE,
  /** Who is accused, criticised, praised: "accused <i>the government</i> of ...". */
  TARGET,
  /** The claim itself: "denied <i>the report</i>". */
  CONTENT,
  /** Nothing: a noun phrase after the cue starts the reported clause ("said <i>the bridge</i> would ..."). */
  NONE
}
