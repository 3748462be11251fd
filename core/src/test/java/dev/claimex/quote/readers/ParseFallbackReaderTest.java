package dev.claimex.quote.readers;

import static dev.claimex.quote.readers.HandTagged.text;
import static dev.claimex.text.DependencyRelation.CC;
import static dev.claimex.text.DependencyRelation.CCOMP;
import static dev.claimex.text.DependencyRelation.CONJ;
import static dev.claimex.text.DependencyRelation.MARK;
import static dev.claimex.text.DependencyRelation.NSUBJ;
import static dev.claimex.text.DependencyRelation.OTHER;
import static dev.claimex.text.DependencyRelation.PUNCT;
import static dev.claimex.text.DependencyRelation.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.DependencyTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parse fallback reads, on hand-tagged sentences with hand-made parses. */
class ParseFallbackReaderTest {

  /** "Smith smiled and said that taxes would rise.": "said" shares the subject of "smiled". */
  private static final String COORDINATED =
      "Smith/NNP smiled/VBD/smile and/CC said/VBD/say that/IN taxes/NNS would/MD rise/VB ./.";
  private static final DependencyTree COORDINATED_TREE = new DependencyTree(new int[] {1, -1, 3, 1, 7, 7, 7, 3, 1},
      List.of(NSUBJ, ROOT, CC, CONJ, MARK, NSUBJ, OTHER, CCOMP, PUNCT));

  private int parses;
  private final DependencyParser parser = s -> {
    parses++;
    return COORDINATED_TREE;
  };
  private final ParseFallbackReader fallback = new ParseFallbackReader(parser);

  @Test
  void theParseGivesTheClauseAndTheSharedSubject() {
    Report report = HandTagged.of(COORDINATED).person("Smith").read(fallback, "said");
    assertEquals("Smith", report.speaker().canonical());
    assertEquals("taxes would rise", text(report.content()));
    assertEquals(ContentIntro.PARSED, report.intro());
    assertEquals("cue.say/parsed", report.rule());
  }

  @Test
  void aSentenceIsParsedOnceForAllItsCues() {
    HandTagged doc = HandTagged.of(COORDINATED).person("Smith");
    ReaderContext context = doc.context();
    doc.read(context, fallback, "said", List.of());
    doc.read(context, fallback, "said", List.of());
    assertEquals(1, parses);
  }

  @Test
  void aContentAnotherReportHoldsIsNotReadAgain() {
    HandTagged doc = HandTagged.of(COORDINATED).person("Smith");
    Report first = doc.read(fallback, "said");
    assertNull(doc.read(fallback, "said", List.of(first)));
  }

  @Test
  void aVerbWithNoClauseAfterItIsNotParsed() {
    assertNull(HandTagged.of("She/PRP said/VBD/say nothing/NN ./.").read(fallback, "said"));
    assertEquals(0, parses);
  }
}
