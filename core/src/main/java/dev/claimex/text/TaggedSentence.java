package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A sentence with its tokens, as the rule stages read it. Pipeline-internal.
 *
 * @param segment index of the {@link TextSegment} that holds the sentence
 */
public record TaggedSentence(int index, TextSpan span, SegmentKind segmentKind, int segment, int paragraph,
    ImmutableList<WordToken> tokens) {

  public TaggedSentence {
    checkArgument(index >= 0, "index must be >= 0: %s", index);
    checkNotNull(span, "span");
    checkNotNull(segmentKind, "segmentKind");
    checkNotNull(tokens, "tokens");
  }

  public int size() {
    return tokens.size();
  }

  public WordToken token(int i) {
    return tokens.get(i);
  }

  /** The token at {@code i}, or {@code null} outside the sentence: lets rules look around without bounds checks. */
  public WordToken tokenOrNull(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** The index of the token that covers character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (WordToken t : tokens) {
      if (t.start() <= offset && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }

  /** The span from the start of token {@code from} to the end of token {@code to} (inclusive), over {@code text}. */
  public TextSpan spanOf(String text, int from, int to) {
    return TextSpan.of(text, tokens.get(from).start(), tokens.get(to).end());
  }

  /** The public view of this sentence. */
  public NewsSentence toNewsSentence() {
    return new NewsSentence(index, span, segmentKind, paragraph);
  }
}
