package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimex.ExtractionResult;
import dev.claimex.Pipeline;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private static List<String> sentences(String text) {
    ExtractionResult result = Pipeline.extract(text);
    return result.sentences().stream().map(s -> s.segmentKind() + ":" + s.span().text()).collect(Collectors.toList());
  }

  @Test
  void aHeadingGluedToItsParagraphIsAHeadline() {
    assertEquals(List.of("HEADLINE:Rising Tensions", "PARAGRAPH:Officials said the border would stay closed."),
        sentences("Rising Tensions Officials said the border would stay closed."));
  }

  @Test
  void namesAtTheStartOfASentenceAreNoHeading() {
    assertEquals(List.of("PARAGRAPH:New York Times reporters said the talks had stalled."),
        sentences("New York Times reporters said the talks had stalled."));
  }

  @Test
  void creditSentencesAreSourceLines() {
    assertEquals(List.of("PARAGRAPH:Officials said the border was closed.", "SOURCE_LINE:According to Reuters reports."),
        sentences("Officials said the border was closed. According to Reuters reports."));
  }
}
