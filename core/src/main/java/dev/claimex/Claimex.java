package dev.claimex;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimTyper;
import dev.claimex.quote.Report;
import dev.claimex.claim.UnframedCueReader;
import dev.claimex.internal.SharedModels;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityRecognizer;
import dev.claimex.ner.NameTokenRetagger;
import dev.claimex.ner.NewsEntityRecognizer;
import dev.claimex.quote.Attribution;
import dev.claimex.quote.AttributionFinder;
import dev.claimex.quote.ReportKind;
import dev.claimex.quote.ReportedContent;
import dev.claimex.quote.RuleBasedAttributionFinder;
import dev.claimex.quote.UnsourcedReports;
import dev.claimex.text.CreditLines;
import dev.claimex.text.LayoutAnalyzer;
import dev.claimex.text.LayoutAwareSentenceSplitter;
import dev.claimex.text.NewsLayoutAnalyzer;
import dev.claimex.text.SentenceSplitter;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextAnalyzer;
import dev.claimex.text.TextSpan;
import dev.claimex.text.StageBudget;
import dev.claimex.text.EnglishCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed claims from English news: who said, demanded, warned, promised, accused or denied what, to whom, under
 * which condition, credited to which outlet.
 *
 * <pre>{@code
 * var claimex = Claimex.english();                 // loads models once, thread-safe
 * var result = claimex.extract(articleText);
 * result.claims().forEach(System.out::println);    // WARNING army (warned): "a wider war" | if: the attacks continued ...
 * }</pre>
 *
 * <p>An extractor keeps no state between calls: one instance serves any number of threads. The models behind it
 * are loaded on first use and shared by every extractor of the JVM.
 */
public final class Claimex {

  private final ClaimexOptions options;
  private final TextAnalyzer text;
  private final EntityRecognizer entities;
  private final AttributionFinder attributions;
  private final ClaimTyper typer;
  private final UnframedCueReader unframed;
  private final UnsourcedReports unsourced;
  private final Provenance provenance;

  private Claimex(Builder builder, SharedModels models) {
    this.options = builder.options();
    CreditLines creditLines = new CreditLines(models.gazetteer);
    LayoutAnalyzer layout = builder.layout != null ? builder.layout : new NewsLayoutAnalyzer(creditLines);
    SentenceSplitter splitter = builder.splitter != null ? builder.splitter
        : new LayoutAwareSentenceSplitter(models.sentences, models.gazetteer);
    this.text = new TextAnalyzer(layout, splitter, creditLines, models.tagger);
    this.entities = builder.entities != null ? builder.entities : new NewsEntityRecognizer(models.names, models.gazetteer);
    this.attributions = builder.attributions != null ? builder.attributions
        : new RuleBasedAttributionFinder(models.cues, models.gazetteer, models.animate, models.parser);
    this.typer = new ClaimTyper(models.conditions, models.modality, models.harm);
    this.unframed = new UnframedCueReader(models.cues, models.animate);
    this.unsourced = new UnsourcedReports(models.hedges, models.cues);
    this.provenance = new Provenance("claimex", models.versions().get("claimex"), models.versions());
  }

  /** The English extractor with default options. The first call loads the models (a few seconds). */
  public static Claimex english() {
    return builder().build();
  }

  /** A builder for options and replacement stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** Extracts from one document. */
  public ExtractionResult extract(String text) {
    return extract(null, text);
  }

