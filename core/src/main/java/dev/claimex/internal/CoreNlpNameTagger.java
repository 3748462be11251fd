package dev.claimex.internal;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.ModelCatalog;
import dev.claimex.models.ModelResourceException;
import dev.claimex.ner.NameTagger;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** CoreNLP's conditional-random-field name tagger; one loaded model serves all threads. */
public final class CoreNlpNameTagger implements NameTagger {

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
  public ImmutableList<String> labels(List<String> words) {
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
    ImmutableList.Builder<String> labels = ImmutableList.builderWithExpectedSize(words.size());
    for (CoreLabel label : output) {
      String answer = label.get(CoreAnnotations.AnswerAnnotation.class);
      labels.add(answer == null ? "O" : answer);
    }
    return labels.build();
  }
}
