package dev.claimex.text;

import com.google.common.collect.ImmutableList;

/** Splits the segments of a page into sentences. */
@FunctionalInterface
public interface SentenceSplitter {

  /** The sentences of one segment, in order, as spans over {@code text}. */
  ImmutableList<TextSpan> split(String text, TextSegment segment);

  /** What this splitter is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
