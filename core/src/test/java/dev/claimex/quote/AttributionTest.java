package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

  @Test
  void indirectSpeechWithThat() {
    Attribution a = assertAttribution("The mayor said that the bridge would reopen in March.", "mayor",
        "the bridge would reopen in March");
    assertEquals(ReportKind.INDIRECT, a.kind());
    assertEquals("said", a.cue().text());
  }

  @Test
  void bareClauseAfterTheCue() {
    assertAttribution("Prosecutors allege the company bribed officials.", "Prosecutors", "the company bribed officials");
  }

  @Test
  void trailingAttributionTakesTheClauseBefore() {
    assertAttribution("The talks will resume next week, the ministry said.", "ministry", "The talks will resume next week");
  }

  @Test
  void directQuoteWithTrailingCue() {
    Attribution a = assertAttribution("“We will not give up our land,” said Hugh Hill.", "Hugh Hill",
        "“We will not give up our land,”");
    assertEquals(ReportKind.DIRECT, a.kind());
  }

  @Test
  void mixedQuoteKeepsTheQuotedWords() {
    Attribution a = assertAttribution("The minister said the plan was “dead on arrival” and unfunded.", "minister",
        "the plan was “dead on arrival” and unfunded");
    assertEquals(ReportKind.MIXED, a.kind());
  }

  @Test
  void appositiveSpeakerIsTheName() {
    assertAttribution("Hugh Hill, a doctor at the clinic, said the water was unsafe.", "Hugh Hill", "the water was unsafe");
  }

  @Test
  void coordinatedCuesShareTheirSubject() {
    ExtractionResult result = extract("The senator met voters in Ohio and warned that the plant could close.");
    assertTrue(result.claims().stream().anyMatch(c -> c.speaker() != null && c.speaker().canonical().equals("senator")
        && c.cue().text().equals("warned")), result.claims()::toString);
  }

  @Test
  void coordinatedCuesShareTheirSubjectAcrossAStraightQuotedObject() {
    assertAttribution("The mayor called the plan \"a disaster\" and said the council would meet.", "mayor",
        "the council would meet");
  }

  @Test
  void relativeClauseSpeakerIsTheAntecedent() {
    assertAttribution("The risk is high, according to economists who expect prices to rise.", "economists",
        "prices to rise");
  }

  @Test
  void whatSomeoneCallsIsReportedFromTheRelativeWord() {
    assertAttribution("The union fought what critics called a power grab.", "critics", "what critics called a power grab");
  }

  @Test
  void aNameGivenEndsBeforeTheNextVerbPhrase() {
    assertAttribution("The senator called the plan shameful and demanded a vote.", "senator", "the plan shameful");
  }

  @Test
  void aFrontedAsClauseReportsTheClauseAfterItsComma() {
    assertAttribution("As the minister noted, prices rose sharply in May.", "minister", "prices rose sharply in May");
  }

  @Test
  void aTrailingAsClauseReportsTheClauseBeforeIt() {
    assertAttribution("Most voters stayed home, as the report noted.", "report", "Most voters stayed home");
  }

  @Test
  void thatIsAccordingToReportsThePronoun() {
    Attribution a = assertAttribution("That's according to the county clerk.", "county clerk", "That");
    assertEquals("according to", a.cue().text());
  }

  @Test
  void accordingToTakesTheClauseBefore() {
    Attribution a = assertAttribution("At least 12 people died, according to local officials.", "local officials",
        "At least 12 people died");
    assertEquals("according to", a.cue().text());
  }

  @Test
  void pronounResolvesToTheLatestPersonSpeaker() {
    Attribution a = assertAttribution("Jacinda Ardern said the borders would reopen. She added that tests were free.",
        "Jacinda Ardern", "tests were free");
    assertEquals("She", a.speaker().mention().text());
  }

  @Test
  void sheResolvesToTheLatestSpeakerWhoCanBeShe() {
    Attribution a = assertAttribution("Ms. Okafor praised the plan. Mr. Lindgren said he agreed with it. “It is a "
        + "start,” she said.", "she", "“It is a start,”");
    assertTrue(a.speaker().canonical().contains("Okafor"), a.speaker()::toString);
  }

  @Test
  void outletIsTheSourceNotTheSpeaker() {
    Attribution a = assertAttribution("The general said the troops would stay, according to Reuters.", "general",
        "the troops would stay");
    assertEquals("Reuters", a.source().text());
    ExtractionResult credited = extract("Officials said the border was closed.\nSource: Reuters");
    assertEquals("Reuters", credited.attributions().get(0).source().text());
  }

  @Test
  void documentsAreSourcesAbstractNounsAreNot() {
    assertAttribution("The report suggested that the fire started in the kitchen.", "report",
        "the fire started in the kitchen");
    assertTrue(extract("Success hinted that the weather would turn.").attributions().isEmpty());
  }

  @Test
  void speechReportedInsideSpeechIsPartOfTheOuterAttribution() {
    ExtractionResult result = extract("The minister said that the rebels claimed the town had fallen.");
    assertEquals(1, result.attributions().size(), result.attributions()::toString);
    assertTrue(result.claims().stream().anyMatch(c -> c.speaker().canonical().equals("rebels")), result.claims()::toString);
  }

  @Test
  void aCueInsideAQuotationReportsNothingOfTheNarrationAroundIt() {
    String text = "She said the bridge had reopened, and asked about delays, she replied, \"I hope not.\"";
    assertAttribution(text, "She", "the bridge had reopened");
    assertTrue(extract(text).claims().stream().noneMatch(c -> c.content().text().startsWith("She said")),
        () -> "claims: " + extract(text).claims());
  }

  @Test
  void speakerLabelsAndDashesAttributeQuotations() {
    assertAttribution("WALLACE: Let us start with the debate. We have little time.", "WALLACE",
        "Let us start with the debate. We have little time.");
    Attribution dash = assertAttribution("“He cannot answer a question.” ― Maria Lopez, a teacher", "Maria Lopez",
        "“He cannot answer a question.”");
    assertEquals(ReportKind.DIRECT, dash.kind());
  }

  @Test
  void aLabelTurnEndsWhereTheNextLabelSpeaks() {
    String transcript = "WALLACE: Let us start with taxes. TRUMP: We will cut them for everyone. WALLACE: And the "
        + "deficit?";
    assertAttribution(transcript, "WALLACE", "Let us start with taxes.");
    assertAttribution(transcript, "TRUMP", "We will cut them for everyone.");
  }

  @Test
  void aVerbAndItsNounCueReportOneContentOnce() {
    ExtractionResult result = extract("The mayor reiterated her claim that the audit was flawed.");
    assertEquals(1, result.attributions().size(), result.attributions()::toString);
    assertEquals("the audit was flawed", result.attributions().get(0).content().text());
  }

  @Test
  void creditLinesOfAQuotationListAttributeEachQuotation() {
    // one quotation per line, each credited after a dash: glued to its mark, or after a no-break space
    String list = "Readers wrote in.\n\n“The fares are too high. Nobody listens.”― Ana Ruiz\n"
        + "“The buses never come on time.”\u00A0― Tom Berg\u00A0\n“We need a new mayor.” ― Lea Marsh";
    assertAttribution(list, "Ana Ruiz", "“The fares are too high. Nobody listens.”");
    assertAttribution(list, "Tom Berg", "“The buses never come on time.”");
    assertAttribution(list, "Lea Marsh", "“We need a new mayor.”");
  }

  @Test
  void aClosingMarkWrittenWhereAQuotationOpensOpensIt() {
    assertAttribution("Readers wrote in.\n\n”The fares are too high. Nobody listens.” ― Ana Ruiz", "Ana Ruiz",
        "”The fares are too high. Nobody listens.”");
  }

  @Test
  void aQuotationThatGoesOnAfterItsAttributionIsOneContent() {
    assertAttribution("“This is in their heads,” said Caddell, speaking of the issue. “It is worrying them.”",
        "Caddell", "“This is in their heads,” said Caddell, speaking of the issue. “It is worrying them.”");
  }

  @Test
  void anyVerbRightAfterAQuotationReportsIt() {
    Attribution a = assertAttribution("“They should have backed the bipartisan bill,” Harris fumed on Tuesday.",
        "Harris", "“They should have backed the bipartisan bill,”");
    assertEquals(ReportKind.DIRECT, a.kind());
    assertEquals("fumed", a.cue().text());
  }

  @Test
  void anAttributionCutOffIntoItsOwnSentenceStillReportsTheQuotation() {
    assertAttribution("“What was the moment that changed him?” Mercer asked. “Nobody knows.”", "Mercer",
        "“What was the moment that changed him?” Mercer asked. “Nobody knows.”");
  }

  @Test
  void typewriterQuotationMarksEncloseOneDirectContent() {
    Attribution a = assertAttribution("''This was not the basis of our policy,'' Mr. Rhodes said. ''The basis was a "
        + "two-state solution.''", "Rhodes", "''This was not the basis of our policy,'' Mr. Rhodes said. ''The basis "
        + "was a two-state solution.''");
    assertEquals(ReportKind.DIRECT, a.kind());
  }

  @Test
  void theClauseBeforeAColonOrCommaReportsTheQuotationAfterIt() {
    assertAttribution("After the debate, Moreno wrote to his followers, “It is time to end her career.”", "Moreno",
        "“It is time to end her career.”");
    assertAttribution("Lindqvist’s letter makes a simple case: “We must stand together as neighbours.”", "Lindqvist’s letter",
        "“We must stand together as neighbours.”");
  }

  @Test
  void theSpeakerRightAfterTheQuotationOutranksAnInvertedReading() {
    Attribution a = assertAttribution("“The inspectors are under a lot of pressure,” a government source, who was not "
        + "authorized to speak, told Reuters.", "government source", "“The inspectors are under a lot of pressure,”");
    assertEquals("told", a.cue().text());
  }

  @Test
  void eachQuotationOfANarrativeKeepsItsOwnSpeaker() {
    assertAttribution("“We made it,” Paul said. “That’s right, Paul — home at last,” Anna said.", "Anna",
        "“That’s right, Paul — home at last,”");
  }

  @Test
  void aParagraphOfQuotationCarriesOnTheAttributionThatClosedTheParagraphBefore() {
    assertAttribution("“Trump says he is with the working class,” Trumka said in March.\n\n“But when you look "
        + "close, it is just hot air.”", "Trumka", "“Trump says he is with the working class,” Trumka said in "
        + "March.\n\n“But when you look close, it is just hot air.”");
  }

  @Test
  void aQuotationWithNoCueGoesToThePreviousSpeakerNotToSpeechQuotedInside() {
    ExtractionResult result = extract("“Trump says he is with the working class,” Trumka said in March. He spoke "
        + "in Ohio.\n\n“But when you look close, it is just hot air and nothing more.”");
    assertEquals(List.of("Trumka", "Trumka"), result.attributions().stream().map(a -> a.speaker().mention().text())
        .toList(), result.attributions()::toString);
  }

  @Test
  void unbalancedQuotesDoNotLoseTheRestOfTheDocument() {
    ExtractionResult result = extract("He said “the talks were over.\n\nThe mayor said the bridge would reopen.");
    Attribution a = result.attributions().stream().filter(x -> x.speaker().canonical().equals("mayor")).findFirst()
        .orElseThrow();
    assertEquals("the bridge would reopen", a.content().text());
    assertNull(a.source());
  }
}
