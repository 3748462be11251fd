package dev.claimex.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.Provenance;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.quote.Attribution;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small dictionary in place of CoreNLP's CRF: the gazetteers, document consistency, coreference, attribution and
 * claims run on the dictionary's names, and the results say that the dictionary made them.
 */
class ReplacedNameTaggerTest {

  /** A few names, matched word for word, the longest first; nothing else is a name. */
  static final class DictionaryNameTagger implements NameTagger {

    private final List<Map.Entry<List<String>, EntityType>> names;

    DictionaryNameTagger(Map<String, EntityType> names) {
      this.names = names.entrySet().stream()
          .map(e -> Map.entry(Arrays.asList(e.getKey().split(" ")), e.getValue()))
          .sorted(Comparator.comparingInt(e -> -e.getKey().size()))
          .toList();
    }

    @Override
    public ImmutableList<TaggedName> find(List<String> words) {
      ImmutableList.Builder<TaggedName> found = ImmutableList.builder();
      int i = 0;
      next:
      while (i < words.size()) {
        for (Map.Entry<List<String>, EntityType> name : names) {
          int end = i + name.getKey().size();
          if (end <= words.size() && words.subList(i, end).equals(name.getKey())) {
            found.add(new TaggedName(i, end, name.getValue()));
            i = end;
            continue next;
          }
        }
        i++;
      }
      return found.build();
    }
  }

  private static final Claimex DICTIONARY = Claimex.builder().nameTagger(new DictionaryNameTagger(Map.of(
      "Vorlan Castemir", EntityType.PERSON,
      "Acme Relief Agency", EntityType.ORGANIZATION,
      "Freedonia", EntityType.COUNTRY))).build();

  private static final String NEWS = "Vorlan Castemir, the foreign minister of Freedonia, arrived in Geneva on Monday. "
      + "He warned that Freedonia would close the border if the talks failed. "
      + "The Acme Relief Agency said it would send food to the region. "
      + "Maria Gonzalez, a teacher, said she was worried.";

  private static final ExtractionResult RESULT = DICTIONARY.extract(NEWS);

  @Test
  void theProvenanceNamesTheDictionaryNotTheCrf() {
    Provenance provenance = RESULT.provenance();
    assertEquals(DictionaryNameTagger.class.getName(), provenance.stages().get("nameTagger"));
    assertEquals(NewsEntityRecognizer.class.getName(), provenance.stages().get("entityRecognizer"));
    assertTrue(provenance.stages().values().stream().noneMatch(stage -> stage.contains("CRF")
        || stage.contains("3class")), provenance.stages()::toString);
    assertFalse(provenance.versions().containsKey("corenlp.ner"), provenance.versions()::toString);
    assertTrue(provenance.versions().containsKey("corenlp.pos"), "the token tagger is still CoreNLP's");
    assertTrue(provenance.versions().containsKey("gazetteer/countries.tsv"));
    assertEquals(provenance, DICTIONARY.provenance());
  }

  @Test
  void theDictionarysNamesAreTheEntitiesWithTheGazetteersCorrections() {
    assertEquals(List.of("Vorlan Castemir PERSON", "Freedonia COUNTRY", "Geneva CITY", "Freedonia COUNTRY",
        "Acme Relief Agency ORGANIZATION"), RESULT.entities().stream()
        .filter(e -> e.type() != EntityType.TITLE).map(e -> e.text() + " " + e.type()).toList(),
        "Freedonia is the dictionary's COUNTRY (the CRF would say LOCATION), Geneva the gazetteer's CITY, and "
        + "Maria Gonzalez, whom the dictionary does not know, no one");
  }

  @Test
  void aPronounSpeakerResolvesToTheDictionarysPerson() {
    Claim warning = RESULT.claims().stream().filter(c -> c.type() == ClaimType.WARNING).findFirst()
        .orElseThrow(() -> new AssertionError("no warning in " + RESULT.claims()));
    assertEquals("He", warning.speaker().mention().text());
    assertEquals("Vorlan Castemir", warning.speaker().canonical());
    assertEquals(EntityType.PERSON, warning.speaker().type());
    assertEquals("Freedonia would close the border", warning.content().text());
    assertEquals("the talks failed", warning.condition().text());
  }

  @Test
  void attributionStillRuns() {
    Attribution agency = RESULT.attributions().stream()
        .filter(a -> a.speaker() != null && a.speaker().canonical().equals("Acme Relief Agency")).findFirst()
        .orElseThrow(() -> new AssertionError("no attribution by the agency in " + RESULT.attributions()));
    assertEquals("it would send food to the region", agency.content().text());
    assertEquals(EntityType.ORGANIZATION, agency.speaker().type());
  }

  @Test
  void aNameOverlappingAnEarlierOneIsIgnored() {
    NameTagger overlapping = words -> words.size() < 2 ? ImmutableList.of()
        : ImmutableList.of(new TaggedName(1, 2, EntityType.ORGANIZATION), new TaggedName(0, 2, EntityType.PERSON));
    ExtractionResult result = Claimex.builder().nameTagger(overlapping).build().extract("Ann Lee said it rained.");
    assertEquals(List.of("Ann Lee PERSON"), result.entities().stream().map(e -> e.text() + " " + e.type()).toList());
  }

  @Test
  void aTaggerThatReadsPastTheSentenceFailsTheEntityStageNamedInAWarning() {
    NameTagger overrunning = words -> ImmutableList.of(new TaggedName(0, words.size() + 1, EntityType.PERSON));
    ExtractionResult result = Claimex.builder().nameTagger(overrunning).build().extract("Ann Lee said it rained.");
    assertFalse(result.complete());
    assertTrue(result.warnings().get(0).message().startsWith("entities failed: IllegalStateException: "
        + ReplacedNameTaggerTest.class.getName() + "$$Lambda found TaggedName[start=0, end=7, type=PERSON] in a "
        + "sentence of 6 words"), result.warnings()::toString);
  }
}
