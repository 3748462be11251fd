/**
 * Cue readers: each reads one shape of report around a cue the lexicon found, its speaker, content and parties.
 *
 * <pre>{@code
 * ReportReader verbs = new VerbReader(CueLexicon.load());
 * Report report = verbs.read(doc, sentence, cue, List.of());   // "The mayor warned that ...": speaker, content
 * }</pre>
 *
 * <p>A cue's row in {@code cues.tsv} names its part of speech, and so its reader ({@link
 * dev.claimex.quote.readers.VerbReader}, {@link dev.claimex.quote.readers.NounReader}, ...); the parse fallback reads
 * the cue verbs the rules leave without a report. Each reader has tests on hand-tagged sentences.
 */
package dev.claimex.quote.readers;
