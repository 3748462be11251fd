package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sentence of the result, in document order, with the kind of layout segment it belongs to (a headline or a
 * credit line is a sentence of its own).
 *
 * <pre>{@code
 * result.sentences().get(0).span().text();   // "The two governments resumed talks on Monday ..."
 * }</pre>
 */
public record NewsSentence(int index, TextSpan span, SegmentKind segmentKind, int paragraph) {

  public NewsSentence {
    checkArgument(index >= 0, "index must be >= 0: %s", index);
    checkNotNull(span, "span");
    checkNotNull(segmentKind, "segmentKind");
    checkArgument(paragraph >= 0, "paragraph must be >= 0: %s", paragraph);
  }

  @Override
  public String toString() {
    return "#" + index + " " + segmentKind + " " + span;
  }
}
