package dev.claimex.syntax;

import static dev.claimex.syntax.Tagged.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.text.TaggedSentence;
import org.junit.jupiter.api.Test;

/** Adjuncts of saying end a noun phrase; places go on with it. */
class AdjunctsTest {

  @Test
  void anInterviewIsAnAdjunctOfSaying() {
    TaggedSentence s = sentence("said/VBD Mr./NNP Hill/NNP in/IN an/DT interview/NN");
    assertTrue(Adjuncts.startsSpeechAdjunct(s, 3));
    assertEquals(2, NounPhrases.modifiersEnd(s, 2), "the subject ends before \"in an interview\"");
  }

  @Test
  void aRoomIsNoAdjunctOfSaying() {
    TaggedSentence s = sentence("said/VBD a/DT source/NN in/IN the/DT room/NN");
    assertFalse(Adjuncts.startsSpeechAdjunct(s, 3));
    assertEquals(5, NounPhrases.modifiersEnd(s, 2), "\"a source in the room\" is one phrase");
  }
}
