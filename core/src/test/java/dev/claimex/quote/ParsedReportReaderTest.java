package dev.claimex.quote;

import dev.claimex.syntax.Phrase;

import static dev.claimex.text.DependencyRelation.ACL;
import static dev.claimex.text.DependencyRelation.CC;
import static dev.claimex.text.DependencyRelation.CCOMP;
import static dev.claimex.text.DependencyRelation.CONJ;
import static dev.claimex.text.DependencyRelation.DET;
import static dev.claimex.text.DependencyRelation.MARK;
import static dev.claimex.text.DependencyRelation.NSUBJ;
import static dev.claimex.text.DependencyRelation.OBJ;
import static dev.claimex.text.DependencyRelation.OTHER;
import static dev.claimex.text.DependencyRelation.PUNCT;
import static dev.claimex.text.DependencyRelation.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.DependencyRelation;
import dev.claimex.text.DependencyTree;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report a parse gives a cue verb, on hand-made parses (the parser itself is tested through the pipeline). */
class ParsedReportReaderTest {

  @Test
  void aCoordinatedCueSharesTheSubjectOfTheFirstVerb() {
    TaggedSentence s = sentence("The/DT mayor/NN smiled/VBD and/CC said/VBD that/IN taxes/NNS would/MD rise/VB ./.");
    DependencyTree tree = tree(new int[] {1, 2, -1, 4, 2, 8, 8, 8, 4, 2},
        DET, NSUBJ, ROOT, CC, CONJ, MARK, NSUBJ, OTHER, CCOMP, PUNCT);
    ParsedReportReader.ParsedReport report = ParsedReportReader.read(s, tree, 4);
    assertEquals(new Phrase(0, 0, 1), report.subject());
    assertEquals(6, report.first(), "the content starts after \"that\"");
    assertEquals(8, report.last());
  }

  @Test
  void aRelativePronounStandsForTheNounItFollows() {
    TaggedSentence s = sentence("analysts/NNS who/WP say/VBP rates/NNS will/MD fall/VB");
    DependencyTree tree = tree(new int[] {-1, 2, 0, 5, 5, 2}, ROOT, NSUBJ, ACL, NSUBJ, OTHER, CCOMP);
    ParsedReportReader.ParsedReport report = ParsedReportReader.read(s, tree, 2);
    assertEquals(new Phrase(0, 0, 0), report.subject());
    assertEquals(3, report.first());
    assertEquals(5, report.last());
  }

  @Test
  void aVerbWithoutAClauseReportsNothing() {
    TaggedSentence s = sentence("She/PRP said/VBD nothing/NN");
    assertNull(ParsedReportReader.read(s, tree(new int[] {1, -1, 1}, NSUBJ, ROOT, OBJ), 1));
  }

  @Test
  void aClauseThatCutsThroughAQuotationIsRejected() {
    TaggedSentence s = sentence("She/PRP said/VBD the/DT plan/NN “/`` was/VBD dead/JJ and/CC buried/VBN ”/''");
    DependencyTree tree = tree(new int[] {1, -1, 3, 6, 6, 6, 1, 8, 1, 1}, NSUBJ, ROOT, DET, NSUBJ, PUNCT, OTHER, CCOMP,
        CC, CONJ, PUNCT);
    assertNull(ParsedReportReader.read(s, tree, 1));
  }

  @Test
  void aClosingMarkLeftToTheRootEndsTheClause() {
    TaggedSentence s = sentence("She/PRP said/VBD the/DT plan/NN was/VBD “/`` dead/JJ ./. ”/''");
    DependencyTree tree = tree(new int[] {1, -1, 3, 6, 6, 6, 1, 1, 1}, NSUBJ, ROOT, DET, NSUBJ, OTHER, PUNCT, CCOMP,
        PUNCT, PUNCT);
    ParsedReportReader.ParsedReport report = ParsedReportReader.read(s, tree, 1);
    assertEquals(2, report.first());
    assertEquals(8, report.last());
  }

  /** A sentence of space-separated {@code word/TAG} tokens, each word its own lemma. */
  private static TaggedSentence sentence(String tagged) {
    String[] parts = tagged.split(" ");
    StringBuilder text = new StringBuilder();
    ImmutableList.Builder<WordToken> tokens = ImmutableList.builder();
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      String word = parts[i].substring(0, slash);
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(new WordToken(i, start, text.length(), word, parts[i].substring(slash + 1), word));
    }
    TextSpan span = new TextSpan(0, text.length(), text.toString());
    return new TaggedSentence(0, span, SegmentKind.PARAGRAPH, 0, 0, tokens.build());
  }

  private static DependencyTree tree(int[] heads, DependencyRelation... relations) {
    return new DependencyTree(heads, List.of(relations));
  }
}
