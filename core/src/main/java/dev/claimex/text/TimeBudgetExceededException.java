package dev.claimex.text;

/**
 * A stage ran past the last deadline of its document's time budget and gave up. The pipeline reports it as {@code
 * TIME_BUDGET_EXCEEDED} and keeps what the stages before it found; it never reaches a caller of {@code extract}.
 */
public final class TimeBudgetExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TimeBudgetExceededException() {
    super("time budget exceeded", null, false, false);
  }
}
