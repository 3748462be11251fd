package dev.claimex.examples;

import java.io.PrintStream;
import java.util.Locale;

/** Documents written and failed in a batch, reported on stderr every few seconds and at the end. */
final class BatchProgress {

  private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

  private final String name;
  private final PrintStream err;
  private final long start = System.nanoTime();
  private long lastReport = start;
  private int documents;
  private int failed;
  private BatchDocument slowest;

  BatchProgress(String name, PrintStream err) {
    this.name = name;
    this.err = err;
  }

  /** Counts a written document; a failed one is reported with its line number and id. */
  void written(BatchDocument document, DocumentLine.Outcome outcome) {
    documents++;
    if (slowest == null || document.seconds() > slowest.seconds()) {
      slowest = document;
    }
    if (outcome.failed()) {
      failed++;
      err.printf(Locale.ROOT, "claimex: %s line %d (%s): %s%n", name, document.lineNumber,
          outcome.id() == null ? "no id" : "id " + outcome.id(), outcome.error());
    }
  }

  void maybeReport() {
    long now = System.nanoTime();
    if (now - lastReport > REPORT_EVERY_NANOS) {
      lastReport = now;
      err.printf(Locale.ROOT, "claimex: %d documents, %.1f/s%n", documents, documents / ((now - start) / 1e9));
    }
  }

  BatchRunner.Summary done() {
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "claimex: done, %d documents (%d failed) in %.1f s%n", documents, failed, seconds);
    return slowest == null ? new BatchRunner.Summary(documents, failed, seconds, 0, 0, null)
        : new BatchRunner.Summary(documents, failed, seconds, slowest.seconds(), slowest.lineNumber, slowest.id);
  }
}
