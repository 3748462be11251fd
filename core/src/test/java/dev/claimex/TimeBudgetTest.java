package dev.claimex;

import dev.claimex.quote.Report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.claimex.internal.SharedModels;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityRecognizer;
import dev.claimex.ner.NewsEntityRecognizer;
import dev.claimex.quote.AttributionFinder;
import dev.claimex.quote.RuleBasedAttributionFinder;
import dev.claimex.text.CreditLines;
import dev.claimex.text.LayoutAwareSentenceSplitter;
import dev.claimex.text.NewsLayoutAnalyzer;
import dev.claimex.text.TextAnalyzer;
import dev.claimex.text.Deadline;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TimeBudgetExceededException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A document over its time budget: each stage stops where it must, and the result is the analysis of a first part. */
class TimeBudgetTest {

  private static final String NEWS = "The minister said the border would reopen on Monday. "
      + "\"We will not accept any delay,\" Ann Lee told reporters. Critics warned that the plan could fail. ";

  @Test
  void aStageBudgetRefusesEverySentenceFromTheFirstRefusal() {
    StageBudget open = StageBudget.unlimited();
    assertTrue(open.allows(0) && open.allows(500));
    assertEquals(7, open.sentencesRead(7));
    StageBudget spent = StageBudget.of(Deadline.after(Duration.ofNanos(1)), Deadline.none());
    waitPast(Deadline.after(Duration.ofMillis(2)));
    assertFalse(spent.allows(3));
    assertTrue(spent.allows(2), "sentences before the refusal were read");
    assertFalse(spent.allows(4));
    assertTrue(spent.stopped());
    assertEquals(3, spent.sentencesRead(10));
  }

  @Test
  void laterStagesReadOnlyWhatEarlierStagesRead() {
    // an entity stage that takes 100 ms a sentence and stops when its share of a 5 s budget is spent (tagging the
    // 90 sentences takes a fraction of its 2 s share even on a busy machine)
    EntityRecognizer slow = new EntityRecognizer() {
      private final EntityRecognizer real = new NewsEntityRecognizer(SharedModels.get().names(),
          SharedModels.get().gazetteer);

      @Override
      public ImmutableList<EntityMention> recognize(TextAnalysis analysis) {
        return real.recognize(analysis);
      }

      @Override
      public ImmutableList<EntityMention> recognize(TextAnalysis analysis, StageBudget budget) {
        int read = 0;
        while (read < analysis.sentences().size() && budget.allows(read)) {
          waitPast(Deadline.after(Duration.ofMillis(100)));
          read++;
        }
        return real.recognize(analysis.readUpTo(read)).stream().filter(m -> m.sentence() < budget.sentencesRead(
            Integer.MAX_VALUE)).collect(ImmutableList.toImmutableList());
      }
    };
    Claimex hurried = Claimex.builder().timeBudget(Duration.ofSeconds(5)).entityRecognizer(slow).build();
    String input = NEWS.repeat(30);
    ExtractionResult result = hurried.extract(input);
    assertFalse(result.complete());
    ExtractionWarning warning = result.warnings().stream()
        .filter(w -> w.kind() == ExtractionWarning.Kind.TIME_BUDGET_EXCEEDED).findFirst().orElseThrow();
    Matcher covered = Pattern.compile("cover the first (\\d+) of (\\d+) sentences").matcher(warning.message());
    assertTrue(covered.find(), warning::message);
    int read = Integer.parseInt(covered.group(1));
    assertEquals(result.sentences().size(), Integer.parseInt(covered.group(2)));
    assertTrue(read > 0 && read < result.sentences().size(), warning::message);
    assertFalse(result.claims().isEmpty(), "the part read has its claims");
    assertTrue(result.claims().stream().allMatch(c -> c.sentence() < read), result.claims()::toString);
    assertTrue(result.attributions().stream().allMatch(a -> a.sentence() < read));
    assertTrue(result.entities().stream().allMatch(e -> e.sentence() < read));
    Spans.assertConsistent(input, result);
  }

  @Test
  void aPassThatRunsPastTheBudgetIsReportedAndTheRestKept() {
    AttributionFinder overrunning = new AttributionFinder() {
      @Override
      public ImmutableList<dev.claimex.quote.Report> find(TextAnalysis analysis,
          ImmutableList<EntityMention> entities) {
        throw new TimeBudgetExceededException();
      }
    };
    ExtractionResult result = Claimex.builder().attributionFinder(overrunning).build().extract(NEWS);
    assertFalse(result.complete());
    assertTrue(result.warnings().stream().anyMatch(w -> w.kind() == ExtractionWarning.Kind.TIME_BUDGET_EXCEEDED
        && w.message().contains("attribution stage")), result.warnings()::toString);
    assertFalse(result.entities().isEmpty(), "the entities found before are kept");
    assertTrue(result.claims().isEmpty());
  }

  @Test
  void attributionReadsAnAnalysisCutAtAnySentence() {
    String text = "“We will not accept any delay,” the minister said.\n\n“Talks must go on. We are ready.”\n\n"
        + "- Hillary Clinton\n\nWALLACE: Let us start with taxes. TRUMP: We will cut them.\n\n"
        + "Critics warned that the plan could fail if funding ran out, according to Reuters.";
    SharedModels models = SharedModels.get();
    CreditLines credits = new CreditLines(models.gazetteer);
    TextAnalysis full = new TextAnalyzer(new NewsLayoutAnalyzer(credits),
        new LayoutAwareSentenceSplitter(models.sentences(), models.gazetteer), credits, models.tagger()).analyze(text);
    ImmutableList<EntityMention> mentions = new NewsEntityRecognizer(models.names(), models.gazetteer).recognize(full);
    AttributionFinder finder = new RuleBasedAttributionFinder(models.cues, models.gazetteer, models.animate,
        models.parser());
    for (int read = 0; read <= full.sentences().size(); read++) {
      int cut = read;
      ImmutableList<EntityMention> found = mentions.stream().filter(m -> m.sentence() < cut)
          .collect(ImmutableList.toImmutableList());
      // sentences past the cut have no tokens, as when the budget stopped an earlier stage there
      int readEnd = cut == 0 ? 0 : full.sentences().get(cut - 1).span().end();
      for (dev.claimex.quote.Report frame : finder.find(full.readUpTo(cut), found)) {
        assertTrue(frame.sentence() < cut && frame.content().end() <= readEnd, "cut at " + cut + ": " + frame);
      }
    }
  }

  private static void waitPast(Deadline deadline) {
    while (!deadline.passed()) {
      Thread.onSpinWait();
    }
  }
}
