package dev.claimex.coref;

import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimex.ExtractionResult;
import dev.claimex.Pipeline;
import dev.claimex.claim.Claim;
import org.junit.jupiter.api.Test;

/** A description refers back to the person or body the article introduced with its role, and only then. */
class DescriptionsTest {

  @Test
  void aTitleBeforeTheNameIntroducesTheRole() {
    assertSpeaker("Justice Ann Ruiz heard the case on Monday. The judge said the file would stay sealed.",
        "The judge", "Ann Ruiz");
  }

  @Test
  void anAppositionAfterTheNameIntroducesTheRole() {
    assertSpeaker("Tom Ortiz, a spokesman for the mayor, spoke on Monday. The spokesman said the budget would pass.",
        "The spokesman", "Tom Ortiz");
  }

  @Test
  void anAppositionBeforeTheNameIntroducesTheRole() {
    assertSpeaker("A lawyer for the driver, Tom Ortiz, spoke on Monday. The lawyer said the driver would appeal.",
        "The lawyer", "Tom Ortiz");
  }

  @Test
  void aBodyIsDescribedByTheHeadOfItsName() {
    assertSpeaker("The Alliance for Clean Rivers met on Monday. The alliance said the dam would harm the river.",
        "The alliance", "Alliance for Clean Rivers");
  }

  @Test
  void aNarrowingWordMustHaveBeenWrittenWithTheRole() {
    // "the former president" is not the sitting one; "the appeals court" is not the Supreme Court
    assertNotResolvedTo("President Ann Ruiz spoke on Monday. The former president said the budget would pass.",
        "The former president", "Ann Ruiz");
    assertNotResolvedTo("The Supreme Court met on Monday. The appeals court said the law would stand.",
        "The appeals court", "Supreme Court");
  }

  @Test
  void aPartyWordMustAgreeWithTheRole() {
    assertNotResolvedTo("Libertarian nominee Tom Ortiz toured the plant. The Republican nominee said taxes would fall.",
        "The Republican nominee", "Tom Ortiz");
  }

  @Test
  void aPossessedDescriptionNeedsItsPossessorWrittenWithTheRole() {
    assertSpeaker("Tom Ortiz, a lawyer for Ann Ruiz, spoke on Monday. Ruiz's lawyer said she would appeal.",
        "Ruiz's lawyer", "Tom Ortiz");
    assertNotResolvedTo("Tom Ortiz, a lawyer for Ann Ruiz, spoke on Monday. Lee's lawyer said he would appeal.",
        "Lee's lawyer", "Tom Ortiz");
  }

  @Test
  void aHeadlinesBareRoleIsThePersonTheStoryIntroducesWithIt() {
    assertSpeaker("Lawmaker urges new sanctions\n\nRep. Ann Ruiz said on Monday that the sanctions were overdue.",
        "Lawmaker", "Ann Ruiz");
  }

  @Test
  void aGenericBodyWordIsTheBodyNamedLast() {
    assertNotResolvedTo("The show airs on Dish Network. Viewers of RT watched it. The network said it would air again.",
        "The network", "Dish Network");
  }

  private static void assertSpeaker(String text, String mention, String canonical) {
    ExtractionResult result = extract(text);
    assertEquals(canonical, speakerOf(result, mention), () -> Pipeline.listing(result));
  }

  private static void assertNotResolvedTo(String text, String mention, String wrong) {
    ExtractionResult result = extract(text);
    String speaker = speakerOf(result, mention);
    assertEquals(true, speaker != null && !speaker.equals(wrong), () -> Pipeline.listing(result));
  }

  private static String speakerOf(ExtractionResult result, String mention) {
    return result.claims().stream().map(Claim::speaker)
        .filter(s -> s != null && s.mention().text().equals(mention)).map(s -> s.canonical())
        .findFirst().orElse(null);
  }
}
