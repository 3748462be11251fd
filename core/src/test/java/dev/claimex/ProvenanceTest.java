package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.ModelCatalog;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.TaggedName;
import dev.claimex.quote.AttributionFinder;
import dev.claimex.quote.Report;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TextAnalysis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every result says which stages made it and the versions of what they ran on; a replaced stage says what it is. */
class ProvenanceTest {

  /** An attribution stage that finds nothing and says what it is. */
  static final class NoAttributions implements AttributionFinder {
    @Override
    public ImmutableList<Report> find(TextAnalysis analysis, ImmutableList<EntityMention> entities) {
      return ImmutableList.of();
    }

    @Override
    public StageProvenance provenance() {
      return StageProvenance.of("no attributions", Map.of("my-rules.tsv", "7"));
    }
  }

  @Test
  void theDefaultPipelineListsItsStagesAndEveryModelVersion() {
    Provenance provenance = Pipeline.CLAIMEX.provenance();
    assertEquals(List.of("layout", "sentenceSplitter", "sentenceDetector", "tokenTagger", "entityRecognizer",
        "nameTagger", "attributionFinder", "dependencyParser"), provenance.stages().keySet().asList());
    assertEquals("CoreNLP CRFClassifier english.all.3class.distsim", provenance.stages().get("nameTagger"));
    assertEquals("dev.claimex.quote.RuleBasedAttributionFinder", provenance.stages().get("attributionFinder"));
    // the models' versions first, in the catalog's order, then the lexicons and gazetteers
    List<String> catalog = ModelCatalog.versions().keySet().asList();
    assertEquals(catalog, provenance.versions().keySet().asList().subList(0, catalog.size()));
    assertEquals(ModelCatalog.libraryVersion(), provenance.version());
    assertTrue(provenance.versions().containsKey("lexicon/cues.tsv"));
  }

  @Test
  void aReplacedStageIsNamedWithItsVersionsAndItsUnusedModelIsNot() {
    Provenance provenance = Claimex.builder().attributionFinder(new NoAttributions()).build().provenance();
    assertEquals("no attributions", provenance.stages().get("attributionFinder"));
    assertFalse(provenance.stages().containsKey("dependencyParser"), provenance.stages()::toString);
    assertEquals("7", provenance.versions().get("my-rules.tsv"));
    assertFalse(provenance.versions().containsKey("corenlp.depparse"), provenance.versions()::toString);
    assertTrue(provenance.versions().containsKey("corenlp.ner"));
  }

  @Test
  void aLambdaIsNamedAfterTheClassThatWroteIt() {
    Claimex claimex = Claimex.builder().nameTagger(words -> ImmutableList.of()).build();
    assertEquals(ProvenanceTest.class.getName() + "$$Lambda", claimex.provenance().stages().get("nameTagger"));
  }

  @Test
  void theJsonProvenanceHasTheVersionsAndTheStages() {
    Claimex claimex = Claimex.builder()
        .nameTagger(words -> ImmutableList.of(new TaggedName(0, 1, EntityType.PERSON))).build();
    String json = dev.claimex.json.ClaimexJson.toJson(claimex.extract("Ann said it rained."));
    assertTrue(json.contains("\"stages\":{\"layout\":\"dev.claimex.text.NewsLayoutAnalyzer\""), json);
    assertTrue(json.contains("\"nameTagger\":\"dev.claimex.ProvenanceTest$$Lambda\""), json);
    assertFalse(json.contains("corenlp.ner"), json);
  }

  @Test
  void aPartOfAReplacedStageIsAMistake() {
    Claimex.Builder both = Claimex.builder().nameTagger(words -> ImmutableList.of())
        .entityRecognizer(analysis -> ImmutableList.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, both::build);
    assertTrue(e.getMessage().startsWith("nameTagger("), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Claimex.builder().attributionFinder(new NoAttributions())
        .dependencyParser(sentence -> null).build());
  }

  @Test
  void theBuilderShowsWhatEachReplacedStageIs() {
    String builder = Claimex.builder().minConfidence(0.5).attributionFinder(new NoAttributions()).toString();
    assertTrue(builder.endsWith("minConfidence=0.5, timeBudget=PT1M, categories=[SPEECH, THOUGHT, EVIDENCE]], "
        + "attributionFinder=no attributions]"), builder);
  }
}
