package dev.claimex.claim;


import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.text.WordToken;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words before a cue that hedge the act or make it hypothetical ("reportedly demanded", "would reject"), from
 * {@code lexicon/modality.tsv}.
 */
public final class ModalityLexicon {

  static final String RESOURCE = "lexicon/modality.tsv";

  private final ImmutableMap<String, Modality> effects;
  private final String version;

  private ModalityLexicon(ImmutableMap<String, Modality> effects, String version) {
    this.effects = effects;
    this.version = version;
  }

  public static ModalityLexicon load() {
    TsvTable table = TsvTable.load(RESOURCE, "id", "word", "modality", "example", "counterexample");
    Map<String, Modality> effects = new HashMap<>();
    for (TsvRow row : table.rows()) {
      Modality modality;
      try {
        modality = Modality.valueOf(row.get("modality"));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      for (String word : Splitter.on('|').omitEmptyStrings().split(row.get("word"))) {
        effects.put(word.toLowerCase(Locale.ROOT), modality);
      }
    }
    return new ModalityLexicon(ImmutableMap.copyOf(effects), table.version());
  }

  /** What a word does to the act after it, by the word as written or its lemma ("appeared"), or {@code null}. */
  public Modality modalityOf(WordToken token) {
    Modality written = effects.get(token.lower());
    return written != null ? written : effects.get(token.key());
  }

  public String version() {
    return version;
  }
}
