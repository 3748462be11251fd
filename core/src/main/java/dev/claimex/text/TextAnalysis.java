package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The layout segments and tagged sentences of one document. Pipeline-internal.
 *
 * <p>Sentences are in text order and do not overlap, and each sentence's {@code index} is its position: offsets are
 * looked up by binary search, so that passes over long documents stay n·log n.
 *
 * @param untagged how many sentences (the last ones) were left without tokens because the time budget ran out
 */
public record TextAnalysis(String text, ImmutableList<TextSegment> segments, ImmutableList<TaggedSentence> sentences,
    int untagged) {

  public TextAnalysis {
    checkNotNull(text, "text");
    checkNotNull(segments, "segments");
    checkNotNull(sentences, "sentences");
    for (int i = 0; i < sentences.size(); i++) {
      TaggedSentence s = sentences.get(i);
      checkArgument(s.index() == i, "sentence %s has index %s", i, s.index());
      checkArgument(i == 0 || sentences.get(i - 1).span().end() <= s.span().start(),
          "sentence %s (%s) starts before sentence %s ends", i, s.span(), i - 1);
    }
  }

  /** Whether every sentence was tagged. */
  public boolean complete() {
    return untagged == 0;
  }

  /**
   * This analysis with the sentences from {@code read} on left without tokens: what later stages may read when an
   * earlier one stopped there. Sentences keep their spans, so the result still covers the whole text.
   */
  public TextAnalysis readUpTo(int read) {
    if (read >= sentences.size() - untagged) {
      return this;
    }
    ImmutableList.Builder<TaggedSentence> kept = ImmutableList.builder();
    for (TaggedSentence s : sentences) {
      kept.add(s.index() < read ? s
          : new TaggedSentence(s.index(), s.span(), s.segmentKind(), s.segment(), s.paragraph(), ImmutableList.of()));
    }
    return new TextAnalysis(text, segments, kept.build(), sentences.size() - Math.max(0, read));
  }

  /** The sentence that contains character {@code offset}, or {@code null}. */
  public TaggedSentence sentenceAt(int offset) {
    int i = sentenceIndexFrom(offset);
    return i >= 0 && offset < sentences.get(i).span().end() ? sentences.get(i) : null;
  }

  /**
   * The index of the last sentence that starts at or before {@code offset}, or -1 when none does. Every offset
   * belongs to exactly one such index (the space after a sentence belongs to it), so two spans that overlap share
   * one.
   */
  public int sentenceIndexFrom(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}
