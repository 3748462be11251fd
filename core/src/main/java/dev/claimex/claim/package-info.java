/**
 * Typed claims: what a speaker does with a report (demands, warns, promises, accuses ...), under which condition,
 * how certain and whether negated.
 *
 * <pre>{@code
 * result.claims().stream()
 *     .filter(c -> c.type() == ClaimType.WARNING && c.condition() != null)
 *     .forEach(c -> System.out.println(c.speaker().canonical() + ": if " + c.condition().text()));
 * }</pre>
 *
 * <p>All typing rules live here: {@link dev.claimex.claim.ClaimTyper} starts from the act a report's cue names and
 * decides the type from the act in context; the condition comes from the content, polarity and modality from the
 * words around the cue (whether the act itself is negated, hedged or only would happen).
 */
package dev.claimex.claim;
