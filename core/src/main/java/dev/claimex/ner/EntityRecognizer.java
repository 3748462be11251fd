package dev.claimex.ner;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.TextAnalysis;

/** Finds the named entities of a document and resolves their mentions to entities. */
@FunctionalInterface
public interface EntityRecognizer {

  /** The mentions in document order. */
  ImmutableList<EntityMention> recognize(TextAnalysis analysis);
}
