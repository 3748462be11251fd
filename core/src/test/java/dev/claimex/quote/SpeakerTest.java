package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.ExtractionResult;
import dev.claimex.ner.Actor;
import org.junit.jupiter.api.Test;

/** Who can be a speaker and whom a speaker's words name: pronouns, groups, long noun phrases. */
class SpeakerTest {

  @Test
  void theWritersFirstPersonSpeaks() {
    assertAttribution("I think the new stadium is a waste of money.", "I", "the new stadium is a waste of money");
    assertAttribution("We asked our readers which candidate won the debate.", "We", "which candidate won the debate");
  }

  @Test
  void aSpeakerNamedAfterTheCueMayCarryModifiers() {
    assertAttribution("The plan will fail, said one person familiar with the matter.", "one person",
        "The plan will fail");
    assertAttribution("The plan will fail, said a spokesman for the agency.", "a spokesman", "The plan will fail");
    assertAttribution("The plan will fail, said a source in the room.", "a source", "The plan will fail");
    assertAttribution("The plan will fail, said Mr. Hill in a statement.", "Hill", "The plan will fail");
    assertAttribution("Still, the talks will resume next week, a source close to him said.", "a source",
        "Still, the talks will resume next week");
  }

  @Test
  void aSurnameTheTaggerReadsAsACommonWordStillSpeaks() {
    assertAttribution("Senator Ruth Bland arrived on Monday. Bland said the plan would fail.", "Bland",
        "the plan would fail");
  }

  @Test
  void anItWithNoOrganisationBeforeItStillSpeaks() {
    assertAttribution("It said the losses would shrink next year.", "It", "the losses would shrink next year");
  }

  @Test
  void firstPersonInsideAQuotationIsTheQuotationsSpeaker() {
    ExtractionResult result = extract("“I think the plan will work,” Mayor Ann Cole said.");
    assertTrue(result.claims().stream().anyMatch(c -> c.speaker() != null && c.speaker().mention().text().equals("I")
        && c.speaker().canonical().equals("Ann Cole")), () -> "claims: " + result.claims());
  }

  @Test
  void anUnresolvedIIsNoAntecedentOfShe() {
    ExtractionResult result = extract("“I think the plan will work,” she said.");
    assertTrue(result.attributions().stream().anyMatch(a -> a.speaker().canonical().equals("she")),
        () -> "attributions: " + result.attributions());
  }

  @Test
  void aTimePhraseBetweenSubjectAndVerb() {
    assertAttribution("The committee last week said the hearing would be delayed.", "committee",
        "the hearing would be delayed");
    assertAttribution("The union this past month announced that it would strike.", "union", "it would strike");
  }

  @Test
  void anAsideSetOffByCommasBeforeTheVerb() {
    assertAttribution("The neighbours, however, claim that the fence is too tall.", "neighbours",
        "the fence is too tall");
    assertAttribution("Baker, after the rally, wrote that the crowds were smaller.", "Baker", "the crowds were smaller");
  }

  @Test
  void aLongerAsideWithNoFiniteVerbBeforeTheVerb() {
    assertAttribution("The city council, in an effort to improve safety, has said it would build more bridges.",
        "city council", "it would build more bridges");
    assertAttribution("The county agency, when reached by phone, said the director had resigned.",
        "county agency", "the director had resigned");
    assertAttribution("Mr. Lane, speaking at a rally in Dayton, Ohio, warned that the rival would raise taxes.", "Lane",
        "the rival would raise taxes");
  }

  @Test
  void aLoneHyphenSetsOffAnAsideLikeADash() {
    assertAttribution("Ann Park - the mayor's sister and a lawyer at the firm - told reporters she would run.",
        "Ann Park", "she would run");
  }

  @Test
  void aClauseInBracketsBetweenNameAndVerb() {
    assertAttribution("Mr. Reed (who has won two races so far) said he could still take the state.", "Reed",
        "he could still take the state");
  }

  @Test
  void anAgeThenBetweenNameAndVerb() {
    assertAttribution("Mr. Lane, then 41, said he had been told to hire an older deputy.", "Lane",
        "he had been told to hire an older deputy");
  }

  @Test
  void theSubjectOfTheVerbThatGovernsAnInfinitive() {
    assertAttribution("The mayor went on to say the rule was unfair.", "mayor", "the rule was unfair");
    assertAttribution("The governor was quick to add that taxes would not rise.", "governor", "taxes would not rise");
  }

  @Test
  void aPassiveGovernorNamesNoSpeaker() {
    ExtractionResult result = extract("Clerks would be allowed to say the form was lost.");
    assertTrue(result.attributions().stream().noneMatch(a -> a.speaker().mention().text().equals("Clerks")),
        () -> "attributions: " + result.attributions());
  }

