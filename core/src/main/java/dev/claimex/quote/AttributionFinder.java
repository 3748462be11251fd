package dev.claimex.quote;

import com.google.common.collect.ImmutableList;
import dev.claimex.ner.EntityMention;
import dev.claimex.text.StageBudget;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TextAnalysis;

/** Finds reported speech and commitments: each cue with its speaker, content, quotation and outlet. */
@FunctionalInterface
public interface AttributionFinder {

  /** The frames of a document, in text order. */
  ImmutableList<Report> find(TextAnalysis analysis, ImmutableList<EntityMention> entities);

  /**
   * The frames of the sentences read within {@code budget}: a finder that checks {@link StageBudget#allows} before
   * each sentence stops there, and the pipeline reads no further. By default the whole document is read.
   */
  default ImmutableList<Report> find(TextAnalysis analysis, ImmutableList<EntityMention> entities,
      StageBudget budget) {
    return find(analysis, entities);
  }

  /** What this finder is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
