package dev.claimex.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A cue found in a sentence: tokens {@code [first, last]}, of which {@code head} carries the part of speech
 * (the verb of "reached an agreement", the noun of "main demand").
 */
public record CueMatch(CueEntry entry, int first, int last, int head) {

  public CueMatch {
    checkNotNull(entry, "entry");
    checkArgument(0 <= first && first <= head && head <= last, "bad cue range %s..%s head %s", first, last, head);
  }

  public int length() {
    return last - first + 1;
  }
}
