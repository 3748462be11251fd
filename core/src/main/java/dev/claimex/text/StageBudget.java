package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How long one stage may read a document, and how far it got. A stage asks {@link #allows(int)} before each
 * sentence and stops at the first refusal, which the budget remembers: the pipeline then gives later stages only
 * the sentences that every stage before them read. A pass over what was read calls {@link #checkpoint()} every
 * few items; past the document's last deadline it throws {@link TimeBudgetExceededException}. One budget serves one
 * stage on one document, on one thread.
 *
 * <pre>{@code
 * for (TaggedSentence s : analysis.sentences()) {
 *   if (!budget.allows(s.index())) {
 *     break;
 *   }
 *   ...
 * }
 * }</pre>
 */
public final class StageBudget {

  private final Deadline sentences;
  private final Deadline last;
  private int refusedAt = -1;

  private StageBudget(Deadline sentences, Deadline last) {
    this.sentences = checkNotNull(sentences, "sentences");
    this.last = checkNotNull(last, "last");
  }

  /** A budget that reads sentences until {@code sentences} passes; passes may go on until {@code last}. */
  public static StageBudget of(Deadline sentences, Deadline last) {
    return new StageBudget(sentences, last);
  }

  /** A budget that never runs out. */
  public static StageBudget unlimited() {
    return new StageBudget(Deadline.none(), Deadline.none());
  }

  /**
   * Whether the stage may read sentence {@code index}: true until the deadline passes; from the first refusal on,
   * only for earlier sentences.
   */
  public boolean allows(int index) {
    if (refusedAt >= 0) {
      return index < refusedAt;
    }
    if (sentences.passed()) {
      refusedAt = index;
      return false;
    }
    return true;
  }

  /** Whether the stage stopped before the end. */
  public boolean stopped() {
    return refusedAt >= 0;
  }

  /** How many sentences (from the first) the stage read, of {@code total}. */
  public int sentencesRead(int total) {
    return refusedAt < 0 ? total : Math.min(total, refusedAt);
  }

  /**
   * Throws {@link TimeBudgetExceededException} if the document's last deadline has passed: a safety net for passes
   * that should take a small part of the budget.
   */
  public void checkpoint() {
    if (last.passed()) {
      throw new TimeBudgetExceededException();
    }
  }
}
