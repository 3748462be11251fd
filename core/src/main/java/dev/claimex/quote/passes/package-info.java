/**
 * Document passes: each takes the reports of a whole document and returns revised reports, in a declared order.
 *
 * <pre>{@code
 * List<Report> reports = read;
 * for (ReportPass pass : List.of(new QuotedFirstPerson(), new EmbeddedSpeech(), new OutletCredits())) {
 *   reports = pass.apply(reports, context);
 * }
 * }</pre>
 *
 * <p>A pass is pure: it leaves its input as it was and keeps nothing between calls, so the order of the list is the
 * only order that matters.
 */
package dev.claimex.quote.passes;
