package dev.claimex.lexicon;

import com.google.common.collect.ImmutableSet;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import java.util.Locale;

/**
 * Harmful acts, from {@code lexicon/harm.tsv}: a commitment to one of these is a THREAT rather than a PROMISE
 * ("said it would boycott the vote", "vowed to retaliate"), and a warning of one is a threat ("warned of
 * retaliation").
 */
public final class HarmLexicon {

  static final String RESOURCE = "lexicon/harm.tsv";

  private final ImmutableSet<String> lemmas;
  private final ImmutableSet<String> threatening;
  private final String version;

  private HarmLexicon(ImmutableSet<String> lemmas, ImmutableSet<String> threatening, String version) {
    this.lemmas = lemmas;
    this.threatening = threatening;
    this.version = version;
  }

  public static HarmLexicon load() {
    TsvTable table = TsvTable.load(RESOURCE, "id", "lemma", "warning", "example", "counterexample");
    ImmutableSet.Builder<String> lemmas = ImmutableSet.builder();
    ImmutableSet.Builder<String> threatening = ImmutableSet.builder();
    for (TsvRow row : table.rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      lemmas.add(lemma);
      switch (row.get("warning")) {
        case "yes" -> threatening.add(lemma);
        case "no" -> { }
        default -> throw row.error("warning must be yes or no: " + row.get("warning"));
      }
    }
    return new HarmLexicon(lemmas.build(), threatening.build(), table.version());
  }

  /** Whether a lower-case lemma names a harmful act. */
  public boolean isHarm(String lemma) {
    return lemmas.contains(lemma);
  }

  /** Whether a warning of this act is a threat ("retaliation", not "war" or "crisis"). */
  public boolean threatensWhenWarned(String lemma) {
    return threatening.contains(lemma);
  }

  public String version() {
    return version;
  }
}
