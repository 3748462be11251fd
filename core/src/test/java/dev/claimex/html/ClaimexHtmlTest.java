package dev.claimex.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.ExtractionResult;
import dev.claimex.Pipeline;
import dev.claimex.json.ClaimexJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClaimexHtmlTest {

  private static final String NEWS = String.join("\n",
      "Port strike talks",
      "",
      "The union warned of a longer strike if the talks failed, officials said.",
      "“We will not back down,” the union leader said. “The offer is an insult.” (Reuters)",
      "The company denied that it had broken the agreement.");
  private static final String HOSTILE = "The mayor said \"</script><script>alert(1)</script>\" was the reply & more.\n"
      + "Officials warned that \"><img src=x onerror=alert(2)> would appear\u2028 if the vote failed.\n"
      + "The clerk said the file was \u202etxt.exe\u202c and it must go.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String dataBlock(String page) {
    String open = "<script type=\"application/json\" id=\"claimex-data\">";
    int start = page.indexOf(open) + open.length();
    return page.substring(start, page.indexOf("</script>", start));
  }

  @Test
  void textIsEscapedAndDirectionControlsAreShownNotApplied() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;", Html.text("<script>alert(\"x\") & 'y'</script>"));
    assertEquals("a<span class=\"ctl\" title=\"direction control U+202E, shown, not applied\">\u27e8U+202E\u27e9</span>b",
        Html.text("a\u202eb"));
    assertEquals("tab\there \ufffd \ufffd \ud83d\ude00 \ufffd", Html.text("tab\there \u0000 \u0007 \ud83d\ude00 \ud800"));
    assertEquals("&lt;a href=&quot;x&quot;&gt;\u27e8U+202E\u27e9", Html.plain("<a href=\"x\">\u202e"), "in a title, no element");
  }

  @Test
  void theDataBlockIsTheClaimsJsonAndCannotCloseItsScript() throws Exception {
    ExtractionResult result = Pipeline.CLAIMEX.extract("hostile", HOSTILE);
    assertTrue(result.claims().size() >= 2, Pipeline.listing(result));
    String page = ClaimexHtml.render(result);
    String data = dataBlock(page);
    assertFalse(data.contains("<") || data.contains(">") || data.contains("&") || data.contains("\u2028"), data);
    JsonNode root = JSON.readTree(data);
    assertEquals("hostile", root.get("id").asText());
    assertEquals(result.claims().size(), root.get("claims").size());
    for (int i = 0; i < result.claims().size(); i++) {
      assertEquals(ClaimexJson.toTree(result.claims().get(i)), root.get("claims").get(i), "the JSON form of claim " + i);
    }
    assertTrue(root.get("claims").toString().contains("</script><script>alert(1)</script>"), "the text reads back whole");
    assertEquals(2, count(page.toLowerCase(Locale.ROOT), "<script"), "the data block and the page's script only");
    assertFalse(page.contains("<img"), "no markup of the text");
    assertFalse(Pattern.compile("<(?!/?(p|span)[ >])").matcher(article(page).substring(1)).find(),
        "the article is paragraphs and marks only");
    assertTrue(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "the text shows it");
    assertFalse(article(page).contains("\u202e"), "the override is not applied");
  }

  @Test
  void theViewListsSpeakersMostClaimsFirstWithTheirClaims() throws Exception {
    ExtractionResult result = Pipeline.CLAIMEX.extract("news", NEWS);
    JsonNode view = JSON.readTree(dataBlock(ClaimexHtml.render(result))).get("view");
    JsonNode speakers = view.get("speakers");
    int previous = Integer.MAX_VALUE;
    int listed = 0;
    for (int s = 0; s < speakers.size(); s++) {
      JsonNode claims = speakers.get(s).get("claims");
      assertTrue(claims.size() <= previous, speakers.toString());
      previous = claims.size();
      for (JsonNode claim : claims) {
        assertEquals(s, view.get("speaker").get(claim.asInt()).asInt());
        var speaker = result.claims().get(claim.asInt()).speaker();
        assertEquals(speaker == null ? Speakers.NO_SPEAKER : speaker.canonical(), speakers.get(s).get("name").asText());
        listed++;
      }
    }
    assertEquals(result.claims().size(), listed);
    assertEquals(result.claims().stream().map(c -> c.type().name()).distinct().sorted().toList(),
        JSON.convertValue(view.get("types"), List.class).stream().sorted().toList());
  }

  @Test
  void everyClaimHasOneFocusableMarkDescribedByItsCard() {
    ExtractionResult result = Pipeline.CLAIMEX.extract("news", NEWS);
    assertTrue(result.claims().size() >= 3, Pipeline.listing(result));
    String page = ClaimexHtml.render(result);
    for (int i = 0; i < result.claims().size(); i++) {
      assertEquals(1, count(page, " id=\"m" + i + "\" tabindex=\"0\" aria-describedby=\"card" + i + "\""), "claim " + i);
      assertTrue(count(page, "data-c=\"" + i + "\"") >= 2, "claim " + i + " marks its content and its cue at least");
    }
  }

  @Test
  void theArticleReadsAsWrittenOneParagraphALine() {
    ExtractionResult result = Pipeline.CLAIMEX.extract("news", NEWS);
    String article = article(ClaimexHtml.render(result));
    List<String> paragraphs = Pattern.compile("<p[^>]*>(.*?)</p>").matcher(article).results()
        .map(m -> unescape(m.group(1).replaceAll("<[^>]+>", ""))).toList();
    assertEquals(NEWS.lines().filter(line -> !line.isEmpty()).toList(), paragraphs);
    assertTrue(article.contains("<p class=\"gap\""), "a blank line before a paragraph shows");
    assertTrue(article.contains("<span class=\"hd\">Port strike talks</span>"), "the headline shows as one");
  }

  @Test
  void thePageLoadsNothingAndRunsOnlyItsOwnScript() throws Exception {
    String page = ClaimexHtml.render(Pipeline.CLAIMEX.extract("news", NEWS));
    for (String external : List.of(" src=", "url(", "@import", "http://", "https://", "<link", "@font-face")) {
      assertFalse(page.contains(external), external);
    }
    Matcher policy = Pattern.compile("script-src '(sha256-[^']+)'").matcher(page);
    assertTrue(policy.find(), "a content security policy");
    assertTrue(page.contains("default-src 'none'"));
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertTrue(script.find());
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
    assertEquals("sha256-" + Base64.getEncoder().encodeToString(digest), policy.group(1), "the policy names the script");
  }

  @Test
  void speakerColoursAreLegibleOnWhite() {
    for (String colour : Palette.COLOURS) {
      assertTrue(Palette.contrastOnWhite(colour) >= 4.5, colour + " " + Palette.contrastOnWhite(colour));
    }
    assertTrue(Palette.contrastOnWhite(Palette.NO_SPEAKER) >= 4.5);
    assertEquals(21.0, Palette.contrastOnWhite("#000000"), 1e-9);
    assertEquals(".s9{--c:#b91c1c;--t:#b91c1c2e;--b:dashed}", Palette.rule(9, false), "past eight, another pattern");
  }

  @Test
  void anEmptyDocumentIsAPageToo() {
    String page = ClaimexHtml.render(Pipeline.CLAIMEX.extract(""));
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
    assertTrue(page.contains("<title>Claims: document</title>"), "an untitled document");
    assertTrue(page.contains("0 claims by 0 speakers"));
  }

  @Test
  void nullIsACallersMistake() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ClaimexHtml.render(null));
    assertEquals("result", e.getMessage());
  }

  private static String article(String page) {
    return page.substring(page.indexOf("<article"), page.indexOf("</article>"));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
