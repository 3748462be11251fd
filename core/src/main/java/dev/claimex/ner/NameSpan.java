package dev.claimex.ner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A typed name found in a sentence, before resolution: tokens {@code [first, last]} of sentence {@code sentence}.
 *
 * @param listedName the canonical name when a gazetteer supplied it, else {@code null}
 */
record NameSpan(int sentence, int first, int last, EntityType type, String listedName) {

  NameSpan {
    checkArgument(first >= 0 && last >= first, "bad token range [%s, %s]", first, last);
    checkNotNull(type, "type");
  }

  boolean overlaps(NameSpan other) {
    return sentence == other.sentence && first <= other.last && other.first <= last;
  }

  boolean contains(NameSpan other) {
    return sentence == other.sentence && first <= other.first && other.last <= last;
  }

  int length() {
    return last - first + 1;
  }
}
