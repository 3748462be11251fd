package dev.claimex.ner;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.StageBudget;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TextAnalysis;

/** Finds the named entities of a document and resolves their mentions to entities. */
@FunctionalInterface
public interface EntityRecognizer {

  /** The mentions in document order. */
  ImmutableList<EntityMention> recognize(TextAnalysis analysis);

  /**
   * The mentions of the sentences read within {@code budget}: a recognizer that checks {@link StageBudget#allows}
   * before each sentence stops there, and the pipeline reads no further. By default the whole document is read.
   */
  default ImmutableList<EntityMention> recognize(TextAnalysis analysis, StageBudget budget) {
    return recognize(analysis);
  }

  /** What this recognizer is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
