package dev.claimex.coref;

import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimex.ExtractionResult;
import dev.claimex.Pipeline;
import dev.claimex.claim.Claim;
import org.junit.jupiter.api.Test;

/** A document a name owns or modifies speaks for that name; evidence about someone does not. */
class AuthoredDocumentTest {

  @Test
  void aPossessedDocumentSpeaksForItsOwner() {
    assertSpeaker("Ann Ruiz's tweet mocked the plan as a waste of money.", "Ann Ruiz's tweet", "Ann Ruiz");
  }

  @Test
  void aNameModifyingADocumentIsItsAuthor() {
    assertSpeaker("A Reuters editorial said the plan would fail.", "A Reuters editorial", "Reuters");
  }

  @Test
  void aPlatformNamedAfterTheOwnerIsNoAuthor() {
    ExtractionResult result = extract("The school's Facebook post said the plan would fail.");
    assertEquals(false, result.claims().stream().map(Claim::speaker)
        .anyMatch(s -> s != null && s.canonical().equals("Facebook")), () -> Pipeline.listing(result));
  }

  private static void assertSpeaker(String text, String mention, String canonical) {
    ExtractionResult result = extract(text);
    assertEquals(canonical, result.claims().stream().map(Claim::speaker)
        .filter(s -> s != null && s.mention().text().equals(mention)).map(s -> s.canonical())
        .findFirst().orElse(null), () -> Pipeline.listing(result));
  }
}
