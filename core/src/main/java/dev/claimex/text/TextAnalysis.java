package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The layout segments and tagged sentences of one document. Pipeline-internal.
 *
 * @param untagged how many sentences (the last ones) were left without tokens because the time budget ran out
 */
public record TextAnalysis(String text, ImmutableList<TextSegment> segments, ImmutableList<TaggedSentence> sentences,
    int untagged) {

  public TextAnalysis {
    checkNotNull(text, "text");
    checkNotNull(segments, "segments");
    checkNotNull(sentences, "sentences");
  }

  /** Whether every sentence was tagged. */
  public boolean complete() {
    return untagged == 0;
  }

  /** The sentence that contains character {@code offset}, or {@code null}. */
  public TaggedSentence sentenceAt(int offset) {
    for (TaggedSentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }
}
