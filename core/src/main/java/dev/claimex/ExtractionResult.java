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
 * result.warnings();   // e.g. [TRUNCATED: document of 6000000 characters cut to 5000000 (maxDocumentLength)]
 * }</pre>
 *
 * @param id the caller's identifier of the document, or {@code null}
 * @param warnings where the library degraded instead of failing (truncation, time budget, a stage that failed)
 */
public record ExtractionResult(String id, String text, ImmutableList<NewsSentence> sentences,
    ImmutableList<EntityMention> entities, ImmutableList<Attribution> attributions, ImmutableList<Claim> claims,
    ImmutableList<ExtractionWarning> warnings, Provenance provenance) {

  public ExtractionResult {
    checkNotNull(text, "text");
    checkNotNull(sentences, "sentences");
    checkNotNull(entities, "entities");
    checkNotNull(attributions, "attributions");
    checkNotNull(claims, "claims");
    checkNotNull(warnings, "warnings");
    checkNotNull(provenance, "provenance");
  }

  /** Whether every part of the document was analysed (no time budget ran out, no stage failed). */
  public boolean complete() {
    return warnings.stream().noneMatch(ExtractionWarning::incomplete);
  }

  /** A one-line summary; the lists print their items one per line with {@code forEach(System.out::println)}. */
  @Override
  public String toString() {
    return "ExtractionResult[" + (id == null ? "" : "id=" + id + ", ") + text.length() + " chars, "
        + sentences.size() + " sentences, " + entities.size() + " entities, " + attributions.size()
        + " attributions, " + claims.size() + " claims" + (warnings.isEmpty() ? "" : ", warnings=" + warnings) + "]";
  }
}
