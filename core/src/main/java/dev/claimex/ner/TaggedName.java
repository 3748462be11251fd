package dev.claimex.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A name a {@link NameTagger} found among a sentence's words: words {@code [start, end)} (half-open, counted from
 * 0), of {@code type}.
 *
 * <pre>{@code
 * // words: [Angela, Merkel, visited, Paris, .]
 * new TaggedName(0, 2, EntityType.PERSON);
 * new TaggedName(3, 4, EntityType.LOCATION);
 * }</pre>
 */
public record TaggedName(int start, int end, EntityType type) {

  public TaggedName {
    checkArgument(start >= 0, "start must be >= 0: %s", start);
    checkArgument(end > start, "end (%s) must be > start (%s)", end, start);
    checkNotNull(type, "type");
  }

  /** The number of words. */
  public int length() {
    return end - start;
  }
}
