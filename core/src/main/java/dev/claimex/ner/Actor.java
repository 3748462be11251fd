package dev.claimex.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.TextSpan;

/**
 * A party to a claim (speaker, addressee or target): the local mention, as written, and the entity it resolves to
 * ("She" → canonical "Jacinda Ardern"). A group ("both sides") lists its members.
 *
 * <pre>{@code
 * claim.speaker().canonical();   // "Jacinda Ardern"
 * claim.speaker().mention();     // "She"@48-51
 * }</pre>
 */
public record Actor(TextSpan mention, String canonical, EntityType type, ImmutableList<String> members) {

  public Actor {
    checkNotNull(mention, "mention");
    checkNotNull(canonical, "canonical");
    checkArgument(!canonical.isBlank(), "canonical must not be blank");
    checkNotNull(type, "type");
    checkNotNull(members, "members");
  }

  /** An actor who is one party. */
  public static Actor of(TextSpan mention, String canonical, EntityType type) {
    return new Actor(mention, canonical, type, ImmutableList.of());
  }

  /** Whether the mention names several parties jointly. */
  public boolean isGroup() {
    return !members.isEmpty();
  }

  @Override
  public String toString() {
    String local = mention.text().equals(canonical) ? canonical : canonical + " (\"" + mention.text() + "\")";
    return isGroup() ? local + " " + members : local;
  }
}
