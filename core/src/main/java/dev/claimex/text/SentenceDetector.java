package dev.claimex.text;

import com.google.common.collect.ImmutableList;

/** A statistical sentence-boundary model, applied to one stretch of text at a time. */
@FunctionalInterface
public interface SentenceDetector {

  /** The sentences of {@code text.substring(start, end)}, as spans over {@code text}. */
  ImmutableList<TextSpan> detect(String text, int start, int end);

  /** What this detector is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
