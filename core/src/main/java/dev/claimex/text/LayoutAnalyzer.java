package dev.claimex.text;

import com.google.common.collect.ImmutableList;

/** Cuts a page into layout segments: headlines, datelines, bylines, credit lines, list items and paragraphs. */
@FunctionalInterface
public interface LayoutAnalyzer {

  /** The segments of {@code text} in order; white space between them belongs to none. */
  ImmutableList<TextSegment> segment(String text);

  /** What this layout stage is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
