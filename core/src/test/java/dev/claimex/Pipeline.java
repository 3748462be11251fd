package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.Attribution;
import java.util.stream.Collectors;

/**
 * The one extractor all tests of a JVM share (the models load once), and one-line assertions that read like the
 * behaviour they check: {@code assertClaim("Pakistan warned of war.", WARNING, "Pakistan")}.
 */
public final class Pipeline {

  public static final Claimex CLAIMEX = Claimex.english();

  private Pipeline() {}

  public static ExtractionResult extract(String text) {
    return CLAIMEX.extract(text);
  }

  /** The claim of {@code type} whose speaker is {@code speaker} (canonical name or mention text). */
  public static Claim assertClaim(String text, ClaimType type, String speaker) {
    ExtractionResult result = extract(text);
    for (Claim claim : result.claims()) {
      if (claim.type() == type && names(claim.speaker(), speaker)) {
        return claim;
      }
    }
    return fail("no " + type + " claim by " + speaker + " in: " + text + "\nclaims:\n" + listing(result));
  }

  /** The claim of {@code type} by {@code speaker} whose content is exactly {@code content}. */
  public static Claim assertClaim(String text, ClaimType type, String speaker, String content) {
    ExtractionResult result = extract(text);
    for (Claim claim : result.claims()) {
      if (claim.type() == type && names(claim.speaker(), speaker) && claim.content().text().equals(content)) {
        return claim;
      }
    }
    return fail("no " + type + " claim by " + speaker + " saying \"" + content + "\" in: " + text + "\nclaims:\n"
        + listing(result));
  }

  public static void assertNoClaim(String text, ClaimType type) {
    ExtractionResult result = extract(text);
    assertTrue(result.claims().stream().noneMatch(c -> c.type() == type),
        () -> "unexpected " + type + " claim in: " + text + "\nclaims:\n" + listing(result));
  }

  /** The attribution by {@code speaker} whose content is {@code content}. */
  public static Attribution assertAttribution(String text, String speaker, String content) {
    ExtractionResult result = extract(text);
    for (Attribution attribution : result.attributions()) {
      if (names(attribution.speaker(), speaker) && attribution.content().text().equals(content)) {
        return attribution;
      }
    }
    return fail("no attribution by " + speaker + " of \"" + content + "\" in: " + text + "\nattributions:\n"
        + result.attributions().stream().map(a -> "  " + a).collect(Collectors.joining("\n")));
  }

  /** The entity mention written {@code surface}, of {@code type}. */
  public static EntityMention assertEntity(String text, String surface, EntityType type) {
    ExtractionResult result = extract(text);
    for (EntityMention mention : result.entities()) {
      if (mention.text().equals(surface) && mention.type() == type) {
        return mention;
      }
    }
    return fail("no " + type + " \"" + surface + "\" in: " + text + "\nentities: " + result.entities());
  }

  static boolean names(Actor actor, String name) {
    return actor != null && (actor.canonical().equals(name) || actor.mention().text().equals(name));
  }

  static String listing(ExtractionResult result) {
    return result.claims().stream().map(c -> "  " + c + " {" + c.rule() + "}").collect(Collectors.joining("\n"));
  }
}
