package dev.claimex;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where an extraction degraded instead of failing: the result is still valid, but may be missing something.
 *
 * <pre>{@code
 * if (result.warnings().stream().anyMatch(ExtractionWarning::incomplete)) { ... }
 * }</pre>
 */
public record ExtractionWarning(Kind kind, String message) {

  /** What happened. */
  public enum Kind {
    /** The document was longer than {@code maxDocumentLength}; only its beginning was read. */
    TRUNCATED,
    /** The time budget ran out; the rest of the document was not analysed. */
    TIME_BUDGET_EXCEEDED,
    /** The text does not look like English, which the library reads; expect few or wrong claims. */
    NOT_ENGLISH,
    /** A stage failed on this document; the stages after it were skipped. */
    STAGE_FAILED
  }

  public ExtractionWarning {
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
  }

  /** Whether part of the document went unanalysed (the budget ran out or a stage failed). */
  public boolean incomplete() {
    return kind == Kind.TIME_BUDGET_EXCEEDED || kind == Kind.STAGE_FAILED;
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
