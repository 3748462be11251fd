package dev.claimex.lexicon;


import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * One row of the cue lexicon: a pattern of lemmas that introduces a claim of one act.
 *
 * @param pattern one set of accepted lemmas or words per position; an empty set is a gap of a few modifier words
 * @param objectReported whether an attribution of the cue reports the words between the cue and its content too:
 *     "accused the mayor of lying" reports "the mayor of lying", where the claim keeps the mayor as its target
 * @param speech whether the cue reports speech (an attribution) rather than an act
 */
public record CueEntry(String id, ImmutableList<ImmutableSet<String>> pattern, CuePart part, CueAct act,
    ObjectRole objectRole, boolean objectReported, boolean speech, String example) {

  public CueEntry {
    checkNotNull(id, "id");
    checkArgument(!pattern.isEmpty() && !pattern.get(0).isEmpty() && !pattern.get(pattern.size() - 1).isEmpty(),
        "pattern of %s must start and end with words", id);
    checkNotNull(part, "part");
    checkNotNull(act, "act");
    checkNotNull(objectRole, "objectRole");
    checkNotNull(example, "example");
  }

  /** Whether the position is a gap. */
  public boolean isGap(int position) {
    return pattern.get(position).isEmpty();
  }
}
