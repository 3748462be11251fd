package dev.claimex;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.claim.Claim;
import dev.claimex.ner.EntityMention;
import dev.claimex.quote.Attribution;
import dev.claimex.text.NewsSentence;

/**
 * Everything Claimex found in one document. Immutable; offsets index {@link #text}.
 *
 * <pre>{@code
 * ExtractionResult result = Claimex.english().extract(article);
 * result.claims().forEach(System.out::println);
 * result.warnings();   // e.g. ["document truncated to 5000000 characters"]
 * }</pre>
 *
 * @param id the caller's identifier of the document, or {@code null}
 * @param warnings where the library degraded instead of failing (truncation, a stage that gave up)
 */
public record ExtractionResult(String id, String text, ImmutableList<NewsSentence> sentences,
    ImmutableList<EntityMention> entities, ImmutableList<Attribution> attributions, ImmutableList<Claim> claims,
    ImmutableList<String> warnings, Provenance provenance) {

  public ExtractionResult {
    checkNotNull(text, "text");
    checkNotNull(sentences, "sentences");
    checkNotNull(entities, "entities");
    checkNotNull(attributions, "attributions");
    checkNotNull(claims, "claims");
    checkNotNull(warnings, "warnings");
    checkNotNull(provenance, "provenance");
  }

  /** A one-line summary; the lists print their items one per line with {@code forEach(System.out::println)}. */
  @Override
  public String toString() {
    return "ExtractionResult[" + (id == null ? "" : "id=" + id + ", ") + text.length() + " chars, "
        + sentences.size() + " sentences, " + entities.size() + " entities, " + attributions.size()
        + " attributions, " + claims.size() + " claims" + (warnings.isEmpty() ? "" : ", warnings=" + warnings) + "]";
  }
}
