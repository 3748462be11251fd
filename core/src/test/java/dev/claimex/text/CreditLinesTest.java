package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditLinesTest {

  private static final Set<String> OUTLETS = Set.of("Reuters", "AP News", "AP", "cnn.com", "Al Jazeera");
  private final CreditLines credits = new CreditLines(OUTLETS::contains);

  private void assertCredit(String line) {
    assertTrue(credits.isCreditLine(line), line);
  }

  private void assertNotCredit(String line) {
    assertFalse(credits.isCreditLine(line), line);
  }

  @Test
  void outletTagsWithCitationDebrisAreCredits() {
    assertCredit("AP News");
    assertCredit("Reuters >> +1");
    assertCredit("(Reuters 2021-2024, 2220-2221 and 2240).");
    assertCredit("(Reuters +1)");
    assertCredit("cnn.com");
    assertCredit("Its cnn.com +2 for more on this story.");
    assertCredit("According to Reuters reports.");
  }

  @Test
  void labelledCreditsNeedNoKnownOutlet() {
    assertCredit("Source: Reuters");
    assertCredit("Sources: The Daily Planet");
    assertCredit("Reporting by Jane Doe; Editing by John Roe");
    assertCredit("© 2024 Example Media");
  }

  @Test
  void sentencesAboutOutletsAreNotCredits() {
    assertNotCredit("Al Jazeera reported this issue earlier.");
    assertNotCredit("Sources said the talks had stalled.");
    assertNotCredit("Good morning Dawn!");
    assertNotCredit("");
  }
}
