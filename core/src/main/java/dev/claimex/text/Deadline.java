package dev.claimex.text;

import java.time.Duration;

/** When a document's time budget runs out; stages check it between units of work. */
public final class Deadline {

  private static final Deadline NONE = new Deadline(Long.MAX_VALUE);

  private final long nanos;

  private Deadline(long nanos) {
    this.nanos = nanos;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    long now = System.nanoTime();
    long budgetNanos = budget.toNanos();
    return new Deadline(Long.MAX_VALUE - now < budgetNanos ? Long.MAX_VALUE : now + budgetNanos);
  }

  /** A deadline that never passes. */
  public static Deadline none() {
    return NONE;
  }

  public boolean passed() {
    return nanos != Long.MAX_VALUE && System.nanoTime() - nanos > 0;
  }
}
