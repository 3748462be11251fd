package dev.claimex.internal;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.ModelCatalog;
import dev.claimex.models.ModelResourceException;
import dev.claimex.text.SentenceDetector;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/** OpenNLP's maximum-entropy sentence detector with the UD EWT English model; one instance serves all threads. */
public final class OpenNlpSentenceDetector implements SentenceDetector {

  private static final StageProvenance PROVENANCE = StageProvenance.of(
      "OpenNLP SentenceDetectorME " + ModelCatalog.versions().get("opennlp.sentence"),
      SharedModels.catalogVersions("opennlp", "opennlp.sentence"));

  private final ThreadSafeSentenceDetectorME detector;

  private OpenNlpSentenceDetector(SentenceModel model) {
    this.detector = new ThreadSafeSentenceDetectorME(model);
  }

  /** Loads the model named in {@link ModelCatalog#SENTENCE_MODEL} from the class path. */
  public static OpenNlpSentenceDetector load() {
    String resource = ModelCatalog.SENTENCE_MODEL;
    try (InputStream in = OpenNlpSentenceDetector.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ModelResourceException("missing OpenNLP sentence model " + resource
            + " (add org.apache.opennlp:opennlp-models-sentdetect-en to the class path)");
      }
      return new OpenNlpSentenceDetector(new SentenceModel(in));
    } catch (IOException e) {
      throw new ModelResourceException("cannot read OpenNLP sentence model " + resource, e);
    }
  }

  @Override
  public StageProvenance provenance() {
    return PROVENANCE;
  }

  @Override
  public ImmutableList<TextSpan> detect(String text, int start, int end) {
    ImmutableList.Builder<TextSpan> sentences = ImmutableList.builder();
    for (Span span : detector.sentPosDetect(text.substring(start, end))) {
      int s = start + span.getStart();
      int e = start + span.getEnd();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        sentences.add(TextSpan.of(text, s, e));
      }
    }
    return sentences.build();
  }
}