  /**
   * Extracts from one document that the caller identifies by {@code id} (kept in the result; may be null).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public ExtractionResult extract(String id, String text) {
    checkNotNull(text, "text");
    List<ExtractionWarning> warnings = new ArrayList<>();
    DocumentRun run = new DocumentRun(options.timeBudget(), warnings);
    String input = text;
    if (text.length() > options.maxDocumentLength()) {
      int cut = options.maxDocumentLength();
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--; // never halve a code point
      }
      input = text.substring(0, cut);
      warnings.add(new ExtractionWarning(ExtractionWarning.Kind.TRUNCATED,
          "document of " + text.length() + " characters cut to " + cut + " (maxDocumentLength)"));
    }
    if (!EnglishCheck.looksEnglish(input)) {
      warnings.add(new ExtractionWarning(ExtractionWarning.Kind.NOT_ENGLISH,
          "the text does not look like English; expect few claims"));
    }
    String document = input;
    TextAnalysis analysis = run.stage("sentences", DocumentRun.SENTENCES, b -> this.text.analyze(document, b), null);
    if (analysis == null) {
      analysis = new TextAnalysis(input, ImmutableList.of(), ImmutableList.of(), 0);
    }
    TextAnalysis tagged = analysis;
    ImmutableList<EntityMention> mentions = ImmutableList.of();
    if (run.goesOn()) {
      mentions = run.keep(run.stage("entities", DocumentRun.ENTITIES, b -> entities.recognize(tagged, b),
          ImmutableList.of()), EntityMention::sentence);
    }
    ImmutableList<EntityMention> found = mentions;
    TextAnalysis analysed = NameTokenRetagger.retag(tagged.readUpTo(run.read()), found);
    ImmutableList<Report> frames = ImmutableList.of();
    if (run.goesOn()) {
      frames = run.keep(run.stage("attribution", DocumentRun.ATTRIBUTION, b -> attributions.find(analysed, found, b),
          ImmutableList.<Report>of()), Report::sentence).stream()
          .filter(f -> f.confidence() >= options.minConfidence()).collect(ImmutableList.toImmutableList());
    }
    ImmutableList<Report> read = frames;
    TextAnalysis reported = analysed.readUpTo(run.read());
    ImmutableList<Claim> claims = ImmutableList.of();
    if (run.goesOn()) {
      claims = run.stage("claims", DocumentRun.CLAIMS, b -> typer.type(reported, unframed.addTo(reported, found,
          read, b).stream().filter(f -> f.confidence() >= options.minConfidence())
          .collect(ImmutableList.toImmutableList()), b), ImmutableList.of());
    }
    ImmutableList<Attribution> sourced = toAttributions(input, run.keep(frames, Report::sentence));
    ImmutableList<Attribution> attributions = sourced;
    TextAnalysis typed = analysed.readUpTo(run.read());
    if (run.goesOn()) {
      attributions = run.stage("unsourced reports", DocumentRun.UNSOURCED,
          b -> withUnsourced(typed, found, sourced, b), sourced);
    }
    run.reportShortfall(analysis.sentences().size());
    return new ExtractionResult(id, input,
        analysis.sentences().stream().map(TaggedSentence::toNewsSentence).collect(ImmutableList.toImmutableList()),
        run.keep(mentions, EntityMention::sentence),
        run.keep(attributions, Attribution::sentence, Claimex::lastEnd, analysis),
        run.keep(claims, Claim::sentence, Claimex::lastEnd, analysis), ImmutableList.copyOf(warnings), provenance);
  }

  /** Where the last span of an attribution ends. */
  private static int lastEnd(Attribution attribution) {
    return lastEnd(attribution.content(), attribution.cue(), attribution.speaker() == null ? null
        : attribution.speaker().mention());
  }

  /** Where the last span of a claim ends. */
  private static int lastEnd(Claim claim) {
    return lastEnd(claim.content(), claim.cue(), claim.condition(), claim.consequence(), claim.quote(),
        claim.speaker() == null ? null : claim.speaker().mention());
  }

  private static int lastEnd(TextSpan... spans) {
    int end = 0;
    for (TextSpan span : spans) {
      end = span == null ? end : Math.max(end, span.end());
    }
    return end;
  }

  /**
   * The reported-speech frames as attributions: acts such as "reached an agreement" are claims only, and so is
   * speech reported inside other speech ("He said that Pakistan believed ..."), which is part of the outer
   * attribution's content, and speech with no named speaker ("countries were urged to ...").
   */
  private static ImmutableList<Attribution> toAttributions(String text, ImmutableList<Report> frames) {
    ImmutableList.Builder<Attribution> attributions = ImmutableList.builder();
    Set<List<Object>> reports = new HashSet<>();
    for (Report frame : frames) {
      if (!frame.isSpeech() || frame.embedded() || frame.speaker() == null) {
        continue;
      }
      // "reiterated his claim that ...": a verb and its noun frame are one report of one speaker; the first cue
      // reports it ("rejected the minister's demand that ..." reports two speakers)
      if (!reports.add(List.of(frame.content().start(), frame.content().end(), frame.speaker().canonical()))) {
        continue;
      }
      ReportKind kind = switch (frame.mode()) {
        case DIRECT -> ReportKind.DIRECT;
        case MIXED -> ReportKind.MIXED;
        default -> frame.quote() == null ? ReportKind.INDIRECT : ReportKind.MIXED;
      };
      attributions.add(new Attribution(kind, ReportedContent.of(text, frame), frame.speaker(), frame.cueSpan(), frame.source(),
          frame.sentence(), frame.confidence(), frame.rule()));
    }
    return attributions.build();
  }

