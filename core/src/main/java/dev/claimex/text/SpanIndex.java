package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A fixed list of items with spans (quotations, entity mentions, reports), looked up by offset: the interval index
 * that keeps a document's passes from comparing every item with every other. Containment and overlap take O(log n +
 * k log k) for k answers. Answers are positions in the original list, in ascending order, so that "the first in list
 * order" keeps its meaning. Items must not be null; their spans may be. Pipeline-internal.
 *
 * <pre>{@code
 * SpanIndex<TextSpan> quotations = SpanIndex.of(quotes, q -> q);
 * quotations.anyContaining(cueSpan);            // is the cue quoted?
 * quotations.overlapping(content);              // positions of the quotations the content touches
 * }</pre>
 *
 * <p>Items sorted by start carry a segment tree of the largest end below each node: the items that reach past an
 * offset are found by descending only into nodes that do.
 */
public final class SpanIndex<T> {

  private final List<T> items;
  /** Positions of the indexed items (those with a span), sorted by start, then end, then position. */
  private final int[] order;
  private final int[] starts;
  private final int[] ends;
  /** maxEnd[node]: the largest end among the sorted items under {@code node} of a tree over {@code [0, n)}. */
  private final int[] maxEnd;

  private SpanIndex(List<T> items, Function<? super T, TextSpan> spanOf) {
    this.items = List.copyOf(items);
    List<Integer> indexed = new ArrayList<>(items.size());
    TextSpan[] spans = new TextSpan[items.size()];
    for (int i = 0; i < items.size(); i++) {
      spans[i] = spanOf.apply(items.get(i));
      if (spans[i] != null) {
        indexed.add(i);
      }
    }
    indexed.sort(Comparator.<Integer>comparingInt(i -> spans[i].start()).thenComparingInt(i -> spans[i].end())
        .thenComparingInt(i -> i));
    int n = indexed.size();
    this.order = new int[n];
    this.starts = new int[n];
    this.ends = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = indexed.get(k);
      starts[k] = spans[order[k]].start();
      ends[k] = spans[order[k]].end();
    }
    this.maxEnd = new int[Math.max(1, 4 * n)];
    if (n > 0) {
      build(1, 0, n - 1);
    }
  }

  /** An index of {@code items} by {@code spanOf(item)}; items whose span is {@code null} are left out. */
  public static <T> SpanIndex<T> of(List<T> items, Function<? super T, TextSpan> spanOf) {
    return new SpanIndex<>(checkNotNull(items, "items"), checkNotNull(spanOf, "spanOf"));
  }

  private void build(int node, int low, int high) {
    if (low == high) {
      maxEnd[node] = ends[low];
      return;
    }
    int mid = (low + high) >>> 1;
    build(2 * node, low, mid);
    build(2 * node + 1, mid + 1, high);
    maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
  }

  public int size() {
    return items.size();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** The item at {@code position} of the original list. */
  public T get(int position) {
    return items.get(position);
  }

  /** Positions of the items whose span overlaps {@code span} (shares a character with it), ascending. */
  public int[] overlapping(TextSpan span) {
    List<Integer> found = new ArrayList<>();
    if (!span.isEmpty()) { // an overlapping item starts before the span ends and ends after it starts
      reaching(upperBound(span.end() - 1), span.start() + 1, true, found);
    }
    return sorted(found);
  }

  /** Positions of the items whose span contains {@code span}, ascending. */
  public int[] containing(TextSpan span) {
    List<Integer> found = new ArrayList<>();
    reaching(upperBound(span.start()), span.end(), false, found);
    return sorted(found);
  }

  /** Whether some item's span contains {@code span}. */
  public boolean anyContaining(TextSpan span) {
    int count = upperBound(span.start());
    return count > 0 && maxEnd(0, count - 1) >= span.end();
  }

  /** Whether some item's span contains {@code span} and is longer: contains it and is not the same span. */
  public boolean anyStrictlyContaining(TextSpan span) {
    int startingBefore = upperBound(span.start() - 1);
    int startingAtOrBefore = upperBound(span.start());
    return startingBefore > 0 && maxEnd(0, startingBefore - 1) >= span.end()
        || startingAtOrBefore > startingBefore && maxEnd(startingBefore, startingAtOrBefore - 1) > span.end();
  }

  /**
   * Positions of the items whose span lies inside {@code span}, ascending. It visits every item that starts inside
   * the span: meant for spans that hold few items (a phrase, a report's content).
   */
  public int[] inside(TextSpan span) {
    List<Integer> found = new ArrayList<>();
    int end = upperBound(span.end());
    for (int k = upperBound(span.start() - 1); k < end; k++) {
      if (ends[k] <= span.end()) {
        found.add(order[k]);
      }
    }
    return sorted(found);
  }

  /**
   * Adds the positions of the first {@code count} sorted items that end at or after {@code minEnd} (and, if {@code
   * nonEmpty}, are not empty).
   */
  private void reaching(int count, int minEnd, boolean nonEmpty, List<Integer> found) {
    if (count > 0) {
      reaching(1, 0, starts.length - 1, count - 1, minEnd, nonEmpty, found);
    }
  }

  private void reaching(int node, int low, int high, int last, int minEnd, boolean nonEmpty, List<Integer> found) {
    if (low > last || maxEnd[node] < minEnd) {
      return;
    }
    if (low == high) {
      if (!nonEmpty || ends[low] > starts[low]) {
        found.add(order[low]);
      }
      return;
    }
    int mid = (low + high) >>> 1;
    reaching(2 * node, low, mid, last, minEnd, nonEmpty, found);
    reaching(2 * node + 1, mid + 1, high, last, minEnd, nonEmpty, found);
  }

  /** The largest end among the sorted items {@code [from, to]}. */
  private int maxEnd(int from, int to) {
    return maxEnd(1, 0, starts.length - 1, from, to);
  }

  private int maxEnd(int node, int low, int high, int from, int to) {
    if (high < from || low > to) {
      return Integer.MIN_VALUE;
    }
    if (from <= low && high <= to) {
      return maxEnd[node];
    }
    int mid = (low + high) >>> 1;
    return Math.max(maxEnd(2 * node, low, mid, from, to), maxEnd(2 * node + 1, mid + 1, high, from, to));
  }

  /** How many sorted items start at or before {@code offset}. */
  private int upperBound(int offset) {
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int[] sorted(List<Integer> positions) {
    int[] result = positions.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(result);
    return result;
  }
}
