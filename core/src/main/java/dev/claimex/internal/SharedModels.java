package dev.claimex.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimex.claim.ConfidenceModel;
import dev.claimex.claim.ModalityLexicon;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.ConditionLexicon;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.HarmLexicon;
import dev.claimex.lexicon.HedgeLexicon;
import dev.claimex.models.ModelCatalog;
import dev.claimex.ner.Gazetteer;
import java.util.Arrays;
import dev.claimex.models.WordClasses;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The statistical models and lexicons, loaded once per JVM and shared by every extractor: they are large (the CRF
 * alone takes seconds to load) and safe to share between threads. The lexicons and gazetteers, which every pipeline
 * reads, load with {@link #get()}; each statistical model loads on the first call of its method, so that a pipeline
 * whose stages replace a model never loads it.
 *
 * <pre>{@code
 * SharedModels models = SharedModels.get();   // lexicons and gazetteers
 * models.names();                              // loads the CoreNLP CRF, once per JVM
 * SharedModels.loadedModels();                 // [edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz]
 * }</pre>
 */
public final class SharedModels {

  private static volatile SharedModels instance;

  /** The class-path resources of the models loaded so far, in the order they finished loading. */
  private static final Set<String> LOADED = new LinkedHashSet<>();

  private static final Supplier<OpenNlpSentenceDetector> SENTENCES =
      model(ModelCatalog.SENTENCE_MODEL, OpenNlpSentenceDetector::load);
  private static final Supplier<CoreNlpTokenTagger> TAGGER =
      model(ModelCatalog.POS_TAGGER, CoreNlpTokenTagger::load);
  private static final Supplier<CoreNlpNameTagger> NAMES = model(ModelCatalog.NER_CRF, CoreNlpNameTagger::load);
  private static final Supplier<CoreNlpDependencyParser> PARSER =
      model(ModelCatalog.DEPENDENCY_PARSER, CoreNlpDependencyParser::load);

  public final Gazetteer gazetteer;
  public final AnimateNouns animate;
  public final CueLexicon cues;
  public final ConditionLexicon conditions;
  public final ModalityLexicon modality;
  public final HarmLexicon harm;
  public final ConfidenceModel confidence;
  public final HedgeLexicon hedges;
  /** The same as {@link WordClasses#standard()}: loaded here too, so that a broken {@code words.tsv} fails at once. */
  public final WordClasses words;

  private SharedModels() {
    this.gazetteer = Gazetteer.load();
    this.animate = AnimateNouns.standard(); // one copy, shared with CueSense
    this.cues = CueLexicon.load();
    this.conditions = ConditionLexicon.load();
    this.modality = ModalityLexicon.load();
    this.harm = HarmLexicon.load();
    this.confidence = ConfidenceModel.load();
    this.hedges = HedgeLexicon.load();
    this.words = WordClasses.standard();
  }

  /** The shared lexicons and gazetteers, loading them on the first call. */
  public static SharedModels get() {
    SharedModels loaded = instance;
    if (loaded == null) {
      synchronized (SharedModels.class) {
        loaded = instance;
        if (loaded == null) {
          loaded = new SharedModels();
          instance = loaded;
        }
      }
    }
    return loaded;
  }

  /** OpenNLP's sentence detector, loaded on the first call. */
  public OpenNlpSentenceDetector sentences() {
    return SENTENCES.get();
  }

  /** CoreNLP's tokenizer, part-of-speech tagger and lemmatizer, loaded on the first call. */
  public CoreNlpTokenTagger tagger() {
    return TAGGER.get();
  }

  /** CoreNLP's name tagger (the CRF), loaded on the first call. */
  public CoreNlpNameTagger names() {
    return NAMES.get();
  }

  /** CoreNLP's dependency parser, loaded on the first call. */
  public CoreNlpDependencyParser parser() {
    return PARSER.get();
  }

  /**
   * The dependency parser, loading on another thread if it is not loaded yet: it takes as long to load as all the
   * other models, and on a second core costs no wall-clock time. {@link #joined} waits for it.
   */
  public CompletableFuture<CoreNlpDependencyParser> parserInBackground() {
    return CompletableFuture.supplyAsync(PARSER);
  }

  /** The value of a background load; a loading error is thrown as it was thrown on the loading thread. */
  public static <T> T joined(CompletableFuture<T> load) {
    try {
      return load.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * The class-path resources ({@link ModelCatalog#NER_CRF}, ...) of the statistical models this JVM has loaded,
   * in the order they finished loading: what {@code Claimex.Builder.build()} needed so far.
   */
  public static ImmutableSet<String> loadedModels() {
    synchronized (LOADED) {
      return ImmutableSet.copyOf(LOADED);
    }
  }

  /** Versions of every lexicon and gazetteer file, in the order they load. */
  public ImmutableMap<String, String> dataVersions() {
    Map<String, String> versions = new LinkedHashMap<>(gazetteer.versions());
    versions.put("lexicon/cues.tsv", cues.version());
    versions.put("lexicon/conditions.tsv", conditions.version());
    versions.put("lexicon/modality.tsv", modality.version());
    versions.put("lexicon/harm.tsv", harm.version());
    versions.put("claim/confidence.tsv", confidence.version());
    versions.put("lexicon/hedges.tsv", hedges.version());
    versions.put("lexicon/words.tsv", words.version());
    return ImmutableMap.copyOf(versions);
  }

  /** The {@link ModelCatalog#versions()} of {@code keys}, for an adapter's provenance. */
  static ImmutableMap<String, String> catalogVersions(String... keys) {
    ImmutableMap<String, String> catalog = ModelCatalog.versions();
    return Arrays.stream(keys).collect(ImmutableMap.toImmutableMap(k -> k, catalog::get));
  }

  /** A model loaded once, on the first call, and recorded in {@link #loadedModels()}. */
  private static <T> Supplier<T> model(String resource, Supplier<T> load) {
    return Suppliers.memoize(() -> {
      QuietLogging.start(); // before the models, whose libraries start SLF4J
      T model = load.get();
      synchronized (LOADED) {
        LOADED.add(resource);
      }
      return model;
    });
  }
}
