package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import org.junit.jupiter.api.Test;

/** What a poll before a clause reports, on hand-tagged sentences. */
class PollReaderTest {

  private final PollReader polls = new PollReader(HandTagged.CUES);

  @Test
  void aPollBeforeTheClauseSpeaksIt() {
    Report report = HandTagged.of("In/IN the/DT latest/JJS poll/NN ,/, Smith/NNP leads/VBZ/lead by/IN six/CD"
        + " points/NNS ./.").person("Smith").read(polls, "In");
    assertEquals("Smith leads by six points", text(report.content()));
    assertEquals("the latest poll", report.speaker().mention().text());
    assertEquals(ContentIntro.FRONTED, report.intro());
    assertEquals("cue.in-poll/source", report.rule());
  }

  @Test
  void aLetterOnlyPlacesSomeonesWords() {
    assertNull(HandTagged.of("In/IN a/DT letter/NN ,/, Smith/NNP asked/VBD/ask for/IN help/NN ./.").person("Smith")
        .read(polls, "In"));
  }

  @Test
  void aPollAfterTheClauseIsTheWritersNarration() {
    assertNull(HandTagged.of("Smith/NNP is/VBZ/be ahead/RB in/IN the/DT polls/NNS ./.").person("Smith")
        .read(polls, "in"));
  }
}