  @Test
  void aQuantifierStandsAloneAsSubject() {
    assertAttribution("Some say the law is unfair.", "Some", "the law is unfair");
    assertAttribution("Many argue the plan is too expensive.", "Many", "the plan is too expensive");
  }

  @Test
  void whoIssuesAStatementSaysWhatItSays() {
    assertAttribution("The mayor issued a statement saying the park would reopen in May.", "mayor",
        "the park would reopen in May");
    assertAttribution("The statement said the park would reopen in May.", "statement", "the park would reopen in May");
  }

  @Test
  void theIssuedTextSpeaksWhenItsAuthorsCannotBeNamed() {
    assertAttribution("Dozens of nurses from across the region posted a letter on Monday urging the board to act.",
        "a letter", "the board to act");
  }

  @Test
  void theNameBeforeAPartyAndStateLabelAndAnAppositive() {
    assertAttribution("Sen. Mary Jones, R-Ohio, a member of the panel, said the hearing would go ahead.", "Mary Jones",
        "the hearing would go ahead");
    assertAttribution("Rep. Ann Park (D-Md.), chair of the panel, said the hearing would go ahead.", "Ann Park",
        "the hearing would go ahead");
  }

  @Test
  void theNounBeforeARestrictiveRelativeClauseSpeaks() {
    assertAttribution("Voters who watched the debate said they were unmoved.", "Voters", "they were unmoved");
    assertAttribution("Officials whose rules have been struck down say the courts have changed.", "Officials",
        "the courts have changed");
  }

  @Test
  void aLongAppositiveWithNoVerbOfItsOwn() {
    assertAttribution("Ann Park, a radio host and the manager of the oldest station in the northern half of the state, "
        + "said that callers had changed their minds.", "Ann Park", "callers had changed their minds");
  }

  @Test
  void aRelativeClauseInsideAnAppositive() {
    assertAttribution("Lance Brown, 49, a veteran who now is a clerk for the city, said the mayor should resign.",
        "Lance Brown", "the mayor should resign");
    assertAttribution("Ed Green, who was a member of the board, a group of local owners, said the rules were changing.",
        "Ed Green", "the rules were changing");
    assertAttribution("Pat Hale, a consultant whose firm was hired by the mayor, said the race was close.", "Pat Hale",
        "the race was close");
  }

  @Test
  void anInvertedSpeakerWithARelativeClause() {
    assertAttribution("The vote was delayed, said a city official who asked for anonymity.",
        "a city official", "The vote was delayed");
  }

  @Test
  void aContractedIsOrHasAfterAPronoun() {
    assertAttribution("And she’s predicting that the bill will pass.", "she", "the bill will pass");
  }

  @Test
  void aPassiveFirstConjunctGivesItsSubject() {
    assertAttribution("The players were surprised by the trade and predicted that it would backfire.", "players",
        "it would backfire");
  }
  @Test
  void anIndefiniteSpeakerIsANewPersonNotAnEarlierOne() {
    ExtractionResult result = extract("Mayor Ann Cole said the budget was balanced. A city official said the figures were wrong.");
    assertEquals("city official", speakerOf(result, "A city official").canonical());
    ExtractionResult minister = extract("Finance Minister Paul Lee said growth would slow. A minister said it would not.");
    assertEquals("minister", speakerOf(minister, "A minister").canonical());
  }

  @Test
  void aDefiniteTitleGoesBackToTheEarlierSpeakerWithThatTitle() {
    ExtractionResult result = extract("Mayor Ann Cole said the budget was balanced. The mayor said the figures were right.");
    assertEquals("Ann Cole", speakerOf(result, "The mayor").canonical());
  }

  @Test
  void aTitleIsNoOtherTitlesHolder() {
    ExtractionResult result = extract("Governor Tom Reed said taxes would rise. The mayor said the figures were wrong.");
    assertEquals("mayor", speakerOf(result, "The mayor").canonical());
    ExtractionResult unnamed = extract("The mayor said the budget was balanced. The governor said it was not.");
    assertEquals("governor", speakerOf(unnamed, "The governor").canonical());
  }

  @Test
  void thePossessorOfAnObjectIsNotTheSubjectOfItsVerb() {
    ExtractionResult result = extract("Ann Cole rejected the minister's demand that taxes rise.");
    assertEquals("minister", speakerOf(result, "the minister").canonical());
    ExtractionResult titled = extract("The mayor rejected the governor's demand that taxes rise.");
    assertEquals("governor", speakerOf(titled, "the governor").canonical());
  }

  private static Actor speakerOf(ExtractionResult result, String mention) {
    return result.attributions().stream().map(Attribution::speaker).filter(a -> a.mention().text().equals(mention))
        .findFirst().orElseThrow(() -> new AssertionError("no speaker " + mention + " in " + result.attributions()));
  }
}
