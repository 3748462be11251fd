package dev.claimex.quote;

import static dev.claimex.Pipeline.assertAttribution;
import static dev.claimex.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the clause reported by a saying verb may open, when no "that" introduces it. */
class ReportedClauseOpeningTest {

  @Test
  void anAdverbGradingAnAdjectiveStaysInTheSubjectAfterAnAppositive() {
    assertAttribution("Ortiz, a banker, said a carefully designed levy could replace the old fees.", "Ortiz",
        "a carefully designed levy could replace the old fees");
    assertAttribution("Hale, an economist, said an increasingly bitter dispute would slow the talks.", "Hale",
        "an increasingly bitter dispute would slow the talks");
  }

  @Test
  void aHyphenatedModifierOpensTheSubject() {
    assertAttribution("The organizer said down-ballot contests can bring out young voters.", "organizer",
        "down-ballot contests can bring out young voters");
  }

  @Test
  void anExistentialThereOpensTheReportedClause() {
    assertAttribution("Reyes, the party's nominee, has said there should be a cap on rents.", "Reyes",
        "there should be a cap on rents");
  }

  @Test
  void aDayWithAPossessiveIsNoTimeAdjunct() {
    assertAttribution("Dunn, a pollster, said Monday's debate had changed few minds.", "Dunn",
        "Monday's debate had changed few minds");
  }

  @Test
  void aRelativeGapBehindAnAuxiliary() {
    assertAttribution("The merger, which the union has long said was a mistake, cost 300 jobs.", "the union",
        "was a mistake");
  }

  @Test
  void aCommaAfterThatOpensAnInsertedClause() {
    assertAttribution("Critics argue that, while the levy may cut traffic, it will hurt shops.", "Critics",
        "while the levy may cut traffic, it will hurt shops");
  }

  @Test
  void aClauseRightAfterAnAdjunctWithoutThat() {
    assertAttribution("The mayor said in a statement the police had found a weapon.", "mayor",
        "the police had found a weapon");
  }

  @Test
  void aFreeRelativeInsideTheSentenceLeavesAGap() {
    assertAttribution("The bakery expanded to meet what its owner said was rising demand for bread.", "its owner",
        "was rising demand for bread");
    assertTrue(extract("What she said was true.").attributions().isEmpty(), "a cleft at the start reports nothing");
  }
}
