package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The span index answers exactly what a scan of every item would, in list order. */
class SpanIndexTest {

  private static final String TEXT = "x".repeat(200);

  @Test
  void findsWhatContainsOverlapsAndLiesInside() {
    List<TextSpan> spans = List.of(span(0, 50), span(10, 20), span(15, 15), span(30, 60), span(10, 20));
    SpanIndex<TextSpan> index = SpanIndex.of(spans, s -> s);
    assertArrayEquals(new int[] {0, 1, 4}, index.containing(span(12, 18)));
    assertArrayEquals(new int[] {0, 1, 4}, index.overlapping(span(12, 18)), "the empty span overlaps nothing");
    assertArrayEquals(new int[] {1, 2, 4}, index.inside(span(10, 20)));
    assertTrue(index.anyContaining(span(40, 60)));
    assertFalse(index.anyContaining(span(40, 61)));
    assertArrayEquals(new int[0], index.overlapping(span(60, 60)));
  }

  @Test
  void itemsWithoutASpanAreLeftOut() {
    List<String> items = List.of("a", "b", "c");
    SpanIndex<String> index = SpanIndex.of(items, s -> s.equals("b") ? null : span(0, 10));
    assertArrayEquals(new int[] {0, 2}, index.containing(span(2, 3)));
    assertEquals("b", index.get(1));
  }

  @Test
  void agreesWithAScanOnRandomSpans() {
    Random random = new Random(17);
    for (int round = 0; round < 200; round++) {
      List<TextSpan> spans = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        spans.add(randomSpan(random));
      }
      SpanIndex<TextSpan> index = SpanIndex.of(spans, s -> s);
      for (int q = 0; q < 20; q++) {
        TextSpan query = randomSpan(random);
        assertArrayEquals(scan(spans, s -> s.contains(query)), index.containing(query), query::toString);
        assertArrayEquals(scan(spans, s -> s.overlaps(query)), index.overlapping(query), query::toString);
        assertArrayEquals(scan(spans, query::contains), index.inside(query), query::toString);
        assertEquals(scan(spans, s -> s.contains(query)).length > 0, index.anyContaining(query), query::toString);
        assertEquals(scan(spans, s -> s.contains(query) && !s.equals(query)).length > 0,
            index.anyStrictlyContaining(query), query::toString);
      }
    }
  }

  private static int[] scan(List<TextSpan> spans, Predicate<TextSpan> test) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      if (test.test(spans.get(i))) {
        found.add(i);
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private static TextSpan randomSpan(Random random) {
    int start = random.nextInt(100);
    return span(start, start + (random.nextInt(4) == 0 ? 0 : random.nextInt(60)));
  }

  private static TextSpan span(int start, int end) {
    return TextSpan.of(TEXT, start, end);
  }
}
