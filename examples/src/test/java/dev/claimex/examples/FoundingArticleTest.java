package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.json.ClaimexJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled example article end to end: the claims the project was founded to extract, and a golden copy of
 * the whole JSON so that any change in output is seen and reviewed. Regenerate the golden file, after checking
 * the difference, with {@code mvn -pl examples test -Dtest=FoundingArticleTest -Dclaimex.updateGolden=true}.
 */
class FoundingArticleTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/pakistan-afghanistan.json");
  private static final ExtractionResult RESULT =
      Claimex.english().extract(Examples.FOUNDING_ARTICLE, Examples.foundingArticle());

  private static Claim claim(ClaimType type, String speaker, String contentStart) {
    for (Claim claim : RESULT.claims()) {
      if (claim.type() == type && claim.speaker() != null && claim.speaker().canonical().equals(speaker)
          && claim.content().text().replace("“", "").startsWith(contentStart)) {
        return claim;
      }
    }
    return fail("no " + type + " by " + speaker + " starting \"" + contentStart + "\" among:\n" + RESULT.claims());
  }

  @Test
  void pakistanWarnsOfOpenWarIfTalksCollapse() {
    Claim warning = claim(ClaimType.WARNING, "Pakistan", "open war");
    assertEquals("talks collapse", warning.condition().text());
    assertEquals("open war", warning.quote().text());
    assertEquals("Reuters", warning.source().text());
  }

  @Test
  void pakistansDemandIsThatMilitantsStopUsingAfghanSoil() {
    Claim demand = claim(ClaimType.DEMAND, "Pakistan", "stopping militant groups");
    assertEquals("demand", demand.cue().text());
  }

  @Test
  void asifsConditions() {
    Claim soLongAs = claim(ClaimType.CONDITION, "Khawaja Muhammad Asif", "engagement between both countries");
    assertEquals("Afghanistan upholds their commitment", soLongAs.condition().text());
    claim(ClaimType.CONDITION, "Pakistan", "any agreement holding Kabul responsible");
  }

  @Test
  void theQuotesGoToTheirSpeakers() {
    Claim minister = claim(ClaimType.STATEMENT, "Pakistan's Information Minister", "this resulted in");
    assertEquals("no workable solutions", minister.quote().text());
  }

  @Test
  void everyAsifMentionIsOneEntity() {
    long entities = RESULT.entities().stream().filter(e -> e.text().contains("Asif"))
        .map(e -> e.canonical()).distinct().count();
    assertEquals(1, entities, RESULT.entities().toString());
  }

  @Test
  void outputMatchesTheGoldenJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode actual = ClaimexJson.toTree(RESULT);
    actual.remove("provenance"); // versions change with releases, not with behaviour
    String json = mapper.writeValueAsString(actual) + "\n";
    if (Boolean.getBoolean("claimex.updateGolden")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(GOLDEN), "no golden file; run once with -Dclaimex.updateGolden=true and review it");
    JsonNode expected = mapper.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertEquals(mapper.writeValueAsString(expected), mapper.writeValueAsString(actual),
        "output changed: review the difference, then regenerate the golden file (see the class comment)");
  }
}
