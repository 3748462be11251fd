package dev.claimex.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.ExtractionResult;
import dev.claimex.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimexJsonTest {

  private static final String TEXT = "The army warned of “total war” if the ceasefire breaks down, the ministry said.\nSource: Reuters";
  private static final List<String> CLAIM_FIELDS = List.of("type", "speaker", "addressee", "target", "cue", "content",
      "condition", "consequence", "quote", "source", "attribution", "polarity", "modality", "sentence", "confidence",
      "rule");

  private static JsonNode json(ExtractionResult result) throws Exception {
    String line = ClaimexJson.toJson(result);
    assertFalse(line.contains("\n"), "one line per document");
    return new ObjectMapper().readTree(line);
  }

  @Test
  void everyClaimFieldIsPresentAbsentOnesAsNull() throws Exception {
    JsonNode root = json(Pipeline.CLAIMEX.extract("doc-1", TEXT));
    assertEquals("doc-1", root.get("id").asText());
    JsonNode claim = root.get("claims").get(0);
    for (String field : CLAIM_FIELDS) {
      assertTrue(claim.has(field), "missing " + field);
    }
    assertTrue(claim.get("addressee").isNull());
    assertEquals("WARNING", claim.get("type").asText());
  }

  @Test
  void spansHoldTheTextAtTheirOffsets() throws Exception {
    JsonNode root = json(Pipeline.extract(TEXT));
    for (JsonNode claim : root.get("claims")) {
      for (String field : List.of("speaker", "cue", "content", "condition", "quote", "source")) {
        JsonNode span = claim.get(field);
        if (!span.isNull()) {
          assertEquals(TEXT.substring(span.get("start").asInt(), span.get("end").asInt()), span.get("text").asText(), field);
        }
      }
    }
    for (JsonNode entity : root.get("entities")) {
      assertEquals(TEXT.substring(entity.get("start").asInt(), entity.get("end").asInt()), entity.get("text").asText());
    }
  }

  @Test
  void anUnpairedSurrogateSurvivesUtf8Output() throws Exception {
    String text = "The minister said the talks had \ud800 failed.";
    String line = ClaimexJson.toJson(Pipeline.extract(text));
    // the line as a UTF-8 stream carries it: a raw unpaired surrogate would come out as "?"
    String carried = new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    JsonNode content = new ObjectMapper().readTree(carried).get("claims").get(0).get("content");
    assertEquals(text.substring(content.get("start").asInt(), content.get("end").asInt()), content.get("text").asText());
    assertTrue(content.get("text").asText().contains("\ud800"), content::toString);
  }

  @Test
  void groupSpeakersListTheirMembersOthersHaveNoMembersField() throws Exception {
    JsonNode root = json(Pipeline.extract("Serbia and Kosovo met in Brussels. Both sides agreed to reopen the crossing."));
    JsonNode speaker = root.get("claims").get(0).get("speaker");
    assertEquals(2, speaker.get("members").size());
    JsonNode single = json(Pipeline.extract(TEXT)).get("claims").get(0).get("speaker");
    assertFalse(single.has("members"));
  }

  @Test
  void resultsSayWhatMadeThem() throws Exception {
    JsonNode provenance = json(Pipeline.extract(TEXT)).get("provenance");
    assertEquals("claimex", provenance.get("library").asText());
    assertTrue(provenance.get("versions").has("corenlp"));
    assertTrue(provenance.get("versions").has("lexicon/cues.tsv"));
  }

  @Test
  void errorLinesKeepTheIdAndTheShape() throws Exception {
    JsonNode error = new ObjectMapper().readTree(ClaimexJson.errorLine("d7", "no \"text\" string"));
    assertEquals("d7", error.get("id").asText());
    assertEquals("no \"text\" string", error.get("error").asText());
    assertEquals(0, error.get("claims").size());
  }
}
