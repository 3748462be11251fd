package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(List.of("HEADLINE:Talks stall in Doha", "PARAGRAPH:Officials said the talks had stalled.",
        "SOURCE_LINE:AP News", "PARAGRAPH:Both sides agreed to meet again."),
        segments("Talks stall in Doha\nOfficials said the talks had stalled.\nAP News\nBoth sides agreed to meet again."));
  }

  @Test
  void aLineThatFinishesASentenceIsNoHeadline() {
    assertEquals(List.of("PARAGRAPH:Great service and fair prices. I go there every week"),
        segments("Great service and fair prices. I go there every week"));
    assertEquals(List.of("HEADLINE:U.S. envoy meets Taliban in Doha", "PARAGRAPH:The talks began on Monday."),
        segments("U.S. envoy meets Taliban in Doha\n\nThe talks began on Monday."));
  }

  @Test
  void datelineIsCutFromItsParagraph() {
    assertEquals(List.of("DATELINE:KABUL (Reuters) -", "PARAGRAPH:The Taliban said on Monday they would attend."),
        segments("KABUL (Reuters) - The Taliban said on Monday they would attend."));
  }

  @Test
  void softWrappedLinesJoinBetweenBlankLines() {
    String text = "The minister said the bridge, which was damaged in the floods of last\n"
        + "spring, would reopen in March after repairs.\n\nBy Jane Smith\n\n- first item here";
    assertEquals(List.of("PARAGRAPH:" + text.substring(0, text.indexOf("\n\n")), "BYLINE:By Jane Smith",
        "LIST_ITEM:- first item here"), segments(text));
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
}
