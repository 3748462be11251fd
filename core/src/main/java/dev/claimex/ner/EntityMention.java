package dev.claimex.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.text.TextSpan;

/**
 * A named entity mention with its resolved entity: every mention of one entity shares {@code entity} and
 * {@code canonical} ("Ardern" and "Jacinda Ardern" → canonical "Jacinda Ardern").
 *
 * <pre>{@code
 * result.entities().stream().filter(e -> e.type() == EntityType.OUTLET).map(EntityMention::canonical)
 * }</pre>
 *
 * @param entity identifier of the resolved entity within the document, from 0
 * @param sentence index of the sentence holding the mention
 */
public record EntityMention(TextSpan span, EntityType type, String canonical, int entity, int sentence) {

  public EntityMention {
    checkNotNull(span, "span");
    checkNotNull(type, "type");
    checkNotNull(canonical, "canonical");
    checkArgument(entity >= 0, "entity must be >= 0: %s", entity);
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
  }

  public String text() {
    return span.text();
  }

  @Override
  public String toString() {
    return type + " " + span + (canonical.equals(span.text()) ? "" : " = " + canonical);
  }
}
