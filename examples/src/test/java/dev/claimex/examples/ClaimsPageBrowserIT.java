package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimex.Claimex;
import dev.claimex.ExtractionResult;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.html.ClaimexHtml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims page ({@code extract --format html}, {@link ClaimexHtml}) in a real browser: Debian's headless Chromium,
 * driven over the DevTools protocol. For the bundled article, a hostile document and a document of 1 MB it checks the
 * rendered DOM (every claim has a mark in the text and a card; filters hide and show marks; the keyboard and the
 * mouse open cards), and saves screenshots and figures under {@code target/html-screenshots/}.
 *
 * <p>Without Chromium these tests fail, saying how to install it, unless {@code -Dclaimex.browser.skip=true}.
 */
class ClaimsPageBrowserIT {

  static final Path OUT = Path.of("target", "html-screenshots");
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final String READY = "document.documentElement.getAttribute('data-ready')";
  private static final int DESKTOP_WIDTH = 1280;
  /** The fields of a card, as the issue lists them (the page names an addressee, else a target). */
  private static final List<String> CARD_FIELDS = List.of("speaker", "addressee|target", "condition", "polarity",
      "modality", "attribution", "category", "source", "confidence", "rule");

  private static Chromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeFalse(Boolean.getBoolean(Chromium.SKIP_PROPERTY), "browser tests skipped (-D" + Chromium.SKIP_PROPERTY + ")");
    Path executable = Chromium.find().orElse(null);
    if (executable == null) {
      fail("the claims page is tested in Chromium, which is not installed: apt-get install -y chromium (Debian), or "
          + "-D" + Chromium.PATH_PROPERTY + "=/path/to/chromium; -D" + Chromium.SKIP_PROPERTY + "=true skips these tests");
    }
    Files.createDirectories(OUT);
    Files.deleteIfExists(OUT.resolve("figures.tsv"));
    browser = Chromium.start(executable);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theFoundingArticleShowsEveryClaimWithItsCardAndFilters() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code = new ClaimexCli(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err)
        .run("extract", "--format", "html");
    assertEquals(0, code);
    String page = printed.toString(StandardCharsets.UTF_8);
    ExtractionResult result = Claimex.english().extract(Examples.FOUNDING_ARTICLE, Examples.foundingArticle());
    long start = System.nanoTime();
    String rendered = ClaimexHtml.render(result);
    Duration render = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(rendered, page, "the command line writes the page of ClaimexHtml.render");

    Path file = write("founding-article.html", page);
    browser.viewport(DESKTOP_WIDTH, 900, false);
    Duration load = browser.open(file.toUri(), READY, READY_TIMEOUT);
    assertCleanPage(file);
    assertTextAsWritten(result);
    assertEveryClaimHasAMarkAndACard(result);
    assertSpeakersListed(result);
    assertMarksLegible();
    assertFiltersHideAndShow(result);
    assertKeyboardOpensAndEscapeClosesCards(result);
    assertPanelLinksFocusTheirMark(result);

    Claim warning = result.claims().stream().filter(c -> c.type() == ClaimType.WARNING && c.condition() != null)
        .findFirst().orElseThrow(() -> new AssertionError("the bundled article's conditional warning is missing"));
    int shown = result.claims().indexOf(warning);
    hover(shown);
    String card = browser.evaluate("document.getElementById('card" + shown + "').innerText").asText();
    assertTrue(card.contains(warning.condition().text() + " \u21d2 " + warning.consequence().text()), card);
    assertTrue(card.contains("confidence") && card.contains(warning.rule()), card);
    browser.evaluate("document.getElementById('m" + shown + "').scrollIntoView({block: 'center'});"
        + " document.getElementById('panel').scrollTop = 0");
    hover(shown); // the card follows the mark
    browser.screenshot(OUT.resolve("founding-article.png"));

