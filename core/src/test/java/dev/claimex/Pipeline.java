package dev.claimex;

import static org.junit.jupiter.api.Assertions.fail;

import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import java.util.stream.Collectors;

/**
 * The one extractor all tests of a JVM share (the models load once). End-to-end cases of attributions and claims
 * are rows of {@code cases.tsv}, replayed by {@code EndToEndCasesTest}.
 */
public final class Pipeline {

  public static final Claimex CLAIMEX = Claimex.english();

  private Pipeline() {}

  public static ExtractionResult extract(String text) {
    return CLAIMEX.extract(text);
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

  public static String listing(ExtractionResult result) {
    return result.claims().stream().map(c -> "  " + c + " {" + c.rule() + "}").collect(Collectors.joining("\n"));
  }
}
