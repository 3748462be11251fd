package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.internal.OpenNlpSentenceDetector;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayoutAwareSentenceSplitterTest {

  private static final OutletNames OUTLETS = Set.of("cnn.com", "Reuters", "BBC")::contains;
  private static final SentenceSplitter SPLITTER =
      new LayoutAwareSentenceSplitter(OpenNlpSentenceDetector.load(), OUTLETS);

  private static List<String> sentences(String paragraph) {
    TextSegment segment = new TextSegment(0, SegmentKind.PARAGRAPH, TextSpan.of(paragraph, 0, paragraph.length()), 0);
    return SPLITTER.split(paragraph, segment).stream().map(TextSpan::text).collect(Collectors.toList());
  }

  @Test
  void splitsOrdinarySentences() {
    assertEquals(List.of("The talks ended.", "Both sides left Geneva on Monday."),
        sentences("The talks ended. Both sides left Geneva on Monday."));
  }

  @Test
  void splitsSentencesGluedWithoutASpace() {
    assertEquals(List.of("The council rejected the budget as too costly.", "Voters went to the polls!"),
        sentences("The council rejected the budget as too costly.Voters went to the polls!"));
  }

  @Test
  void doesNotSplitDomainsOrAbbreviations() {
    assertEquals(1, sentences("The report on cnn.com quoted Mr. Smith of the U.S. embassy.").size());
  }

  @Test
  void splitsALeadingDomainCredit() {
    assertEquals(List.of("cnn.com", "She added that the bridge was closed."),
        sentences("cnn.com She added that the bridge was closed."));
  }

  @Test
  void abbreviationsAndNumberSignsEndNoSentence() {
    assertEquals(1, sentences("Lt. Gen. Hassan said the brigade had moved to St. John's on Jan. 9 last year.").size());
    assertEquals(1, sentences("The study by Smith et al. found no effect in the No. 2 district.").size());
  }

  @Test
  void stateAbbreviationsEndNoSentenceBeforeALowerCaseWord() {
    assertEquals(1, sentences("Sen. Jane Doe (D-Ore.) said she will release her records.").size());
    assertEquals(1, sentences("Mr. Palmer, now retired in Salem, Ore., said by telephone that he agreed.").size());
  }

  @Test
  void aShortSpeechTagAfterAQuotedQuestionIsTheQuotationsSentence() {
    assertEquals(List.of("“How long must we wait?” Ruiz said.", "“It is too long.”"),
        sentences("“How long must we wait?” Ruiz said. “It is too long.”"));
    assertEquals(List.of("“Why wait?” asked Ann Lee.", "Lee left."), sentences("“Why wait?” asked Ann Lee. Lee left."));
    assertEquals(List.of("“Why wait?”", "Ruiz left the room on Monday."),
        sentences("“Why wait?” Ruiz left the room on Monday."));
    assertEquals(List.of("“Why wait?”", "The council said on Monday it would vote in March."),
        sentences("“Why wait?” The council said on Monday it would vote in March."));
  }

  @Test
  void aCreditedQuotationEndsItsLineAndKeepsItsDash() {
    assertEquals(List.of("“The fares are too high.”― Ana Ruiz", "“The buses are late.”― Tom Berg"),
        sentences("“The fares are too high.”― Ana Ruiz\n“The buses are late.”― Tom Berg"));
  }

  @Test
  void ellipsisAndClockTimesStartNewSentences() {
    assertEquals(List.of("We waited...", "Nobody came."), sentences("We waited... Nobody came."));
    assertEquals(List.of("Posted 08/16/2000 12:05 PM", "The council met today."),
        sentences("Posted 08/16/2000 12:05 PM The council met today."));
    assertEquals(List.of("Kay Mann", "04/26/2001 07:17 AM", "Will you send the draft?"),
        sentences("Kay Mann 04/26/2001 07:17 AM Will you send the draft?"));
  }

  @Test
  void citationMarkersStayWithTheirSentence() {
    assertEquals(List.of("He studied at Harrow. [6]", "He left in 1805. [7]"),
        sentences("He studied at Harrow. [6] He left in 1805. [7]"));
  }

  @Test
  void emoticonsAndClosingMarksJoinTheSentenceBefore() {
    assertEquals(List.of("I love her. :)"), sentences("I love her. :)"));
  }

  @Test
  void aDatelineInsideAParagraphIsItsOwnSentence() {
    assertEquals(List.of("TEHRAN (AFP) -", "An international contest opened on Monday."),
        sentences("TEHRAN (AFP) - An international contest opened on Monday."));
  }

  @Test
  void anOutletCreditInBracketsEndsItsSentence() {
    assertEquals(List.of("See the report (BBC)", "The group said it would attend."),
        sentences("See the report (BBC) The group said it would attend."));
    assertEquals(1, sentences("The group (Hamas) said it would attend.").size());
  }

  @Test
  void cutsRunsWithoutPunctuation() {
    String run = "word ".repeat(2000).strip();
    List<String> pieces = sentences(run);
    assertTrue(pieces.size() > 1);
    assertTrue(pieces.stream().allMatch(p -> p.length() <= LayoutAwareSentenceSplitter.MAX_SENTENCE_CHARS));
  }

  @Test
  void closingBracketsStayWithTheirSentence() {
    assertEquals(List.of("(We check in early and fly the next day. )", "Take the bus to the old town."),
        sentences("(We check in early and fly the next day. ) Take the bus to the old town."));
  }

  @Test
  void titleCaseDomainsAndEmailAddressesAreNotGluedSentences() {
    assertEquals(1, sentences("The message was posted via Newsfeed.Com on Monday.").size());
    assertEquals(1, sentences("Please write to Jane.Smith@example.org with your questions.").size());
  }

  @Test
  void lettersCloseWithAFormulaBeforeTheSignature() {
    assertEquals(List.of("Thank you for your time.", "Warm regards,", "Bill Gottlieb"),
        sentences("Thank you for your time. Warm regards, Bill Gottlieb"));
    assertEquals(List.of("(See the attached file.)", "Regards,", "Dana Smith"),
        sentences("(See the attached file.) Regards, Dana Smith"));
    assertEquals(List.of("See you on Monday.", "Best Wishes,", "Ann Lee"), sentences("See you on Monday. Best Wishes, Ann Lee"));
  }

  @Test
  void theSignatureDelimiterStandsAlone() {
    assertEquals(List.of("Nobody answered.", "--", "Posted by Jane Smith to her blog at 10:32 PM"),
        sentences("Nobody answered. -- Posted by Jane Smith to her blog at 10:32 PM"));
  }

  @Test
  void itemsOfAnInlineListAreSentences() {
    assertEquals(List.of("The charts are attached.", "- crude.pdf", "- heating oil.pdf", "- gasoline.pdf", "- api.pdf"),
        sentences("The charts are attached. - crude.pdf - heating oil.pdf - gasoline.pdf - api.pdf"));
    assertEquals(1, sentences("He came - after a long delay - and left - quietly - at noon.").size());
  }

  @Test
  void pluralTitlesAndExtensionsEndNoSentence() {
    assertEquals(1, sentences("Drs. Ali and Khan work wonders, said the nurse at ext. 4120 on Monday.").size());
  }

  @Test
  void headlineIsOneSentence() {
    String text = "Talks stall. Envoys leave";
    TextSegment headline = new TextSegment(0, SegmentKind.HEADLINE, TextSpan.of(text, 0, text.length()), 0);
    assertEquals(1, SPLITTER.split(text, headline).size());
  }
}
