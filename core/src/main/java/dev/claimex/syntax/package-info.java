/**
 * Shallow syntax over tagged sentences, without a parser: noun phrases, subjects, passives, asides and adjuncts.
 *
 * <pre>{@code
 * Phrase who = Subjects.subjectOf(sentence, verb);          // "Hugh Hill, a doctor at the clinic, said": Hugh Hill
 * boolean passive = ShallowSyntax.isPassive(sentence, verb); // "were urged", "the officials recommended by the board"
 * int end = NounPhrases.endRight(sentence, first, true);     // "the reopening of the border crossing"
 * }</pre>
 *
 * <p>Reads {@code text} (and {@code lexicon}); the stages after it ({@code coref}, {@code quote}, {@code claim})
 * read it, never the reverse.
 */
package dev.claimex.syntax;
