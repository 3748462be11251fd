package dev.claimex;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.Deadline;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TimeBudgetExceededException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One document's way through the stages, within its time budget. Each stage reads sentences until its share of
 * the budget is spent ({@link #stage}); later stages read only the sentences that every stage before them read, so
 * that a result over budget holds the whole analysis of a first part of the document. A stage that throws is
 * reported as {@code STAGE_FAILED}, one that runs past the last deadline as {@code TIME_BUDGET_EXCEEDED}; either
 * way the stages after it are skipped and the caller's batch goes on.
 */
final class DocumentRun {

  /**
   * When each stage stops reading sentences, as parts of the budget. On 5 MB news pages, splitting and tagging cost
   * about as much per sentence as the later stages together (entities alone 0.7 to 1 times as much), so tagging
   * stops at 0.4 of the budget and leaves the others the time to read what it tagged.
   */
  static final double SENTENCES = 0.4;
  static final double ENTITIES = 0.78;
  static final double ATTRIBUTION = 0.9;
  static final double CLAIMS = 0.96;
  static final double UNSOURCED = 0.98;

  private final Duration budget;
  private final Deadline deadline;
  private final List<ExtractionWarning> warnings;
  /** Sentences (from the first) that every stage so far read. */
  private int read = Integer.MAX_VALUE;
  private boolean stopped;
  private String ranOutIn;

  DocumentRun(Duration budget, List<ExtractionWarning> warnings) {
    this.budget = budget;
    this.deadline = Deadline.after(budget);
    this.warnings = warnings;
  }

  /** Whether the stages so far succeeded in time: the next one may run. */
  boolean goesOn() {
    return !stopped;
  }

  /** How many sentences every stage so far read; {@link Integer#MAX_VALUE} while all did. */
  int read() {
    return read;
  }

  /**
   * Runs one stage with a budget that stops its reading at {@code share} of the document's budget; a failure becomes
   * a warning and {@code fallback}, so that one odd document never takes down the caller's batch.
   */
  <T> T stage(String name, double share, Function<StageBudget, T> work, T fallback) {
    StageBudget stageBudget = StageBudget.of(deadline.part(share), deadline);
    try {
      T result = work.apply(stageBudget);
      read = Math.min(read, stageBudget.sentencesRead(Integer.MAX_VALUE));
      return result;
    } catch (TimeBudgetExceededException e) {
      stopped = true;
      ranOutIn = name;
      return fallback;
    } catch (RuntimeException | StackOverflowError e) { // a pattern may recurse too deep on odd text: its stack is gone
      stopped = true;
      warnings.add(new ExtractionWarning(ExtractionWarning.Kind.STAGE_FAILED,
          name + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      return fallback;
    }
  }

  /** The items that belong to the sentences every stage read. */
  <T> ImmutableList<T> keep(List<T> items, ToIntFunction<T> sentence) {
    return keep(items, sentence, item -> 0, Integer.MAX_VALUE);
  }

  /**
   * The items of the sentences every stage read whose spans also end within them ({@code end}: where an item's last
   * span ends): a quotation or a content may run on into text that no stage read, and such an item is left out.
   */
  <T> ImmutableList<T> keep(List<T> items, ToIntFunction<T> sentence, ToIntFunction<T> end, TextAnalysis analysis) {
    if (read >= analysis.sentences().size()) {
      return ImmutableList.copyOf(items);
    }
    return keep(items, sentence, end, read == 0 ? 0 : analysis.sentences().get(read - 1).span().end());
  }

  private <T> ImmutableList<T> keep(List<T> items, ToIntFunction<T> sentence, ToIntFunction<T> end, int readEnd) {
    return items.stream().filter(item -> sentence.applyAsInt(item) < read && end.applyAsInt(item) <= readEnd)
        .collect(ImmutableList.toImmutableList());
  }

  /** Says what the time budget left out of a document of {@code sentences} sentences, if anything. */
  void reportShortfall(int sentences) {
    String limit = "time budget of " + budget.toMillis() + " ms ran out";
    if (ranOutIn != null) {
      warnings.add(new ExtractionWarning(ExtractionWarning.Kind.TIME_BUDGET_EXCEEDED, limit + " in the " + ranOutIn
          + " stage: its results and those of the stages after it were left out"));
    } else if (read < sentences) {
      warnings.add(new ExtractionWarning(ExtractionWarning.Kind.TIME_BUDGET_EXCEEDED, limit + ": entities, "
          + "attributions and claims cover the first " + read + " of " + sentences + " sentences"));
    }
  }
}
