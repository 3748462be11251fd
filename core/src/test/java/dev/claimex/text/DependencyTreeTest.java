package dev.claimex.text;

import static dev.claimex.text.DependencyRelation.CCOMP;
import static dev.claimex.text.DependencyRelation.MARK;
import static dev.claimex.text.DependencyRelation.NSUBJ;
import static dev.claimex.text.DependencyRelation.OTHER;
import static dev.claimex.text.DependencyRelation.PUNCT;
import static dev.claimex.text.DependencyRelation.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {

  // She(0) said(1) that(2) prices(3) rose(4) .(5)
  private final DependencyTree tree = new DependencyTree(new int[] {1, -1, 4, 4, 1, 1},
      List.of(NSUBJ, ROOT, MARK, NSUBJ, CCOMP, PUNCT));

  @Test
  void findsADependentByItsRelation() {
    assertEquals(4, tree.dependent(1, CCOMP));
    assertEquals(0, tree.dependent(1, NSUBJ));
    assertEquals(-1, tree.dependent(4, CCOMP));
  }

  @Test
  void aSubtreeSpansItsHeadAndEveryDescendant() {
    assertEquals(2, tree.subtreeFirst(4));
    assertEquals(4, tree.subtreeLast(4));
    assertEquals(0, tree.subtreeFirst(1));
    assertEquals(5, tree.subtreeLast(1));
  }

  @Test
  void anUnparsedSentenceHasOnlyRoots() {
    DependencyTree unparsed = DependencyTree.unparsed(3);
    assertEquals(-1, unparsed.head(2));
    assertEquals(OTHER, unparsed.relation(2));
    assertEquals(-1, unparsed.dependent(0, NSUBJ));
  }

  @Test
  void rejectsHeadsThatAreNoTree() {
    assertThrows(IllegalArgumentException.class, () -> new DependencyTree(new int[] {1, 0}, List.of(NSUBJ, NSUBJ)));
    assertThrows(IllegalArgumentException.class, () -> new DependencyTree(new int[] {5}, List.of(ROOT)));
    assertThrows(IllegalArgumentException.class, () -> new DependencyTree(new int[] {-1, 0}, List.of(ROOT)));
  }

  @Test
  void readsUniversalDependenciesLabels() {
    assertEquals(DependencyRelation.NSUBJ_PASS, DependencyRelation.of("nsubj:pass"));
    assertEquals(DependencyRelation.OBL, DependencyRelation.of("obl:tmod"));
    assertEquals(DependencyRelation.NMOD, DependencyRelation.of("nmod:poss"));
    assertEquals(CCOMP, DependencyRelation.of("ccomp"));
    assertEquals(OTHER, DependencyRelation.of("goeswith"));
    assertEquals(OTHER, DependencyRelation.of(null));
  }
}
