package dev.claimex.syntax;

import static dev.claimex.syntax.Tagged.sentence;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.text.TaggedSentence;
import org.junit.jupiter.api.Test;

/** The two readings of a passive: claim typing's wide one and the attribution stage's narrow one. */
class ShallowSyntaxTest {

  @Test
  void aParticipleAfterBeIsPassiveInBothReadings() {
    TaggedSentence s = sentence("Protesters/NNS were/VBD/be never/RB warned/VBN");
    assertTrue(ShallowSyntax.isPassive(s, 3));
    assertTrue(ShallowSyntax.isAuxiliaryPassive(s, 3));
  }

  @Test
  void aPerfectIsNoPassive() {
    TaggedSentence s = sentence("The/DT minister/NN has/VBZ/have warned/VBN");
    assertFalse(ShallowSyntax.isPassive(s, 3));
    assertFalse(ShallowSyntax.isAuxiliaryPassive(s, 3));
  }

  @Test
  void aReducedRelativeIsPassiveOnlyInTheWideReading() {
    TaggedSentence s = sentence("the/DT officials/NNS recommended/VBN by/IN the/DT board/NN");
    assertTrue(ShallowSyntax.isPassive(s, 2));
    assertFalse(ShallowSyntax.isAuxiliaryPassive(s, 2));
  }

  @Test
  void aSecondCoordinatedParticipleIsPassiveOnlyInTheWideReading() {
    TaggedSentence s = sentence("He/PRP was/VBD/be bribed/VBN or/CC blackmailed/VBN by/IN rivals/NNS");
    assertTrue(ShallowSyntax.isPassive(s, 4));
    assertFalse(ShallowSyntax.isAuxiliaryPassive(s, 4));
  }

  @Test
  void theNarrowReadingLooksPastTwoAdverbsAtMost() {
    TaggedSentence s = sentence("They/PRP were/VBD/be not/RB ever/RB formally/RB warned/VBN");
    assertTrue(ShallowSyntax.isPassive(s, 5));
    assertFalse(ShallowSyntax.isAuxiliaryPassive(s, 5));
  }
}
