package dev.claimex.quote.readers;

import dev.claimex.syntax.ShallowSyntax;
import static dev.claimex.quote.readers.HandTagged.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import org.junit.jupiter.api.Test;

/** A cue verb in the passive, read through the verb reader that hands it over. */
class PassiveReaderTest {

  private final VerbReader verbs = new VerbReader(HandTagged.CUES);

  @Test
  void theAgentSpeaksAndTheSubjectIsTheTarget() {
    Report report = HandTagged.of("Smith/NNP was/VBD/be accused/VBN/accuse by/IN Jones/NNP of/IN lying/VBG/lie ./.")
        .person("Smith").person("Jones").read(verbs, "accused");
    assertEquals("Jones", report.speaker().canonical());
    assertEquals("Smith", report.target().canonical());
    assertEquals("lying", text(report.content()));
    assertEquals(ContentIntro.PASSIVE, report.intro());
    assertEquals("cue.accuse/passive", report.rule());
  }

  @Test
  void aPassiveStatementWithNoAgentSaysTooLittle() {
    assertNull(HandTagged.of("Smith/NNP was/VBD/be told/VBN/tell to/TO leave/VB ./.").person("Smith")
        .read(verbs, "told"));
  }

  @Test
  void aPassiveIsAParticipleAfterAFormOfBe() {
    assertEquals(true, ShallowSyntax.isAuxiliaryPassive(HandTagged.of("He/PRP was/VBD/be sharply/RB criticised/VBN ./.")
        .sentence(0), 3));
    assertEquals(false, ShallowSyntax.isAuxiliaryPassive(HandTagged.of("He/PRP has/VBZ/have criticised/VBN it/PRP ./.")
        .sentence(0), 2));
  }
}
