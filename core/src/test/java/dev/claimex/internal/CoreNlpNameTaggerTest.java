package dev.claimex.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ner.EntityType;
import dev.claimex.ner.TaggedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CRF's labels come out as typed names: a run of words with one label is one name, "O" is none. */
class CoreNlpNameTaggerTest {

  private static final CoreNlpNameTagger CRF = SharedModels.get().names();

  @Test
  void runsOfOneLabelAreTypedNames() {
    assertEquals(List.of(new TaggedName(0, 2, EntityType.PERSON), new TaggedName(3, 4, EntityType.LOCATION),
        new TaggedName(6, 9, EntityType.ORGANIZATION)),
        CRF.find(List.of("Angela", "Merkel", "visited", "Paris", "with", "the", "World", "Health", "Organization",
            ".")));
  }

  @Test
  void noWordsNoNames() {
    assertTrue(CRF.find(List.of()).isEmpty());
    assertTrue(CRF.find(List.of("it", "rained", ".")).isEmpty());
  }

  @Test
  void theProvenanceIsTheModelsId() {
    assertEquals("CoreNLP CRFClassifier english.all.3class.distsim", CRF.provenance().name());
    assertEquals("english.all.3class.distsim", CRF.provenance().versions().get("corenlp.ner"));
  }
}
