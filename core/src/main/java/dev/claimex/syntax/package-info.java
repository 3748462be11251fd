/**
 * Shallow syntax over tagged sentences: noun phrases, subjects, passives, clause bounds.
 *
 * <pre>{@code
 * int end = NounPhrases.endRight(sentence, 0, true);   // "the Foreign Minister of Pakistan said ..." -> 5
 * Phrase subject = new Phrase(sentence.index(), 0, end);
 * }</pre>
 *
 * <p>Rules over part-of-speech tags and lemmas, without a parse; a stage that needs a parse asks the
 * {@link dev.claimex.text.DependencyParser}. This package reads only {@code text} and {@code lexicon}.
 */
package dev.claimex.syntax;
