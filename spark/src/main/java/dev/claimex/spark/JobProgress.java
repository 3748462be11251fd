package dev.claimex.spark;

import dev.claimex.DocumentOutcome;
import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Documents done and failed, counted by the tasks in Spark accumulators: the driver sees a task's counts when the
 * task ends (a task run twice counts twice).
 */
final class JobProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LongAccumulator documents;
  private final LongAccumulator failed;

  JobProgress(SparkContext context) {
    this.documents = context.longAccumulator("claimex documents");
    this.failed = context.longAccumulator("claimex documents failed");
  }

  void count(DocumentOutcome outcome) {
    documents.add(1);
    if (outcome.failed()) {
      failed.add(1);
    }
  }

  long documents() {
    return documents.value();
  }

  long failed() {
    return failed.value();
  }
}
