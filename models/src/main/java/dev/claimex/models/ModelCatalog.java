package dev.claimex.models;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where every statistical model and data resource of Claimex lives, and which versions they are, so that results
 * can say what made them.
 *
 * <pre>{@code
 * ModelCatalog.NER_CRF            // the CoreNLP CRF loaded from the stanford-corenlp models jar
 * ModelCatalog.versions()         // {"claimex" -> "0.1.0", "corenlp" -> "4.5.10", ...}
 * }</pre>
 */
public final class ModelCatalog {

  /** Class-path folder of this module's lexicons and gazetteers. */
  public static final String RESOURCE_ROOT = "dev/claimex/models/";

  /** CoreNLP's 3-class distributional-similarity CRF (PERSON, ORGANIZATION, LOCATION), trained on news corpora. */
  public static final String NER_CRF = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** CoreNLP's left-3-words maximum-entropy part-of-speech tagger (Penn Treebank tags). */
  public static final String POS_TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  /** CoreNLP's neural dependency parser with its model for Universal Dependencies (English). */
  public static final String DEPENDENCY_PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** Nouns that denote people, from CoreNLP's coreference resources (in the same models jar). */
  public static final String ANIMATE_NOUNS = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  /** OpenNLP's sentence model trained on UD English EWT, from {@code opennlp-models-sentdetect-en}. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final ImmutableMap<String, String> VERSIONS = loadVersions();

  private ModelCatalog() {}

  /** Versions of the library, the model artifacts and the data resources, for provenance. */
  public static ImmutableMap<String, String> versions() {
    return VERSIONS;
  }

  /** This library's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String libraryVersion() {
    return VERSIONS.get("claimex");
  }

  private static ImmutableMap<String, String> loadVersions() {
    Properties properties = new Properties();
    String path = RESOURCE_ROOT + "versions.properties";
    try (InputStream in = ModelCatalog.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ModelResourceException("missing resource " + path);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    ImmutableMap.Builder<String, String> versions = ImmutableMap.builder();
    properties.stringPropertyNames().stream().sorted().forEach(k -> versions.put(k, properties.getProperty(k)));
    return versions.buildOrThrow();
  }
}
