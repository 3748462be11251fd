package dev.claimex.syntax;

import static dev.claimex.syntax.Tagged.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.text.TaggedSentence;
import org.junit.jupiter.api.Test;

/** Who performs a verb, on hand-tagged sentences. */
class SubjectsTest {

  @Test
  void theNameBeforeAnAppositiveIsTheSubject() {
    TaggedSentence s = sentence("Hugh/NNP Hill/NNP ,/, a/DT doctor/NN at/IN the/DT clinic/NN ,/, said/VBD");
    assertEquals(new Phrase(0, 0, 1), Subjects.subjectOf(s, 9));
  }

  @Test
  void aRelativePronounLeadsToItsAntecedent() {
    TaggedSentence s = sentence("analysts/NNS who/WP note/VBP");
    assertEquals(new Phrase(0, 0, 0), Subjects.subjectOf(s, 2));
    assertEquals(1, Subjects.relativePronounBefore(s, 2));
  }

  @Test
  void anInfinitiveSharesTheSubjectOfItsGovernor() {
    TaggedSentence s = sentence("He/PRP went/VBD/go on/RP to/TO say/VB");
    assertEquals(new Phrase(0, 0, 0), Subjects.subjectOf(s, 4));
  }

  @Test
  void theSubjectOfAPassiveGovernorIsNotTheSpeaker() {
    TaggedSentence s = sentence("They/PRP were/VBD/be asked/VBN to/TO say/VB");
    assertNull(Subjects.subjectOf(s, 4));
  }

  @Test
  void aSubjectMayFollowItsVerb() {
    TaggedSentence s = sentence("Prices/NNS will/MD rise/VB ,/, said/VBD Mr./NNP Hill/NNP ./.");
    assertEquals(new Phrase(0, 5, 6), Subjects.invertedSubject(s, 4));
  }
}
