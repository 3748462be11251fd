/**
 * The JSON view of a result, as {@code CLAIMS.md} specifies it.
 *
 * <pre>{@code
 * String json = ClaimexJson.toPrettyJson(claimex.extract(articleText));
 * Files.writeString(Path.of("claims.json"), json);
 * String line = ClaimexJson.toJson(result);   // one line, for JSON Lines batches
 * }</pre>
 */
package dev.claimex.json;
