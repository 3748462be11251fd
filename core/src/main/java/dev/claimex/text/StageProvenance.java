package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * What a replaceable stage is, for the provenance of the results it helps make: a name, and the versions of the
 * libraries, models and data it runs on. Every stage interface has a {@code provenance()} method whose default
 * names the implementing class; a stage with models or data of its own says which.
 *
 * <pre>{@code
 * class MyTagger implements NameTagger {
 *   public StageProvenance provenance() {
 *     return StageProvenance.of("my dictionary tagger", Map.of("names.tsv", "3"));
 *   }
 *   ...
 * }
 * }</pre>
 *
 * @param name what the stage is: a class name, or a model's library and id
 * @param versions library, model or data id to version; they join the result's {@code Provenance.versions()}
 */
public record StageProvenance(String name, ImmutableMap<String, String> versions) {

  public StageProvenance {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank");
    checkNotNull(versions, "versions");
  }

  /** A stage with this name and these versions. */
  public static StageProvenance of(String name, Map<String, String> versions) {
    return new StageProvenance(name, ImmutableMap.copyOf(versions));
  }

  /**
   * A stage known by its class: the class name, with no versions. A lambda is named after the class that wrote it
   * ({@code org.example.App$$Lambda}), without the JVM's run-to-run suffix.
   */
  public static StageProvenance of(Object stage) {
    checkNotNull(stage, "stage");
    String name = stage.getClass().getName();
    int lambda = name.indexOf("$$Lambda");
    return new StageProvenance(lambda < 0 ? name : name.substring(0, lambda + "$$Lambda".length()),
        ImmutableMap.of());
  }
}
