package dev.claimex.internal;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.ModelCatalog;
import dev.claimex.models.ModelResourceException;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.NameTagger;
import dev.claimex.ner.TaggedName;
import dev.claimex.text.StageProvenance;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's conditional-random-field name tagger; one loaded model serves all threads. The only place that reads
 * CoreNLP's label strings: a run of words with one label is one name.
 */
public final class CoreNlpNameTagger implements NameTagger {

  private static final StageProvenance PROVENANCE = StageProvenance.of(
      "CoreNLP CRFClassifier " + ModelCatalog.versions().get("corenlp.ner"),
      SharedModels.catalogVersions("corenlp", "corenlp.ner"));

  private final CRFClassifier<CoreLabel> classifier;

  private CoreNlpNameTagger(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** Loads the CRF named in {@link ModelCatalog#NER_CRF} from the class path. */
  public static CoreNlpNameTagger load() {
    try {
      return new CoreNlpNameTagger(CRFClassifier.getClassifier(ModelCatalog.NER_CRF));
    } catch (Exception e) {
      throw new ModelResourceException("cannot load CoreNLP CRF " + ModelCatalog.NER_CRF
          + " (add edu.stanford.nlp:stanford-corenlp:models to the class path)", e);
    }
  }

  @Override
  public ImmutableList<TaggedName> find(List<String> words) {
    if (words.isEmpty()) {
      return ImmutableList.of();
    }
    List<CoreLabel> input = new ArrayList<>(words.size());
    for (String word : words) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      input.add(label);
    }
    // classifySentence copies its input and runs the feature preprocessing that classify(List) skips
    List<CoreLabel> output = classifier.classifySentence(input);
    ImmutableList.Builder<TaggedName> names = ImmutableList.builder();
    int i = 0;
    while (i < output.size()) {
      String label = answer(output.get(i));
      int end = i + 1;
      while (end < output.size() && answer(output.get(end)).equals(label)) {
        end++;
      }
      EntityType type = typeOf(label);
      if (type != null) {
        names.add(new TaggedName(i, end, type));
      }
      i = end;
    }
    return names.build();
  }

  @Override
  public StageProvenance provenance() {
    return PROVENANCE;
  }

  private static String answer(CoreLabel label) {
    String answer = label.get(CoreAnnotations.AnswerAnnotation.class);
    return answer == null ? "O" : answer;
  }

  /** The type of a CRF label; {@code null} for "O" (no name) and labels the pipeline has no type for. */
  private static EntityType typeOf(String label) {
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
