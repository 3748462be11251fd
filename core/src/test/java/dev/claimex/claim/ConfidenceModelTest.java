package dev.claimex.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.claimex.lexicon.CuePart;
import dev.claimex.models.ModelResourceException;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.ReportKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

  private static final String TOY = String.join("\n",
      "# a toy model",
      "# version: toy",
      "id\tweight",
      "bias\t-1",
      "type=WARNING\t2",
      "speaker=PRONOUN\t-0.5",
      "attributionConfidence\t1",
      "");

  private static ConfidenceModel read(String tsv) throws IOException {
    return ConfidenceModel.read("toy.tsv", new StringReader(tsv));
  }

  /** An indirect warning by a named person, reported at attribution confidence 0.5. */
  private static ClaimFeatures warning(ClaimFeatures.SpeakerForm speaker) {
    return new ClaimFeatures(ClaimType.WARNING, ReportKind.INDIRECT, CuePart.VERB, ContentIntro.THAT, false, false,
        speaker, EntityType.PERSON, false, false, 6, false, Polarity.POSITIVE, Modality.ASSERTED, false, false, 0.5);
  }

  @Test
  void aFeatureVectorGivesTheLogisticOfItsWeightedSum() throws IOException {
    ConfidenceModel model = read(TOY);
    assertEquals("toy", model.version());
    // -1 (bias) + 2 (WARNING) + 1 × 0.5 (attribution confidence); the other features weigh nothing
    assertEquals(1 / (1 + Math.exp(-1.5)), model.probability(warning(ClaimFeatures.SpeakerForm.NAMED)), 1e-12);
    assertEquals(1 / (1 + Math.exp(-1.0)), model.probability(warning(ClaimFeatures.SpeakerForm.PRONOUN)), 1e-12);
    assertEquals(1 / (1 + Math.exp(1.0)), model.probability(Map.of("bias", 1.0)), 1e-12);
  }

  @Test
  void theVectorNamesOnlyKnownFeatures() {
    Map<String, Double> vector = warning(ClaimFeatures.SpeakerForm.NAMED).vector();
    assertTrue(ClaimFeatures.NAMES.containsAll(vector.keySet()), vector.toString());
    assertEquals(1.0, vector.get("type=WARNING"));
    assertEquals(1.0, vector.get("length=4-10"));
    assertEquals(0.5, vector.get("attributionConfidence"));
    assertEquals(null, vector.get("condition"));
  }

  @Test
  void contentLengthsFallInBuckets() {
    assertEquals("1-3", ClaimFeatures.lengthBucket(1));
    assertEquals("4-10", ClaimFeatures.lengthBucket(4));
    assertEquals("11-25", ClaimFeatures.lengthBucket(25));
    assertEquals("26+", ClaimFeatures.lengthBucket(26));
    assertTrue(ClaimFeatures.NAMES.contains("length=26+"));
  }

  @Test
  void writtenWeightsReadBackTheSame() throws IOException {
    ConfidenceModel model = read(TOY);
    ConfidenceModel again = read(model.toTsv(ImmutableList.of("refit with: claimex calibrate ...")));
    assertEquals(model.weights(), again.weights());
    assertEquals("toy", again.version());
  }

  @Test
  void theBundledModelLoadsAndRatesClaimsInTheOpenInterval() {
    ConfidenceModel model = ConfidenceModel.load();
    assertTrue(model.weights().containsKey(ClaimFeatures.BIAS));
    double p = model.probability(warning(ClaimFeatures.SpeakerForm.NAMED));
    assertTrue(p > 0 && p < 1, "probability " + p);
  }

  @Test
  void aMissingResourceSaysWhichOne() {
    ModelResourceException e = assertThrows(ModelResourceException.class,
        () -> ConfidenceModel.load("dev/claimex/claim/no-such-weights.tsv"));
    assertTrue(e.getMessage().contains("missing resource dev/claimex/claim/no-such-weights.tsv"), e.getMessage());
  }

  @Test
  void aMalformedFileFailsNamingTheLine() {
    assertMalformed("id\tweight\nbias\tlots\n", "toy.tsv:2", "not a number");
    assertMalformed("id\tweight\nbias\t0\ntype=RUMOUR\t1\n", "toy.tsv:3", "unknown feature 'type=RUMOUR'");
    assertMalformed("id\tweight\ntype=WARNING\t1\n", "toy.tsv", "no 'bias' weight");
    assertMalformed("feature\tweight\nbias\t0\n", "toy.tsv:1", "header must be");
    assertMalformed("id\tweight\nbias\t0\t1\n", "toy.tsv:2", "columns");
    assertMalformed("id\tweight\nbias\tNaN\n", "toy.tsv:2", "not finite");
  }

  @Test
  void weightsGivenInCodeAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.of(Map.of("rumour", 1.0), "v"));
    assertThrows(IllegalArgumentException.class,
        () -> ConfidenceModel.of(Map.of("bias", Double.POSITIVE_INFINITY), "v"));
  }

  private static void assertMalformed(String tsv, String where, String why) {
    ModelResourceException e = assertThrows(ModelResourceException.class, () -> read(tsv));
    assertTrue(e.getMessage().contains(where) && e.getMessage().contains(why), e.getMessage());
  }
}
