package dev.claimex.quote;

import com.google.common.collect.ImmutableList;
import dev.claimex.claim.CueFrame;
import dev.claimex.ner.EntityMention;
import dev.claimex.text.TextAnalysis;

/** Finds reported speech and commitments: each cue with its speaker, content, quotation and outlet. */
@FunctionalInterface
public interface AttributionFinder {

  /** The frames of a document, in text order. */
  ImmutableList<CueFrame> find(TextAnalysis analysis, ImmutableList<EntityMention> entities);
}
