package dev.claimex.claim;


import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Words that hedge a claim or make it hypothetical, from {@code lexicon/modality.tsv}. */
public final class ModalityLexicon {

  /** Where a word counts: near the cue, or in the first clause of the content. */
  public enum Scope {
    CUE,
    CONTENT
  }

  /** What a word does, and where. */
  public record Effect(Modality modality, Scope scope) {}

  static final String RESOURCE = "lexicon/modality.tsv";

  private final ImmutableMap<String, Effect> effects;
  private final String version;

  private ModalityLexicon(ImmutableMap<String, Effect> effects, String version) {
    this.effects = effects;
    this.version = version;
  }

  public static ModalityLexicon load() {
    TsvTable table = TsvTable.load(RESOURCE, "id", "word", "modality", "scope", "example", "counterexample");
    Map<String, Effect> effects = new HashMap<>();
    for (TsvRow row : table.rows()) {
      Effect effect;
      try {
        effect = new Effect(Modality.valueOf(row.get("modality")),
            Scope.valueOf(row.get("scope").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      for (String word : Splitter.on('|').omitEmptyStrings().split(row.get("word"))) {
        effects.put(word.toLowerCase(Locale.ROOT), effect);
      }
    }
    return new ModalityLexicon(ImmutableMap.copyOf(effects), table.version());
  }

  /** The effect of a lower-case word, or {@code null}. */
  public Effect effectOf(String word) {
    return effects.get(word);
  }

  public String version() {
    return version;
  }
}
