package dev.claimex.quote;

import dev.claimex.syntax.Phrase;

/**
 * What a cue governs: the content tokens {@code [first, last]}, and the object phrase when the cue takes an
 * addressee or target ("urged <i>both sides</i> to ...").
 *
 * <pre>{@code
 * Complement c = complements.read(s, cue, entities);   // "urged both sides to talk"
 * c.intro();                                          // ContentIntro.TO
 * }</pre>
 *
 * @param intro how the content was introduced, which behaviour reads
 * @param name the last part of the rule id ("that", "of", "named-relative"): provenance only, never read
 */
public record Complement(int first, int last, Phrase object, ContentIntro intro, String name) {}
