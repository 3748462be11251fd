package dev.claimex.text;

import com.google.common.collect.ImmutableList;

/** Tokenizes a sentence and tags each token with its part of speech and lemma. */
@FunctionalInterface
public interface TokenTagger {

  /** The tokens of {@code sentence}, whose offsets index {@code text}. */
  ImmutableList<WordToken> tag(String text, TextSpan sentence);

  /** What this tagger is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
