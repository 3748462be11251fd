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
 * decides the type from the act in context; condition, polarity and modality come from the content.
 */
package dev.claimex.claim;
