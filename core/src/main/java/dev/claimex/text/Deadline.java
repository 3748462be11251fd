package dev.claimex.text;

import java.time.Duration;

/**
 * When a document's time budget runs out; stages check it between units of work.
 *
 * <pre>{@code
 * Deadline deadline = Deadline.after(Duration.ofSeconds(60));
 * Deadline tagging = deadline.part(0.4);   // 24 s after the same start
 * }</pre>
 */
public final class Deadline {

  private static final Deadline NONE = new Deadline(0, Long.MAX_VALUE);

  private final long start;
  /** Nanoseconds from {@code start}; {@code Long.MAX_VALUE} never passes. */
  private final long budget;

  private Deadline(long start, long budget) {
    this.start = start;
    this.budget = budget;
  }

  /** A deadline {@code budget} from now; one of centuries never passes. */
  public static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime(), nanos(budget));
  }

  /** The budget in nanoseconds, {@code Long.MAX_VALUE} for one too long to count so (about 292 years). */
  public static long nanos(Duration budget) {
    try {
      return budget.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** A deadline that never passes. */
  public static Deadline none() {
    return NONE;
  }

  /** The deadline {@code fraction} of the way through this one's budget, from the same start. */
  public Deadline part(double fraction) {
    if (budget == Long.MAX_VALUE || fraction >= 1) {
      return this;
    }
    return new Deadline(start, (long) (budget * Math.max(0, fraction)));
  }

  public boolean passed() {
    return budget != Long.MAX_VALUE && System.nanoTime() - start > budget;
  }
}
