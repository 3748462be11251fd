package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of one sentence: for each token its head (-1 for the root) and its relation to it.
 * Pipeline-internal, like {@link TaggedSentence}, whose token indices it shares.
 *
 * <pre>{@code
 * tree.dependent(said, DependencyRelation.CCOMP)   // the reported clause of "She said prices rose": "rose"
 * tree.subtreeFirst(rose), tree.subtreeLast(rose)  // its words: "prices rose"
 * }</pre>
 */
public final class DependencyTree {

  private final int[] heads;
  private final ImmutableList<DependencyRelation> relations;
  private final List<List<Integer>> dependents;

  /**
   * @param heads for each token the index of its head, or -1 for the root
   * @param relations for each token its relation to its head
   */
  public DependencyTree(int[] heads, List<DependencyRelation> relations) {
    checkNotNull(heads, "heads");
    checkNotNull(relations, "relations");
    checkArgument(heads.length == relations.size(), "%s heads but %s relations", heads.length, relations.size());
    this.heads = heads.clone();
    this.relations = ImmutableList.copyOf(relations);
    this.dependents = new ArrayList<>(heads.length);
    for (int i = 0; i < heads.length; i++) {
      dependents.add(new ArrayList<>(2));
    }
    for (int i = 0; i < heads.length; i++) {
      checkArgument(heads[i] >= -1 && heads[i] < heads.length && heads[i] != i, "bad head %s of token %s", heads[i], i);
      if (heads[i] >= 0) {
        dependents.get(heads[i]).add(i);
      }
    }
    for (int i = 0; i < heads.length; i++) {
      int steps = 0;
      for (int k = heads[i]; k >= 0; k = heads[k]) {
        checkArgument(++steps <= heads.length, "the heads form a cycle through token %s", i);
      }
    }
  }

  /** A sentence left unparsed (too long, or nothing to parse): every token is a root without dependents. */
  public static DependencyTree unparsed(int size) {
    int[] heads = new int[size];
    java.util.Arrays.fill(heads, -1);
    return new DependencyTree(heads, java.util.Collections.nCopies(size, DependencyRelation.OTHER));
  }

  public int size() {
    return heads.length;
  }

  /** The head of token {@code i}, or -1 for a root. */
  public int head(int i) {
    return heads[i];
  }

  public DependencyRelation relation(int i) {
    return relations.get(i);
  }

  /** The first dependent of {@code i} in the given relation, or -1. */
  public int dependent(int i, DependencyRelation relation) {
    for (int d : dependents.get(i)) {
      if (relations.get(d) == relation) {
        return d;
      }
    }
    return -1;
  }

  /** The dependents of {@code i}, in text order. */
  public List<Integer> dependents(int i) {
    return java.util.Collections.unmodifiableList(dependents.get(i));
  }

  /** The first token of the subtree headed by {@code i}. */
  public int subtreeFirst(int i) {
    int first = i;
    for (int d : dependents.get(i)) {
      first = Math.min(first, subtreeFirst(d));
    }
    return first;
  }

  /** The last token of the subtree headed by {@code i}. */
  public int subtreeLast(int i) {
    int last = i;
    for (int d : dependents.get(i)) {
      last = Math.max(last, subtreeLast(d));
    }
    return last;
  }
}
