package dev.claimex.examples.bench;

import com.google.common.collect.ImmutableList;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.claim.ClaimTyper;
import dev.claimex.quote.Report;
import dev.claimex.examples.Examples;
import dev.claimex.internal.SharedModels;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.NewsEntityRecognizer;
import dev.claimex.quote.RuleBasedAttributionFinder;
import dev.claimex.text.CreditLines;
import dev.claimex.text.LayoutAwareSentenceSplitter;
import dev.claimex.text.NewsLayoutAnalyzer;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextAnalyzer;
import dev.claimex.text.TextSegment;
import dev.claimex.text.TextSpan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each stage costs on one news article (the bundled example: 3.6 KB, 33 sentences, 78 entity mentions).
 * Each benchmark runs one stage on inputs the earlier stages prepared once, so the figures add up to the whole.
 * Run with {@code java -jar examples/target/claimex.jar bench --jmh}; scores are articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StageBenchmarks {

  private String article;
  private NewsLayoutAnalyzer layout;
  private LayoutAwareSentenceSplitter splitter;
  private TextAnalyzer text;
  private NewsEntityRecognizer entities;
  private RuleBasedAttributionFinder attributions;
  private ClaimTyper typer;
  private Claimex claimex;
  private TextAnalysis analysis;
  private ImmutableList<EntityMention> mentions;
  private ImmutableList<Report> frames;

  @Setup
  public void setUp() {
    SharedModels models = SharedModels.get();
    article = Examples.foundingArticle();
    CreditLines credits = new CreditLines(models.gazetteer);
    layout = new NewsLayoutAnalyzer(credits);
    splitter = new LayoutAwareSentenceSplitter(models.sentences(), models.gazetteer);
    text = new TextAnalyzer(layout, splitter, credits, models.tagger());
    entities = new NewsEntityRecognizer(models.names(), models.gazetteer);
    attributions = new RuleBasedAttributionFinder(models.cues, models.gazetteer, models.animate, models.parser());
    typer = new ClaimTyper(models.conditions, models.modality, models.harm, models.animate, models.confidence);
    claimex = Claimex.english();
    analysis = text.analyze(article);
    mentions = entities.recognize(analysis);
    frames = attributions.find(analysis, mentions);
  }

  /** Layout and sentence boundaries (no tokens). */
  @Benchmark
  public int sentences() {
    int count = 0;
    for (TextSegment segment : layout.segment(article)) {
      ImmutableList<TextSpan> spans = splitter.split(article, segment);
      count += spans.size();
    }
    return count;
  }

  /** Layout, sentences, tokens, parts of speech and lemmas. */
  @Benchmark
  public TextAnalysis tokens() {
    return text.analyze(article);
  }

  /** Named entities and their resolution, on tagged sentences. */
  @Benchmark
  public ImmutableList<EntityMention> entities() {
    return entities.recognize(analysis);
  }

  /** Attribution: cues, speakers, contents, quotations, outlet credits. */
  @Benchmark
  public ImmutableList<Report> attribution() {
    return attributions.find(analysis, mentions);
  }

  /** Claim typing: conditions, polarity, modality. */
  @Benchmark
  public Object typing() {
    return typer.type(analysis, frames);
  }

  /** The whole pipeline. */
  @Benchmark
  public ExtractionResult whole() {
    return claimex.extract(article);
  }
}
