package dev.claimex.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.text.TaggedSentence;
import java.util.List;
import java.util.Locale;

/**
 * Conditional frames from {@code lexicon/conditions.tsv}: the words that split a content into condition and
 * consequence ("so long as", "provided that", "unless", "if").
 */
public final class ConditionLexicon {

  /** One marker, as the words it is written with. */
  public record Marker(String id, ImmutableList<String> words, boolean strong) {

    /** Whether the marker is written as exactly these words: rules read words, never the row's id. */
    public boolean isWritten(String... written) {
      return words.equals(List.of(written));
    }
  }

  /** A marker found in a sentence at tokens {@code [first, last]}. */
  public record MarkerMatch(Marker marker, int first, int last) {}

  static final String RESOURCE = "lexicon/conditions.tsv";

  private final ImmutableList<Marker> markers;
  private final String version;

  private ConditionLexicon(ImmutableList<Marker> markers, String version) {
    this.markers = markers;
    this.version = version;
  }

  public static ConditionLexicon load() {
    TsvTable table = TsvTable.load(RESOURCE, "id", "marker", "strength", "example", "counterexample");
    ImmutableList.Builder<Marker> markers = ImmutableList.builder();
    for (TsvRow row : table.rows()) {
      boolean strong = switch (row.get("strength")) {
        case "strong" -> true;
        case "weak" -> false;
        default -> throw row.error("strength must be strong or weak: " + row.get("strength"));
      };
      for (String phrase : Splitter.on('|').omitEmptyStrings().split(row.get("marker"))) {
        List<String> words = Splitter.on(' ').omitEmptyStrings().splitToList(phrase.toLowerCase(Locale.ROOT));
        markers.add(new Marker(row.get("id"), ImmutableList.copyOf(words), strong));
      }
    }
    return new ConditionLexicon(markers.build(), table.version());
  }

  /** The longest marker that starts at token {@code i}, or {@code null}. */
  public MarkerMatch match(TaggedSentence sentence, int i) {
    MarkerMatch best = null;
    for (Marker marker : markers) {
      int n = marker.words().size();
      if (i + n > sentence.size() || (best != null && n <= best.last() - best.first() + 1)) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = sentence.token(i + k).lower().equals(marker.words().get(k));
      }
      if (all) {
        best = new MarkerMatch(marker, i, i + n - 1);
      }
    }
    return best;
  }

  public ImmutableList<Marker> markers() {
    return markers;
  }

  public String version() {
    return version;
  }
}
