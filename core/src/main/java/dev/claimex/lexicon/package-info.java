/**
 * Word lists and rule tables, read from the versioned TSV files of the {@code models} module.
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.load();
 * CueMatch match = cues.match(sentence, 3);   // "warned" at token 3: match.entry().act() == CueAct.WARNING
 * System.out.println(cues.version());
 * }</pre>
 *
 * <p>Adding a cue is a row in {@code cues.tsv} with a positive and a negative example; no Java. This package reads
 * only {@code text}.
 */
package dev.claimex.lexicon;
