package dev.claimex;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * What made a result: the library version, the stages that ran, and the version of every model, lexicon and
 * gazetteer they used.
 *
 * <pre>{@code
 * result.provenance().versions().get("corenlp.ner");   // "english.all.3class.distsim"
 * result.provenance().stages().get("nameTagger");      // "CoreNLP CRFClassifier english.all.3class.distsim"
 * // with Claimex.builder().nameTagger(new MyTagger()): "org.example.MyTagger", and no "corenlp.ner" version
 * }</pre>
 *
 * @param versions id to version: {@code claimex} first, then the libraries and models of the stages that ran
 *     (by id), then the lexicons and gazetteers
 * @param stages each stage that ran, in pipeline order, to what it is ({@code StageProvenance.name()}): {@code
 *     layout}, {@code sentenceSplitter}, {@code sentenceDetector}, {@code tokenTagger}, {@code entityRecognizer},
 *     {@code nameTagger}, {@code attributionFinder}, {@code dependencyParser}; the parts of a built-in stage
 *     ({@code sentenceDetector}, {@code nameTagger}, {@code dependencyParser}) only when that stage ran
 */
public record Provenance(String library, String version, ImmutableMap<String, String> versions,
    ImmutableMap<String, String> stages) {

  public Provenance {
    checkNotNull(library, "library");
    checkNotNull(version, "version");
    checkNotNull(versions, "versions");
    checkNotNull(stages, "stages");
  }

  /** A provenance that names no stages. */
  public Provenance(String library, String version, ImmutableMap<String, String> versions) {
    this(library, version, versions, ImmutableMap.of());
  }
}
