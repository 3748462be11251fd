package dev.claimex;

import dev.claimex.claim.OtherParty;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.collect.ImmutableMap;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimTyper;
import dev.claimex.claim.UnframedCueReader;
import dev.claimex.internal.SharedModels;
import dev.claimex.models.ModelCatalog;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.Gazetteer;
import dev.claimex.ner.EntityRecognizer;
import dev.claimex.ner.NameTagger;
import dev.claimex.ner.NameTokenRetagger;
import dev.claimex.ner.NewsEntityRecognizer;
import dev.claimex.quote.Attribution;
import dev.claimex.quote.ContentFragments;
import dev.claimex.quote.ReportCategory;
import dev.claimex.quote.AttributionFinder;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.quote.ReportedContent;
import dev.claimex.quote.RuleBasedAttributionFinder;
import dev.claimex.quote.UnsourcedReports;
import dev.claimex.text.CreditLines;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.EnglishCheck;
import dev.claimex.text.LayoutAnalyzer;
import dev.claimex.text.LayoutAwareSentenceSplitter;
import dev.claimex.text.NewsLayoutAnalyzer;
import dev.claimex.text.SentenceDetector;
import dev.claimex.text.SentenceSplitter;
import dev.claimex.text.StageBudget;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextAnalyzer;
import dev.claimex.text.TextSpan;
import dev.claimex.text.TokenTagger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

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
  private final Gazetteer gazetteer;
  private final UnframedCueReader unframed;
  private final UnsourcedReports unsourced;
  private final Provenance provenance;

  private Claimex(Builder builder, SharedModels models) {
    this.options = builder.options();
    // the parser loads on a second core while the rest load; a pipeline that does not use it never loads it
    CompletableFuture<? extends DependencyParser> parserLoad = builder.attributions != null ? null
        : builder.parser != null ? CompletableFuture.completedFuture(builder.parser) : models.parserInBackground();
    Map<String, StageProvenance> stages = new LinkedHashMap<>();
    CreditLines creditLines = new CreditLines(models.gazetteer);
    LayoutAnalyzer layout = builder.layout != null ? builder.layout : new NewsLayoutAnalyzer(creditLines);
    stages.put("layout", layout.provenance());
    SentenceDetector detector = builder.splitter != null ? null : models.sentences();
    SentenceSplitter splitter = builder.splitter != null ? builder.splitter
        : new LayoutAwareSentenceSplitter(detector, models.gazetteer);
    stages.put("sentenceSplitter", splitter.provenance());
    if (detector != null) {
      stages.put("sentenceDetector", detector.provenance());
    }
    TokenTagger tokens = builder.tokenTagger != null ? builder.tokenTagger : models.tagger();
    stages.put("tokenTagger", tokens.provenance());
    this.text = new TextAnalyzer(layout, splitter, creditLines, tokens);
    if (builder.entities != null) {
      this.entities = builder.entities;
      stages.put("entityRecognizer", entities.provenance());
    } else {
      NameTagger names = builder.nameTagger != null ? builder.nameTagger : models.names();
      this.entities = new NewsEntityRecognizer(names, models.gazetteer);
      stages.put("entityRecognizer", entities.provenance());
      stages.put("nameTagger", names.provenance());
    }
    if (builder.attributions != null) {
      this.attributions = builder.attributions;
      stages.put("attributionFinder", attributions.provenance());
    } else {
      DependencyParser parser = SharedModels.joined(parserLoad);
      this.attributions = new RuleBasedAttributionFinder(models.cues, models.gazetteer, models.animate, parser);
      stages.put("attributionFinder", attributions.provenance());
      stages.put("dependencyParser", parser.provenance());
    }
    this.gazetteer = models.gazetteer;
    this.typer = new ClaimTyper(models.conditions, models.modality, models.harm, models.animate, models.confidence);
    this.unframed = new UnframedCueReader(models.cues, models.animate, models.gazetteer);
    this.unsourced = new UnsourcedReports(models.hedges, models.cues);
    this.provenance = provenance(stages, models.dataVersions());
  }

  /**
   * The library's version, the versions the stages report (sorted by id, so that the same stages always list them
   * alike), the versions of the lexicons and gazetteers, and what each stage is.
   */
  private static Provenance provenance(Map<String, StageProvenance> stages, Map<String, String> data) {
    String version = ModelCatalog.libraryVersion();
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("claimex", version);
    Map<String, String> models = new TreeMap<>();
    stages.values().forEach(stage -> stage.versions().forEach(models::putIfAbsent));
    models.forEach(versions::putIfAbsent);
    data.forEach(versions::putIfAbsent);
    return new Provenance("claimex", version, ImmutableMap.copyOf(versions),
        stages.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> e.getValue().name())));
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
    ImmutableList<Report> read = ImmutableList.of();
    if (run.goesOn()) {
      read = run.keep(run.stage("attribution", DocumentRun.ATTRIBUTION, b -> attributions.find(analysed, found, b),
          ImmutableList.<Report>of()), Report::sentence);
    }
    ImmutableList<Report> frames = read.stream().filter(f -> f.confidence() >= options.minConfidence())
        .collect(ImmutableList.toImmutableList());
    ImmutableList<Report> allFrames = read;
    TextAnalysis reported = analysed.readUpTo(run.read());
    ImmutableList<Claim> claims = ImmutableList.of();
    if (run.goesOn()) {
      // every frame is typed: a typed claim's confidence is its own, not its attribution's
      claims = run.stage("claims", DocumentRun.CLAIMS, b -> typer.type(reported, unframed.addTo(reported, found,
          OtherParty.assign(allFrames, found, b), b), b).stream().filter(c -> c.confidence() >= options.minConfidence())
          .collect(ImmutableList.toImmutableList()), ImmutableList.of());
    }
    ImmutableList<Attribution> sourced = toAttributions(input, run.keep(frames, Report::sentence));
    ImmutableList<Attribution> attributions = sourced;
    TextAnalysis typed = analysed.readUpTo(run.read());
    if (run.goesOn()) {
      attributions = run.stage("unsourced reports", DocumentRun.UNSOURCED,
          b -> withUnsourced(typed, found, sourced, b), sourced);
    }
    run.reportShortfall(analysis.sentences().size());
    ContentFragments pieces = ContentFragments.in(analysis);
    TextAnalysis whole = analysis;
    attributions = attributions.stream()
        .map(a -> a.withFragments(pieces.of(a.content(), a.kind(), a.cue(), a.speaker()))
            .withCategory(ReportCategory.of(whole, gazetteer, a.cue(), a.speaker())))
        .filter(a -> options.categories().contains(a.category()))
        .collect(ImmutableList.toImmutableList());
    claims = claims.stream()
        .map(c -> c.withFragments(pieces.of(c.content(), c.attribution(), c.cue(), c.speaker()))
            .withCategory(ReportCategory.of(whole, gazetteer, c.cue(), c.speaker())))
        .filter(c -> options.categories().contains(c.category()))
        .collect(ImmutableList.toImmutableList());
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
   * speech reported inside other speech ("He said that Chile believed ..."), which is part of the outer
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
   * Options and replacement stages; {@link #build()} validates them and loads the shared models the configured
   * stages need, once per JVM: the lexicons and gazetteers always, and each statistical model only for the built-in
   * stage that uses it (OpenNLP's sentence model for the sentence splitter, CoreNLP's part-of-speech tagger for the
   * token tagger, its CRF for the name tagger, its dependency parser for the attribution finder).
   *
   * <pre>{@code
   * Claimex claimex = Claimex.builder().maxDocumentLength(1_000_000).minConfidence(0.5).build();
   * Claimex mine = Claimex.builder().nameTagger(myTagger).build();   // gazetteers, coreference and attribution
   *                                                                   // run on myTagger's names; no CRF is loaded
   * }</pre>
   *
   * <p>A replaced stage is named in every result's {@link Provenance#stages()}: by its {@code provenance()} method,
   * whose default is the class name.
   */
  public static final class Builder {
    private int maxDocumentLength = ClaimexOptions.DEFAULT_MAX_DOCUMENT_LENGTH;
    private double minConfidence;
    private Duration timeBudget = ClaimexOptions.DEFAULT_TIME_BUDGET;
    private ImmutableSet<ReportCategory> categories = ClaimexOptions.defaults().categories();
    private LayoutAnalyzer layout;
    private SentenceSplitter splitter;
    private TokenTagger tokenTagger;
    private NameTagger nameTagger;
    private EntityRecognizer entities;
    private AttributionFinder attributions;
    private DependencyParser parser;

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

    /**
     * The kinds of report to keep (default all): {@code categories(ReportCategory.SPEECH)} keeps quotations of speech
     * and the claims read from them, as newsroom quote tools give them, and leaves out beliefs and evidence.
     */
    public Builder categories(ReportCategory first, ReportCategory... more) {
      this.categories = Sets.immutableEnumSet(checkNotNull(first, "first"), checkNotNull(more, "more"));
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

    /** Replaces the sentence stage (and with it OpenNLP's sentence model, which is then not loaded). */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = checkNotNull(splitter, "splitter");
      return this;
    }

    /**
     * Replaces the tokenizer, part-of-speech tagger and lemmatizer (CoreNLP's, which are then not loaded). The rules
     * read Penn Treebank tags.
     */
    public Builder tokenTagger(TokenTagger tagger) {
      this.tokenTagger = checkNotNull(tagger, "tagger");
      return this;
    }

    /**
     * Replaces the statistical name tagger of the built-in entity stage (CoreNLP's CRF, which is then not loaded):
     * the gazetteers, document consistency, entity resolution, coreference and attribution run on its names.
     */
    public Builder nameTagger(NameTagger tagger) {
      this.nameTagger = checkNotNull(tagger, "tagger");
      return this;
    }

    /** Replaces the whole entity stage, name tagger included. */
    public Builder entityRecognizer(EntityRecognizer entities) {
      this.entities = checkNotNull(entities, "entities");
      return this;
    }

    /** Replaces the attribution stage (and with it the dependency parser, which is then not loaded). */
    public Builder attributionFinder(AttributionFinder attributions) {
      this.attributions = checkNotNull(attributions, "attributions");
      return this;
    }

    /**
     * Replaces the dependency parser that the built-in attribution stage falls back on (CoreNLP's, which is then not
     * loaded). The rules read Universal Dependencies relations.
     */
    public Builder dependencyParser(DependencyParser parser) {
      this.parser = checkNotNull(parser, "parser");
      return this;
    }

    ClaimexOptions options() {
      return new ClaimexOptions(maxDocumentLength, minConfidence, timeBudget, categories);
    }

    /**
     * The extractor, with the models its stages need.
     *
     * @throws IllegalArgumentException if a replaced part belongs to a stage that is replaced too: a name tagger with
     *     an entity recognizer, a dependency parser with an attribution finder
     */
    public Claimex build() {
      checkArgument(nameTagger == null || entities == null, "nameTagger(%s) has no effect with entityRecognizer(%s):"
          + " the name tagger is part of the built-in entity stage", nameTagger, entities);
      checkArgument(parser == null || attributions == null, "dependencyParser(%s) has no effect with "
          + "attributionFinder(%s): the parser is part of the built-in attribution stage", parser, attributions);
      return new Claimex(this, SharedModels.get());
    }

    /** The options and what each replaced stage says it is. */
    @Override
    public String toString() {
      Map<String, StageProvenance> replaced = new LinkedHashMap<>();
      replaced.put("layout", layout == null ? null : layout.provenance());
      replaced.put("sentenceSplitter", splitter == null ? null : splitter.provenance());
      replaced.put("tokenTagger", tokenTagger == null ? null : tokenTagger.provenance());
      replaced.put("nameTagger", nameTagger == null ? null : nameTagger.provenance());
      replaced.put("entityRecognizer", entities == null ? null : entities.provenance());
      replaced.put("attributionFinder", attributions == null ? null : attributions.provenance());
      replaced.put("dependencyParser", parser == null ? null : parser.provenance());
      StringBuilder s = new StringBuilder("Claimex.Builder[").append(options());
      replaced.forEach((stage, p) -> s.append(p == null ? "" : ", " + stage + "=" + p.name()));
      return s.append(']').toString();
    }
  }
}