    browser.moveMouse(1, 1);
    browser.press("Escape", 27);
    browser.viewport(390, 844, true);
    browser.evaluate("window.scrollTo(0, 0)");
    JsonNode phone = browser.evaluate("(function () { var t = document.getElementById('text').getBoundingClientRect();"
        + " var p = document.getElementById('panel').getBoundingClientRect();"
        + " return {panelTop: p.top, textBottom: t.bottom, width: document.documentElement.scrollWidth}; })()");
    assertTrue(phone.get("panelTop").asDouble() >= phone.get("textBottom").asDouble(), "on a phone the panel goes under"
        + " the text: " + phone);
    assertTrue(phone.get("width").asInt() <= 390, "no sideways scrolling on a phone: " + phone);
    JsonNode tap = browser.evaluate("(function () { var r = document.getElementById('m0').getClientRects()[0];"
        + " return {x: r.left + 4, y: r.top + r.height / 2}; })()");
    browser.click(tap.get("x").asDouble(), tap.get("y").asDouble()); // a tap
    JsonNode tapped = browser.evaluate("(function () { var c = document.getElementById('cards').getBoundingClientRect();"
        + " return {shown: !document.getElementById('card0').hidden, left: c.left, right: c.right,"
        + " width: document.documentElement.scrollWidth}; })()");
    assertTrue(tapped.get("shown").asBoolean(), "a tap opens the card: " + tapped);
    assertTrue(tapped.get("left").asDouble() >= 0 && tapped.get("right").asDouble() <= 390
        && tapped.get("width").asInt() <= 390, "the card fits the phone's width: " + tapped);
    browser.screenshot(OUT.resolve("founding-article-phone.png"));
    figures("founding article", render, result, page, load);
  }

  @Test
  void hostileTextStaysTextAndNoneOfItRuns() throws Exception {
    String id = "<img src=x onerror=\"window.__pwned = 'id'\">\u202e.txt";
    String text = String.join("\n",
        "Council row over web page",
        "",
        "The mayor said \"<script>window.__pwned = 1; alert(1)</script>\" was the only reply she got from the vendor.",
        "Officials warned that \"><img src=x onerror=\"window.__pwned = 2\"> would appear on the site if the vote failed.",
        "The council denied that <a href=\"javascript:window.__pwned = 3\">the link</a> was ever published, a spokesman"
            + " said.",
        "A clerk said the list ended with </script><script>window.__pwned = 4</script> and nothing else.",
        "The minister said the file was named \u202etxt.exe\u202c and urged users to delete it.",
        "Critics said the totals & figures were wrong, calling the &lt;b&gt; tags \"a mess\".",
        "Jane <b onmouseover=\"window.__pwned = 5\">Doe</b> said the page would be fixed by Friday.",
        "A line with a separator\u2028and a <!-- comment --> said the clerk.");
    ExtractionResult result = Claimex.english().extract(id, text);
    assertTrue(result.claims().stream().anyMatch(c -> c.content().text().contains("<script>")),
        "the hostile markup must be inside claims, so that the page's data carries it too: " + result.claims());
    assertTrue(result.claims().stream().anyMatch(c -> c.speaker() != null && c.speaker().canonical().contains("<b ")),
        "and inside a speaker's name: " + result.claims());
    String page = ClaimexHtml.render(result);
    Path file = write("hostile.html", page);
    browser.viewport(DESKTOP_WIDTH, 900, false);
    browser.open(file.toUri(), READY, READY_TIMEOUT);
    for (int i = 0; i < result.claims().size(); i++) {
      hover(i); // a script hidden in a card or a name would run now
    }
    browser.press("Tab", 9);
    assertCleanPage(file);
    assertEveryClaimHasAMarkAndACard(result);
    JsonNode dom = browser.evaluate("(function () {"
        + " var all = document.querySelectorAll('*'), handlers = [];"
        + " for (var i = 0; i < all.length; i++) { for (var a = 0; a < all[i].attributes.length; a++) {"
        + "   var name = all[i].attributes[a].name; if (/^on/i.test(name)) { handlers.push(all[i].tagName + ' ' + name); } } }"
        + " var text = document.getElementById('text'), cards = document.getElementById('cards');"
        + " return {pwned: typeof window.__pwned, handlers: handlers,"
        + "  scripts: document.scripts.length, dataType: document.scripts[0].type,"
        + "  embedded: document.querySelectorAll('img, iframe, object, embed, svg, math, video, audio, form, base').length,"
        + "  links: Array.prototype.map.call(document.querySelectorAll('[href]'), function (a) { return a.getAttribute('href'); }),"
        + "  text: text.textContent, cards: cards.textContent, speakers: document.getElementById('speaker-list').textContent,"
        + "  title: document.title, heading: document.querySelector('h1').textContent,"
        + "  bidi: Array.prototype.map.call(text.querySelectorAll('p'), function (p) { return getComputedStyle(p).unicodeBidi; }),"
        + "  claims: JSON.parse(document.getElementById('claimex-data').textContent).claims.length }; })()");
    assertEquals("undefined", dom.get("pwned").asText(), "a script of the text ran");
    assertEquals(List.of(), browser.events("Page.javascriptDialogOpening"), "a dialog opened");
    assertEquals("[]", dom.get("handlers").toString(), "event handler attributes were created");
    assertEquals(2, dom.get("scripts").asInt(), "only the page's data block and script exist");
    assertEquals("application/json", dom.get("dataType").asText());
    assertEquals(0, dom.get("embedded").asInt(), "an element was made of the text");
    for (JsonNode href : dom.get("links")) {
      assertTrue(href.asText().matches("#m\\d+"), "a link not to a claim: " + href);
    }
    assertEquals(result.claims().size(), dom.get("claims").asInt(), "the data block reads back whole");
    String shown = dom.get("text").asText();
    for (String literal : List.of("<script>window.__pwned = 1; alert(1)</script>", "\"><img src=x onerror=\"window.__pwned = 2\">",
        "<a href=\"javascript:window.__pwned = 3\">", "</script><script>window.__pwned = 4</script>", "&lt;b&gt;",
        "totals & figures", "<b onmouseover=\"window.__pwned = 5\">", "<!-- comment -->", "\u27e8U+202E\u27e9txt.exe\u27e8U+202C\u27e9")) {
      assertTrue(shown.contains(literal), "the text shows " + literal + " as written");
    }
    String cards = dom.get("cards").asText();
    assertTrue(cards.contains("\u21d2 \"><img src=x onerror=\"window.__pwned = 2\">"), "cards show it too: " + cards);
    assertTrue(cards.contains("Jane <b onmouseover=\"window.__pwned = 5\"> Doe </b>"), "names too: " + cards);
    String speakers = dom.get("speakers").asText();
    assertTrue(speakers.contains("<script>window.__pwned = 1; alert(1)</script>"), "the panel too: " + speakers);
    assertTrue(speakers.contains("Jane <b onmouseover=\"window.__pwned = 5\"> Doe </b>"), speakers);
    for (String field : List.of("text", "cards", "speakers", "heading", "title")) {
      assertFalse(dom.get(field).asText().matches("(?s).*[\u202a-\u202e\u2066-\u2069].*"),
          "a direction control was applied in " + field);
    }
    assertTrue(dom.get("heading").asText().contains("<img src=x onerror=\"window.__pwned = 'id'\">"), dom.toString());
    assertTrue(dom.get("title").asText().endsWith("<img src=x onerror=\"window.__pwned = 'id'\">\u27e8U+202E\u27e9.txt"),
        dom.toString());
    for (JsonNode bidi : dom.get("bidi")) {
      assertEquals("isolate", bidi.asText(), "each paragraph isolates its direction");
    }
    assertFiltersHideAndShow(result);
    browser.evaluate("window.scrollTo(0, 0)");
    hover(0);
    browser.screenshot(OUT.resolve("hostile.png"));
  }

  @Test
  void aOneMegabyteArticleRendersInAFewSeconds() throws Exception {
    String text = RepeatedText.of(Examples.foundingArticle(), 1_000_000);
    long extraction = System.nanoTime();
    ExtractionResult result = Claimex.english().extract("news-1mb.txt", text);
    extraction = System.nanoTime() - extraction;
    assertTrue(result.claims().size() >= 500, "hundreds of claims: " + result.claims().size());
    long start = System.nanoTime();
    String page = ClaimexHtml.render(result);
    Duration render = Duration.ofNanos(System.nanoTime() - start);
    Path file = write("news-1mb.html", page);
    browser.viewport(DESKTOP_WIDTH, 900, false);
    Duration load = browser.open(file.toUri(), READY, READY_TIMEOUT);
    int ready = browser.evaluate(READY).asInt();
    assertTrue(ready < 10_000, "the page was ready after " + ready + " ms");
    assertCleanPage(file);
    assertEveryClaimHasAMarkAndACard(result);
    assertFiltersHideAndShow(result);
    hover(0);
    browser.screenshot(OUT.resolve("news-1mb.png"));
    figures(String.format(Locale.ROOT, "1 MB article (extracted in %.0f s%s)", extraction / 1e9,
        result.complete() ? "" : ", incomplete: " + result.warnings()), render, result, page, load);
  }

  /** The page ran without a script error, opened no dialog and asked for nothing but itself. */
  private static void assertCleanPage(Path file) {
    assertEquals(List.of(), browser.events("Runtime.exceptionThrown"), "script errors");
    assertEquals(List.of(), browser.events("Page.javascriptDialogOpening"), "dialogs");
    String self = file.toUri().toString();
    List<String> requests = browser.events("Network.requestWillBeSent").stream()
        .map(event -> event.path("request").path("url").asText()).filter(url -> !url.equals(self)).toList();
    assertEquals(List.of(), requests, "the page loads nothing");
    assertEquals("[]", browser.evaluate("JSON.stringify(performance.getEntriesByType('resource').map(function (r) {"
        + " return r.name; }))").asText(), "resources");
  }

  /** The article's lines are the page's paragraphs, word for word (direction controls shown). */
  private static void assertTextAsWritten(ExtractionResult result) {
    String expected = result.text().lines().filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    String shown = browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#text > p'),"
        + " function (p) { return p.textContent; }).join('\\n')").asText();
    assertEquals(expected, shown);
  }

  /** Each claim has marks in the text, one of them focusable and described by the claim's card, and a card. */
  private static void assertEveryClaimHasAMarkAndACard(ExtractionResult result) {
    JsonNode dom = browser.evaluate("(function () {"
        + " var n = JSON.parse(document.getElementById('claimex-data').textContent).claims.length, out = [];"
        + " for (var i = 0; i < n; i++) {"
        + "  var marks = document.querySelectorAll('#text .m[data-c=\"' + i + '\"]').length;"
        + "  var focus = document.getElementById('m' + i), card = document.getElementById('card' + i);"
        + "  out.push([marks, focus && focus.closest('#text') ? focus.tabIndex : -9,"
        + "   focus ? focus.getAttribute('aria-describedby') : null,"
        + "   card ? card.getAttribute('role') : null,"
        + "   card ? card.querySelector('.card-head b').textContent : null,"
        + "   card ? card.querySelector('.card-head bdi').textContent : null,"
        + "   card ? Array.prototype.map.call(card.querySelectorAll('dt'), function (dt) { return dt.textContent; })"
        + "    .join(' ') : '']); }"
        + " return out; })()");
    assertEquals(result.claims().size(), dom.size(), "claims in the page's data");
    for (int i = 0; i < dom.size(); i++) {
      Claim claim = result.claims().get(i);
      JsonNode facts = dom.get(i);
      String what = "claim " + i + " " + claim + ": " + facts;
      assertTrue(facts.get(0).asInt() >= 1, "no mark: " + what);
      assertEquals(0, facts.get(1).asInt(), "not reachable by keyboard: " + what);
      assertEquals("card" + i, facts.get(2).asText(), what);
      assertEquals("tooltip", facts.get(3).asText(), "no card: " + what);
      assertEquals(claim.type().name(), facts.get(4).asText(), what);
      String speaker = claim.speaker() == null ? "(no speaker)" : claim.speaker().canonical();
      assertEquals(clip(speaker, 80), facts.get(5).asText(), what);
      for (String field : CARD_FIELDS) {
        assertTrue(facts.get(6).asText().matches("(.* )?(" + field + ")( .*)?"), "the card shows " + field + ": " + what);
      }
    }
  }

  /** The panel lists every speaker, with as many claims as the result gives them. */
  private static void assertSpeakersListed(ExtractionResult result) {
    Map<String, Long> expected = result.claims().stream().collect(Collectors.groupingBy(
        c -> c.speaker() == null ? "(no speaker)" : c.speaker().canonical(), Collectors.counting()));
    JsonNode listed = browser.evaluate("Array.prototype.map.call(document.querySelectorAll('#speaker-list > li'),"
        + " function (li) { return [li.querySelector('bdi').textContent, li.querySelectorAll('a[data-c]').length]; })");
    assertEquals(expected.size(), listed.size(), listed::toString);
    for (JsonNode speaker : listed) {
      assertEquals(expected.get(speaker.get(0).asText()), speaker.get(1).asLong(), speaker::toString);
    }
  }

  /** Speakers' names, written in their colour, keep WCAG AA contrast (4.5:1) on the white page. */
  private static void assertMarksLegible() {
    JsonNode worst = browser.evaluate("(function () {"
        + " function lum(c) { var v = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(function (x) { x = x / 255;"
        + "   return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
        + "   return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
        + " var worst = 21, marks = document.querySelectorAll('#text .m.p');"
        + " for (var i = 0; i < marks.length; i++) {"
        + "  worst = Math.min(worst, 1.05 / (lum(getComputedStyle(marks[i]).color) + 0.05)); }"
        + " return marks.length ? worst : null; })()");
    assertFalse(worst.isNull(), "speakers are marked");
    assertTrue(worst.asDouble() >= 4.5, "contrast " + worst.asDouble());
  }

  /** Unchecking a type, a speaker and a category, and raising the minimum confidence, hide exactly their marks. */
  private static void assertFiltersHideAndShow(ExtractionResult result) {
    List<Claim> claims = result.claims();
    ClaimType type = mostFrequent(claims, Claim::type);
    // the type filter with a real click on its checkbox
    JsonNode box = browser.evaluate("(function () { var b = document.querySelector('input[data-filter=type][value="
        + type + "]'); b.scrollIntoView({block: 'center'}); var r = b.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
    browser.click(box.get("x").asDouble(), box.get("y").asDouble());
    assertHidden(claims, c -> c.type() == type, "type " + type);
    browser.click(box.get("x").asDouble(), box.get("y").asDouble());
    assertHidden(claims, c -> false, "type " + type + " again");

    int speaker = browser.evaluate("+document.querySelector('#speaker-list input').value").asInt();
    String name = browser.evaluate("document.querySelector('#speaker-list bdi').textContent").asText();
    toggle("#speaker-list input[value=\"" + speaker + "\"]");
    assertHidden(claims, c -> name.equals(c.speaker() == null ? "(no speaker)" : c.speaker().canonical()),
        "speaker " + name);
    toggle("#speaker-list input[value=\"" + speaker + "\"]");
    assertHidden(claims, c -> false, "speaker " + name + " again");

    String category = mostFrequent(claims, Claim::category).name();
    toggle("input[data-filter=category][value=" + category + "]");
    assertHidden(claims, c -> c.category().name().equals(category), "category " + category);
    toggle("input[data-filter=category][value=" + category + "]");

    browser.evaluate("(function () { var r = document.getElementById('min-confidence'); r.value = '0.5';"
        + " r.dispatchEvent(new Event('input')); })()");
    assertHidden(claims, c -> c.confidence() < 0.5, "confidence below 0.5");
    browser.evaluate("(function () { var r = document.getElementById('min-confidence'); r.value = '0';"
        + " r.dispatchEvent(new Event('input')); })()");
    assertHidden(claims, c -> false, "all shown");
  }

  private static void toggle(String selector) {
    browser.evaluate("document.querySelector('" + selector.replace("'", "\\'") + "').click()");
  }

  /** Exactly the claims {@code hidden} are off: all their marks shown as plain text, out of the tab order. */
  private static void assertHidden(List<Claim> claims, java.util.function.Predicate<Claim> hidden, String filter) {
    JsonNode dom = browser.evaluate("(function () {"
        + " var n = JSON.parse(document.getElementById('claimex-data').textContent).claims.length, out = [];"
        + " for (var i = 0; i < n; i++) {"
        + "  var marks = document.querySelectorAll('#text .m[data-c=\"' + i + '\"]'), off = 0;"
        + "  for (var j = 0; j < marks.length; j++) { if (marks[j].classList.contains('off')) { off++; } }"
        + "  var k = document.querySelector('#text .m.k[data-c=\"' + i + '\"]');"
        + "  out.push([off === marks.length ? 'off' : off === 0 ? 'on' : 'mixed', document.getElementById('m' + i).tabIndex,"
        + "   k ? getComputedStyle(k).borderBottomColor : null]); }"
        + " return {marks: out, status: document.getElementById('status').textContent}; })()");
    long shown = 0;
    for (int i = 0; i < claims.size(); i++) {
      boolean off = hidden.test(claims.get(i));
      JsonNode facts = dom.get("marks").get(i);
      String what = filter + ", claim " + i + " " + claims.get(i) + ": " + facts;
      assertEquals(off ? "off" : "on", facts.get(0).asText(), what);
      assertEquals(off ? -1 : 0, facts.get(1).asInt(), what);
      if (!facts.get(2).isNull()) {
        assertEquals(off, facts.get(2).asText().equals("rgba(0, 0, 0, 0)"), "underline drawn: " + what);
      }
      shown += off ? 0 : 1;
    }
    assertEquals(shown + " of " + claims.size() + " claims shown", dom.get("status").asText(), filter);
  }

  /** Tab reaches the first claim in the text and opens its card; Tab goes on to the next; Escape closes it. */
  private static void assertKeyboardOpensAndEscapeClosesCards(ExtractionResult result) {
    browser.evaluate("window.scrollTo(0, 0)");
    browser.click(5, 5); // on the page's heading: Tab starts from there, as it would for a reader
    List<Integer> inTextOrder = toInts(browser.evaluate("Array.prototype.map.call(document.querySelectorAll("
        + "'#text .m[tabindex]'), function (m) { return +m.getAttribute('data-c'); })"));
    assertEquals(result.claims().size(), inTextOrder.size());
    for (int step = 0; step < 2; step++) {
      browser.press("Tab", 9);
      int claim = inTextOrder.get(step);
      JsonNode state = cardState(claim);
      assertEquals("m" + claim, state.get("focused").asText(), state::toString);
      assertTrue(state.get("open").asBoolean() && state.get("cardShown").asBoolean(), state::toString);
    }
    browser.press("Escape", 27);
    JsonNode closed = cardState(inTextOrder.get(1));
    assertEquals("m" + inTextOrder.get(1), closed.get("focused").asText(), "focus stays: " + closed);
    assertFalse(closed.get("open").asBoolean(), "Escape closes the card: " + closed);
  }

  /** A claim's link in the speakers panel moves the focus to its mark. */
  private static void assertPanelLinksFocusTheirMark(ExtractionResult result) {
    int last = result.claims().size() - 1;
    browser.evaluate("document.querySelector('#speaker-list a[data-c=\"" + last + "\"]').click()");
    assertEquals("m" + last, browser.evaluate("document.activeElement.id").asText());
    browser.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)");
  }

  /** Moves the mouse onto claim {@code claim}'s mark and checks that its card opens next to it. */
  private static void hover(int claim) {
    browser.moveMouse(1, 1);
    browser.press("Escape", 27); // the card open before could lie over the mark
    JsonNode at = browser.evaluate("(function () { var m = document.getElementById('m" + claim + "');"
        + " var r = m.getClientRects()[0] || m.getBoundingClientRect();"
        + " if (r.top < 0 || r.bottom > innerHeight) { m.scrollIntoView({block: 'center'});"
        + "  r = m.getClientRects()[0] || m.getBoundingClientRect(); }"
        + " return {x: r.left + Math.min(r.width / 2, 6), y: r.top + r.height / 2}; })()");
    browser.moveMouse(at.get("x").asDouble(), at.get("y").asDouble());
    JsonNode state = cardState(claim);
    assertTrue(state.get("open").asBoolean() && state.get("cardShown").asBoolean(),
        "hovering claim " + claim + " shows its card: " + state);
  }

  private static JsonNode cardState(int claim) {
    return browser.evaluate("(function () { var card = document.getElementById('card" + claim + "');"
        + " return {focused: document.activeElement ? document.activeElement.id : null,"
        + "  open: document.getElementById('cards').classList.contains('open'),"
        + "  cardShown: !card.hidden && card.getBoundingClientRect().height > 0}; })()");
  }

  private static List<Integer> toInts(JsonNode array) {
    List<Integer> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asInt()));
    return values;
  }

  private static <K> K mostFrequent(List<Claim> claims, Function<Claim, K> key) {
    return claims.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** As the page's script shortens names: white space collapsed, at most {@code max} characters. */
  private static String clip(String value, int max) {
    String s = value.replaceAll("\\s+", " ").trim();
    return s.length() > max ? s.substring(0, max - 1) + "\u2026" : s;
  }

  private static Path write(String name, String page) throws IOException {
    Path file = OUT.resolve(name).toAbsolutePath();
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return file;
  }

  /** Appends a line of figures (size, claims, render and load times) to {@code figures.tsv}, and prints it. */
  private static void figures(String what, Duration render, ExtractionResult result, String page, Duration load)
      throws IOException {
    String line = String.format(Locale.ROOT, "%s\t%,d characters\t%,d claims\tpage %,d bytes\trender %,d ms in Java"
        + "\tscript done %s ms, first frame %s ms after navigation in the page\t%,d ms from navigation to ready as the"
        + " test saw it%n", what, result.text().length(), result.claims().size(),
        page.getBytes(StandardCharsets.UTF_8).length, render.toMillis(),
        browser.evaluate("document.documentElement.getAttribute('data-init')").asText(),
        browser.evaluate(READY).asText(), load.toMillis());
    Files.writeString(OUT.resolve("figures.tsv"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.print("claims page: " + line);
  }
}
