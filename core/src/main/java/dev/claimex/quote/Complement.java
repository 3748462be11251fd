package dev.claimex.quote;

import dev.claimex.syntax.Phrase;

/**
 * What a cue governs: the content tokens {@code [first, last]}, and the object phrase when the cue takes an
 * addressee or target ("urged <i>both sides</i> to ...").
 *
 * @param frame how the content was introduced ("that", "to", "of", "colon", "clause", "object", ...), for the rule id
 */
record Complement(int first, int last, Phrase object, String frame) {}
