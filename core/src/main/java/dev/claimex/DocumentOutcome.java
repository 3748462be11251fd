package dev.claimex;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One document of a batch, extracted without throwing: its result and, when it could not be extracted or only in
 * part, why. A batch (the command line's {@code --input-jsonl}, a Spark job) writes every outcome and goes on.
 *
 * <pre>{@code
 * DocumentOutcome outcome = DocumentOutcome.extract(claimex, "doc-42", text);
 * if (outcome.failed()) {
 *   System.err.println(outcome.id() + ": " + outcome.error());   // e.g. TIME_BUDGET_EXCEEDED: ...
 * }
 * outcome.result();                                            // null when nothing could be extracted
 * }</pre>
 *
 * @param id the caller's identifier of the document, or {@code null}
 * @param result what was extracted (partial when {@code error} is set), or {@code null} when nothing was
 * @param error why the result is missing or partial, or {@code null} when the document was read whole
 */
public record DocumentOutcome(String id, ExtractionResult result, String error) {

  public DocumentOutcome {
    checkArgument(result != null || error != null, "an outcome without a result needs an error");
  }

  /**
   * Extracts {@code text}. A null text, a failure and a document that ran out of memory give an outcome without a
   * result; an incomplete result (time budget, a failed stage) is kept, with its first incomplete warning as error.
   */
  public static DocumentOutcome extract(Claimex claimex, String id, String text) {
    checkNotNull(claimex, "claimex");
    if (text == null) {
      return failure(id, "no text");
    }
    try {
      ExtractionResult result = claimex.extract(id, text);
      // partial results are flagged as an error, so that no one mistakes them for the whole document
      String incomplete = result.warnings().stream().filter(ExtractionWarning::incomplete)
          .map(ExtractionWarning::toString).findFirst().orElse(null);
      return new DocumentOutcome(id, result, incomplete);
    } catch (RuntimeException e) {
      return failure(id, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (OutOfMemoryError e) { // the document's objects are garbage once we are here: the batch can go on
      return failure(id, "out of memory on this document: give the JVM more heap (-Xmx) or run fewer threads");
    }
  }

  /** The outcome of a document that was not extracted. */
  public static DocumentOutcome failure(String id, String error) {
    return new DocumentOutcome(id, null, checkNotNull(error, "error"));
  }

  /** Whether the document was not read whole: its result is missing or partial. */
  public boolean failed() {
    return error != null;
  }
}
