package dev.claimex.ner;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.StageProvenance;
import java.util.List;

/**
 * Finds the names among a sentence's words and types them: the statistical part of entity recognition, which a
 * caller may replace. The built-in {@link NewsEntityRecognizer} corrects the names with its gazetteers, makes them
 * consistent across the document and resolves them to entities; coreference and attribution read the result.
 *
 * <pre>{@code
 * NameTagger freedonia = words -> IntStream.range(0, words.size()).filter(i -> words.get(i).equals("Freedonia"))
 *     .mapToObj(i -> new TaggedName(i, i + 1, EntityType.COUNTRY)).collect(ImmutableList.toImmutableList());
 * Claimex claimex = Claimex.builder().nameTagger(freedonia).build();   // the CoreNLP CRF is never loaded
 * }</pre>
 *
 * <p>Implementations are thread-safe. The built-in tagger is CoreNLP's 3-class CRF ({@code PERSON},
 * {@code ORGANIZATION}, {@code LOCATION}).
 */
@FunctionalInterface
public interface NameTagger {

  /**
   * The names among {@code words} (the tokens of one sentence), in order and within {@code [0, words.size())}; a
   * name that overlaps an earlier one is ignored.
   */
  ImmutableList<TaggedName> find(List<String> words);

  /** What this tagger is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
