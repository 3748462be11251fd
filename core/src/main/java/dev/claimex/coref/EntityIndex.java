package dev.claimex.coref;

import dev.claimex.ner.EntityMention;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entity mentions of a document, looked up by sentence and token. */
public final class EntityIndex {

  /** A mention with its token range. */
  public record Located(EntityMention mention, int first, int last) {}

  private final Map<Integer, List<Located>> bySentence = new HashMap<>();
  /** Positions in {@link #all} of every mention, by sentence. */
  private final Map<Integer, List<Integer>> positionsBySentence = new HashMap<>();
  private final List<EntityMention> all;

  public EntityIndex(TextAnalysis analysis, List<EntityMention> mentions) {
    this.all = mentions;
    for (int position = 0; position < mentions.size(); position++) {
      positionsBySentence.computeIfAbsent(mentions.get(position).sentence(), k -> new ArrayList<>()).add(position);
    }
    for (EntityMention mention : mentions) {
      TaggedSentence sentence = analysis.sentences().get(mention.sentence());
      int first = sentence.tokenAt(mention.span().start());
      int last = sentence.tokenAt(mention.span().end() - 1);
      if (first >= 0 && last >= first) {
        bySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(new Located(mention, first, last));
      }
    }
  }

  /** The mention covering token {@code i} of sentence {@code s}, or {@code null}. */
  public Located at(int s, int i) {
    for (Located located : bySentence.getOrDefault(s, List.of())) {
      if (located.first() <= i && i <= located.last()) {
        return located;
      }
    }
    return null;
  }

  /** The mentions of sentence {@code s}, in order. */
  List<Located> in(int s) {
    return bySentence.getOrDefault(s, List.of());
  }

  /** The positions in {@link #all()} of the mentions of sentence {@code s}, ascending. */
  List<Integer> positionsIn(int s) {
    return positionsBySentence.getOrDefault(s, List.of());
  }

  List<EntityMention> all() {
    return all;
  }
}
