package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewsLayoutAnalyzerTest {

  private final LayoutAnalyzer layout = new NewsLayoutAnalyzer(new CreditLines(Set.of("Reuters", "AP News")::contains));

  /** The segments as "KIND:text" strings. */
  private List<String> segments(String text) {
    return layout.segment(text).stream().map(s -> s.kind() + ":" + s.span().text()).collect(Collectors.toList());
  }

  @Test
  void headlinesAndCreditLinesStandApart() {
    assertEquals(List.of("HEADLINE:Talks stall in Geneva", "PARAGRAPH:Officials said the talks had stalled.",
        "SOURCE_LINE:AP News", "PARAGRAPH:Both sides agreed to meet again."),
        segments("Talks stall in Geneva\nOfficials said the talks had stalled.\nAP News\nBoth sides agreed to meet again."));
  }

  @Test
  void aLineThatFinishesASentenceIsNoHeadline() {
    assertEquals(List.of("PARAGRAPH:Great service and fair prices. I go there every week"),
        segments("Great service and fair prices. I go there every week"));
    assertEquals(List.of("HEADLINE:U.S. envoy meets rebels in Geneva", "PARAGRAPH:The talks began on Monday."),
        segments("U.S. envoy meets rebels in Geneva\n\nThe talks began on Monday."));
  }

  @Test
  void datelineIsCutFromItsParagraph() {
    assertEquals(List.of("DATELINE:NAIROBI (Reuters) -", "PARAGRAPH:The rebels said on Monday they would attend."),
        segments("NAIROBI (Reuters) - The rebels said on Monday they would attend."));
  }

  @Test
  void softWrappedLinesJoinBetweenBlankLines() {
    String text = "The minister said the bridge, which was damaged in the floods of last\n"
        + "spring, would reopen in March after repairs.\n\nBy Jane Smith\n\n- first item here";
    assertEquals(List.of("PARAGRAPH:" + text.substring(0, text.indexOf("\n\n")), "BYLINE:By Jane Smith",
        "LIST_ITEM:- first item here"), segments(text));
  }

  @Test
  void aQuotationOnItsOwnLineOpensAParagraphBetweenBlankLines() {
    String text = "The mayor said she wanted “a fair deal.”\n“How long must we wait?” she asked.\n\nThe talks end soon.";
    assertEquals(List.of("PARAGRAPH:The mayor said she wanted “a fair deal.”",
        "PARAGRAPH:“How long must we wait?” she asked.", "PARAGRAPH:The talks end soon."), segments(text));
    String wrapped = "The mayor said she wanted a fair deal and would\n“not wait” for it.\n\nThe talks end soon.";
    assertEquals(2, segments(wrapped).size()); // a line that ends mid-sentence wraps, quotation or not
  }

  @Test
  void titleCasedFirstLineIsAHeadline() {
    assertEquals("HEADLINE", layout.segment("Stealth Over Health: Clinton Was Headed to Hospital.\n\nShe was ill.")
        .get(0).kind().name());
  }

  @Test
  void offsetsIndexTheInput() {
    String text = "  Headline here  \n\n  Body text follows here.  ";
    for (TextSegment segment : layout.segment(text)) {
      assertEquals(segment.span().text(), text.substring(segment.span().start(), segment.span().end()));
    }
  }

  @Test
  void emptyTextHasNoSegments() {
    assertEquals(List.of(), segments(""));
    assertEquals(List.of(), segments(" \n\n \t"));
  }

  /** The byline pattern as a regular expression: right, but exponential on a run of commas. */
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+\\p{Lu}[\\p{L}.'\\-]*(?:[\\s,&]+\\S+){0,10}$");

  @Test
  void bylinesNameTheirWriters() {
    assertTrue(NewsLayoutAnalyzer.isByline("By Ann Lee"));
    assertTrue(NewsLayoutAnalyzer.isByline("BY JOHN SMITH, AP & JANE DOE"));
    assertFalse(NewsLayoutAnalyzer.isByline("By the way, the talks failed and everyone went home early that day."));
    assertFalse(NewsLayoutAnalyzer.isByline("Bystanders ran"));
  }

  @Test
  void bylinesAreReadAsThePatternReadsThem() {
    Random random = new Random(5);
    String[] pieces = {" ", "  ", "\t", ",", "&", ", ", "A", "a", "Lee", ".", "-", "'", "x", "\n", "\u00A0", "É",
        "\u0000", "\u24B6", "\u216B", "\ud835\udc00"}; // NUL, Ⓐ and Ⅻ (upper case, not \p{Lu}), 𝐀 (\p{Lu})
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder(random.nextBoolean() ? "By" : "BY");
      for (int n = random.nextInt(16); n > 0; n--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = line.toString();
      assertEquals(BYLINE.matcher(text).matches(), NewsLayoutAnalyzer.isByline(text), () -> "\"" + text + "\"");
    }
  }

  @Test
  void aRunOfCommasAfterANameIsReadAtOnce() {
    String line = "By Ann " + ",".repeat(10_000) + " Lee";
    assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> NewsLayoutAnalyzer.isByline(line)));
  }
}
