package dev.claimex.quote;

/**
 * How a report's content was introduced: what the reader found between the cue and the reported words, or where
 * the words stand when nothing introduces them. Behaviour asks this, never the rule id, which stays on the report
 * as provenance ({@code "cue.say/that"}).
 *
 * <pre>{@code
 * if (report.intro() == ContentIntro.TO) { ... }   // "urged him to resign": the reported span takes in "him to"
 * }</pre>
 */
public enum ContentIntro {
  /** A that-clause: "said <i>that</i> prices rose". */
  THAT,
  /** "To" and what follows: an infinitive ("urged him <i>to</i> resign"), the preposition ("objected to the plan"). */
  TO,
  /** A colon: "warned<i>:</i> no deal", and a speaker label ("WALLACE<i>:</i> Let's start"). */
  COLON,
  /**
   * A quotation after the cue: "said, “We won”"; or one the attribution is set into, from the words before it on
   * ("No new label, he said, “hides what the group is”").
   */
  QUOTE,
  /** A clause with no complementizer: "said prices rose", "said leaving was a mistake". */
  CLAUSE,
  /** An embedded question: "told reporters <i>how</i> surprised he was". */
  QUESTION,
  /** A relative clause going on after the cue, its subject the gap before: "a plan which officials said will cost". */
  GAP,
  /** What is named and its name: "called the plan “a disaster”", "what critics called “a power grab”". */
  NAMED,
  /** What is judged, before "as" or an evaluative adjective: "saw the vote as a test", "considers Y non-negotiable". */
  JUDGED,
  /** A preposition other than "to" and "as": "warned <i>of</i> war", "accused the mayor <i>of</i> lying". */
  PREPOSITION,
  /** The preposition "as": "hailed the deal <i>as</i> a breakthrough"; after a saying verb, often how it was said. */
  AS,
  /** A form of "be" after a cue noun: "the union's main demand <i>is</i> a pay rise". */
  COPULA,
  /** A noun phrase or gerund object: "condemned the attack", "denied taking bribes". */
  OBJECT,
  /**
   * Words before the cue, or around it when it is set into them: "The talks will resume, he said.", "Wages rose,
   * according to Reuters.", "The talks, he said, will resume."
   */
  BEFORE,
  /** The clause after a fronted attribution's comma: "As the minister noted, ...", "In the latest poll, ...". */
  FRONTED,
  /** What follows a passive cue and its agent: "was accused by his successors <i>of</i> misusing funds". */
  PASSIVE,
  /** The clause a dependency parse gives the cue verb. */
  PARSED,
  /** What an adjective of stance governs: "is optimistic <i>that</i> talks will resume". */
  STANCE,
  /** A judgement inside another report, which speaks it: "Y is non-negotiable". */
  NESTED,
  /** A quotation with its attribution written beside it: "“We won,” she beamed", "“...” ― Jo Herrero". */
  BESIDE,
  /** Nothing introduces the content: a quotation given to the latest speaker, a cue read without a frame. */
  NONE
}
