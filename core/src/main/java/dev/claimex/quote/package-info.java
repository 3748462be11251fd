/**
 * Attribution: who said what, introduced by which cue, on whose credit.
 *
 * <pre>{@code
 * for (Attribution a : result.attributions()) {
 *   System.out.println(a.kind() + " " + a.speaker() + ": " + a.content().text());   // DIRECT Maria Lopez: "..."
 * }
 * }</pre>
 *
 * <p>An {@link dev.claimex.quote.AttributionFinder} reads a document into {@link dev.claimex.quote.Report}s: cue
 * readers find each cue's speaker and content, then document passes attach quotations, resolve quoted first
 * persons, mark embedded reports and credit outlets. The claim stage types the reports; this package never reads
 * it.
 */
package dev.claimex.quote;