  /** The attributions with the hedged and agentless reports of the text ("is expected to"), in text order. */
  private ImmutableList<Attribution> withUnsourced(TextAnalysis analysis, ImmutableList<EntityMention> entities,
      ImmutableList<Attribution> sourced, StageBudget budget) {
    List<Attribution> all = new ArrayList<>(sourced);
    all.addAll(unsourced.find(analysis, entities, sourced, budget).stream()
        .filter(a -> a.confidence() >= options.minConfidence()).toList());
    all.sort(Comparator.comparingInt(Attribution::sentence).thenComparingInt(a -> a.content().start()));
    return ImmutableList.copyOf(all);
  }

  public ClaimexOptions options() {
    return options;
  }

  public Provenance provenance() {
    return provenance;
  }

  @Override
  public String toString() {
    return "Claimex[" + options + ", version " + provenance.version() + "]";
  }

  /**
   * Options and replacement stages; {@link #build()} validates them and loads the shared models if needed.
   *
   * <pre>{@code
   * Claimex claimex = Claimex.builder().maxDocumentLength(1_000_000).minConfidence(0.5).build();
   * }</pre>
   */
  public static final class Builder {
    private int maxDocumentLength = ClaimexOptions.DEFAULT_MAX_DOCUMENT_LENGTH;
    private double minConfidence;
    private Duration timeBudget = ClaimexOptions.DEFAULT_TIME_BUDGET;
    private LayoutAnalyzer layout;
    private SentenceSplitter splitter;
    private EntityRecognizer entities;
    private AttributionFinder attributions;

    private Builder() {}

    /** Longer documents are cut to this many characters, with a warning in the result. */
    public Builder maxDocumentLength(int characters) {
      checkArgument(characters > 0, "maxDocumentLength must be positive: %s", characters);
      this.maxDocumentLength = characters;
      return this;
    }

    /** Claims and attributions below this confidence (0 to 1) are left out. */
    public Builder minConfidence(double confidence) {
      checkArgument(confidence >= 0 && confidence <= 1, "minConfidence must be in [0, 1]: %s", confidence);
      this.minConfidence = confidence;
      return this;
    }

    /** How long one document may take (default one minute); past it, the rest is left unanalysed, with a warning. */
    public Builder timeBudget(Duration budget) {
      checkNotNull(budget, "budget");
      checkArgument(!budget.isNegative() && !budget.isZero(), "timeBudget must be positive: %s", budget);
      this.timeBudget = budget;
      return this;
    }

    /** Replaces the layout stage. */
    public Builder layout(LayoutAnalyzer layout) {
      this.layout = checkNotNull(layout, "layout");
      return this;
    }

    /** Replaces the sentence stage. */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = checkNotNull(splitter, "splitter");
      return this;
    }

    /** Replaces the entity stage. */
    public Builder entityRecognizer(EntityRecognizer entities) {
      this.entities = checkNotNull(entities, "entities");
      return this;
    }

    /** Replaces the attribution stage. */
    public Builder attributionFinder(AttributionFinder attributions) {
      this.attributions = checkNotNull(attributions, "attributions");
      return this;
    }

    ClaimexOptions options() {
      return new ClaimexOptions(maxDocumentLength, minConfidence, timeBudget);
    }

    public Claimex build() {
      return new Claimex(this, SharedModels.get());
    }

    @Override
    public String toString() {
      return "Claimex.Builder[" + options() + (layout != null ? ", layout=" + layout : "")
          + (splitter != null ? ", splitter=" + splitter : "") + (entities != null ? ", entities=" + entities : "")
          + (attributions != null ? ", attributions=" + attributions : "") + "]";
    }
  }
}
