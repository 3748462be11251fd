package dev.claimex.ner;

import static dev.claimex.Pipeline.assertEntity;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import org.junit.jupiter.api.Test;

class NewsEntityRecognizerTest {

  @Test
  void outletsAreOutletsNotPeopleOrOrganizations() {
    assertEntity("The agency told Reuters on Monday that it would appeal.", "Reuters", EntityType.OUTLET);
    assertEntity("The channel Al Jazeera aired the interview.", "Al Jazeera", EntityType.OUTLET);
  }

  @Test
  void countriesGetTheirFineTypeAndCanonicalName() {
    EntityMention burma = assertEntity("Exporters from Norway and Burma met in Oslo.", "Burma", EntityType.COUNTRY);
    assertEquals("Myanmar", burma.canonical());
    assertEntity("Exporters from Norway and Burma met in Oslo.", "Norway", EntityType.COUNTRY);
  }

  @Test
  void aSurnameAloneIsThePersonNamedInFull() {
    ExtractionResult result = extract("Prime Minister Jacinda Ardern spoke on Monday. Ardern said the borders would reopen.");
    EntityMention full = result.entities().stream().filter(e -> e.text().equals("Jacinda Ardern")).findFirst().orElseThrow();
    EntityMention surname = result.entities().stream().filter(e -> e.text().equals("Ardern")).findFirst().orElseThrow();
    assertEquals(full.entity(), surname.entity());
    assertEquals("Jacinda Ardern", surname.canonical());
  }

  @Test
  void anHonorificKeepsASurnameFromTheRelativeOfTheOtherSex() {
    ExtractionResult result = extract("Maria Okafor and her husband met voters on Monday. "
        + "Mr. Okafor said the plan would fail. Ms. Okafor said it would pass.");
    EntityMention him = result.entities().stream().filter(e -> e.text().equals("Okafor")
        && result.text().startsWith("Mr. ", e.span().start() - 4)).findFirst().orElseThrow();
    EntityMention her = result.entities().stream().filter(e -> e.text().equals("Okafor")
        && result.text().startsWith("Ms. ", e.span().start() - 4)).findFirst().orElseThrow();
    assertEquals("Okafor", him.canonical(), "Mr. Okafor is not Maria Okafor");
    assertEquals("Maria Okafor", her.canonical());
  }

  @Test
  void aSurnameThatIsAlsoACommonWordIsTheNamedPersonOnlyWhereItActsAsOne() {
    ExtractionResult said = extract("Senator Ruth Bland arrived on Monday. Bland said the plan would fail.");
    assertTrue(said.entities().stream().anyMatch(e -> e.text().equals("Bland") && e.canonical().equals("Ruth Bland")),
        said.entities()::toString);
    ExtractionResult food = extract("Senator Ruth Bland arrived on Monday. Bland food was served.");
    assertTrue(food.entities().stream().noneMatch(e -> e.text().equals("Bland")), food.entities()::toString);
  }

  @Test
  void aNameTaggedOnceIsTaggedEverywhere() {
    ExtractionResult result = extract("Navarro Watts met the envoy in Geneva on Friday.\nWatts\nWatts spoke later.");
    assertTrue(result.entities().stream().filter(e -> e.text().equals("Watts")).count() >= 2, result.entities()::toString);
  }

  @Test
  void acronymsJoinTheirLongForm() {
    ExtractionResult result = extract("The Rapid Support Forces (RSF) shelled the city. Officials said RSF fighters fled.");
    assertTrue(result.entities().stream().anyMatch(e -> e.text().equals("RSF") && e.canonical().equals("Rapid Support Forces")),
        result.entities()::toString);
  }

  @Test
  void titlesAreTitles() {
    assertEntity("The defence minister said the army was ready.", "defence minister", EntityType.TITLE);
  }
}
