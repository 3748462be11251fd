package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One layout unit of a page: a headline, a dateline, a credit line or a paragraph of body text.
 *
 * @param index position of the segment in the document, from 0
 * @param paragraph the paragraph (block of text between blank lines or line breaks) that holds the segment, from 0
 */
public record TextSegment(int index, SegmentKind kind, TextSpan span, int paragraph) {

  public TextSegment {
    checkArgument(index >= 0, "index must be >= 0: %s", index);
    checkNotNull(kind, "kind");
    checkNotNull(span, "span");
    checkArgument(paragraph >= 0, "paragraph must be >= 0: %s", paragraph);
  }
}
