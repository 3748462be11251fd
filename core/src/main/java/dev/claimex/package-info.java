/**
 * The front door: build an extractor once, run it on many documents from many threads.
 *
 * <pre>{@code
 * Claimex claimex = Claimex.builder().timeBudget(Duration.ofSeconds(30)).build();
 * ExtractionResult result = claimex.extract("doc-1", articleText);
 * result.claims().forEach(System.out::println);   // WARNING army (warned): "a wider war" | if: the attacks continued
 * }</pre>
 *
 * <p>{@link dev.claimex.Claimex} runs the stages in order (text, entities, attributions, claims), each within its
 * share of the document's time budget; {@link dev.claimex.ExtractionResult} holds what each stage found, with the
 * warnings and the {@link dev.claimex.Provenance} of the run.
 */
package dev.claimex;
