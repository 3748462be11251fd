package dev.claimex.internal;

import com.google.common.collect.ImmutableMap;
import dev.claimex.lexicon.ConditionLexicon;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.HarmLexicon;
import dev.claimex.claim.ModalityLexicon;
import dev.claimex.models.ModelCatalog;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.ner.Gazetteer;
import dev.claimex.lexicon.HedgeLexicon;
import dev.claimex.models.WordClasses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The statistical models and lexicons, loaded once per JVM on first use and shared by every extractor: they are
 * large (the CRF alone takes seconds to load) and safe to share between threads.
 */
public final class SharedModels {

  private static volatile SharedModels instance;

  public final OpenNlpSentenceDetector sentences;
  public final CoreNlpTokenTagger tagger;
  public final CoreNlpNameTagger names;
  public final CoreNlpDependencyParser parser;
  public final Gazetteer gazetteer;
  public final AnimateNouns animate;
  public final CueLexicon cues;
  public final ConditionLexicon conditions;
  public final ModalityLexicon modality;
  public final HarmLexicon harm;
  public final HedgeLexicon hedges;
  /** The same as {@link WordClasses#standard()}: loaded here too, so that a broken {@code words.tsv} fails at once. */
  public final WordClasses words;
  public final long loadMillis;

  private SharedModels() {
    long start = System.nanoTime();
    QuietLogging.start(); // before the models, whose libraries start SLF4J
    // the parser takes as long to load as all the rest: on a second core it costs no wall-clock time
    CompletableFuture<CoreNlpDependencyParser> parserLoad = CompletableFuture.supplyAsync(CoreNlpDependencyParser::load);
    this.sentences = OpenNlpSentenceDetector.load();
    this.tagger = CoreNlpTokenTagger.load();
    this.names = CoreNlpNameTagger.load();
    this.gazetteer = Gazetteer.load();
    this.animate = AnimateNouns.load();
    this.cues = CueLexicon.load();
    this.conditions = ConditionLexicon.load();
    this.modality = ModalityLexicon.load();
    this.harm = HarmLexicon.load();
    this.hedges = HedgeLexicon.load();
    this.words = WordClasses.standard();
    this.parser = joined(parserLoad);
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
  }

  private static <T> T joined(CompletableFuture<T> load) {
    try {
      return load.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** The shared models, loading them on the first call. */
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

  /** Versions of the models and of every lexicon and gazetteer file. */
  public ImmutableMap<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>(ModelCatalog.versions());
    versions.putAll(gazetteer.versions());
    versions.put("lexicon/cues.tsv", cues.version());
    versions.put("lexicon/conditions.tsv", conditions.version());
    versions.put("lexicon/modality.tsv", modality.version());
    versions.put("lexicon/harm.tsv", harm.version());
    versions.put("lexicon/hedges.tsv", hedges.version());
    versions.put("lexicon/words.tsv", words.version());
    return ImmutableMap.copyOf(versions);
  }
}
