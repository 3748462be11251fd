package dev.claimex.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.NewsSentence;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The text cut at every boundary of every mark, so that each piece is covered by a fixed set of claims: the page
 * writes a piece once, inside one nested element per covering claim. Lines (the text between line breaks) are cut
 * too, so that the page keeps the paragraphs as written. Linear in the text plus n·log n in the marks.
 *
 * <pre>{@code
 * List<Line> lines = Segments.split(text, marks, rank, result.sentences());
 * }</pre>
 */
final class Segments {

  /** What a mark shows of its claim; {@code css} is its class in the page. */
  enum Role {
    CONTENT("k"), CUE("q"), CONDITION("f"), SOURCE("o"), SPEAKER("p");

    final String css;

    Role(String css) {
      this.css = css;
    }

    int bit() {
      return 1 << ordinal();
    }
  }

  /** One role of one claim over {@code [start, end)}; an empty mark is an anchor at {@code start}. */
  record Mark(int claim, Role role, int start, int end) {
    Mark {
      checkArgument(claim >= 0, "claim must be >= 0: %s", claim);
      checkNotNull(role, "role");
      checkArgument(0 <= start && start <= end, "bad mark [%s, %s)", start, end);
    }
  }

  /** A claim's share of a piece: the claim and the roles it shows there (bits of {@link Role}). */
  record Layer(int claim, int roles) {
    boolean has(Role role) {
      return (roles & role.bit()) != 0;
    }
  }

  /**
   * A stretch of one line with the claims covering it, outermost first, and the layout kind of its sentence
   * ({@code PARAGRAPH} for body text). An empty piece is the anchor of claims with no text to mark.
   */
  record Piece(int start, int end, ImmutableList<Layer> layers, SegmentKind kind) {}

  /** A line as written, between line breaks; {@code afterBlank} when an empty line precedes it. */
  record Line(int start, int end, boolean afterBlank, ImmutableList<Piece> pieces) {}

  private Segments() {}

  /**
   * Cuts {@code text} into lines and pieces. {@code rank[claim]} orders the layers of a piece (lower is outer);
   * {@code sentences} give the layout kinds (headlines, credit lines).
   */
  static List<Line> split(String text, List<Mark> marks, int[] rank, List<NewsSentence> sentences) {
    checkNotNull(text, "text");
    int length = text.length();
    for (Mark mark : marks) {
      checkArgument(mark.end() <= length, "mark %s is beyond the text's %s characters", mark, length);
      checkArgument(mark.claim() < rank.length, "mark %s has no rank", mark);
    }
    List<int[]> lineSpans = lines(text);
    TreeSet<Integer> cutSet = new TreeSet<>();
    cutSet.add(0);
    cutSet.add(length);
    for (int[] line : lineSpans) {
      cutSet.add(line[0]);
      cutSet.add(line[1]);
    }
    for (Mark mark : marks) {
      cutSet.add(mark.start());
      cutSet.add(mark.end());
    }
    List<NewsSentence> layout = new ArrayList<>();
    for (NewsSentence sentence : sentences) {
      TextSpan span = sentence.span();
      if (sentence.segmentKind() != SegmentKind.PARAGRAPH && span.end() <= length) {
        layout.add(sentence);
        cutSet.add(span.start());
        cutSet.add(span.end());
      }
    }
    layout.sort(Comparator.comparingInt(s -> s.span().start()));
    int[] cuts = cutSet.stream().mapToInt(Integer::intValue).toArray();

    List<Mark> opening = marks.stream().filter(m -> m.start() < m.end())
        .sorted(Comparator.comparingInt(Mark::start)).toList();
    List<Mark> closing = opening.stream().sorted(Comparator.comparingInt(Mark::end)).toList();
    int roles = Role.values().length;
    int[] counts = new int[rank.length * roles];
    int[] covering = new int[rank.length];
    TreeMap<Integer, Integer> active = new TreeMap<>(); // rank -> claim
    int nextOpen = 0;
    int nextClose = 0;
    int nextLayout = 0;
    int line = 0;
    List<List<Piece>> pieces = new ArrayList<>();
    lineSpans.forEach(l -> pieces.add(new ArrayList<>()));
    for (int c = 0; c + 1 < cuts.length; c++) {
      int from = cuts[c];
      int to = cuts[c + 1];
      while (nextClose < closing.size() && closing.get(nextClose).end() <= from) {
        Mark mark = closing.get(nextClose++);
        counts[mark.claim() * roles + mark.role().ordinal()]--;
        if (--covering[mark.claim()] == 0) {
          active.remove(rank[mark.claim()]);
        }
      }
      while (nextOpen < opening.size() && opening.get(nextOpen).start() <= from) {
        Mark mark = opening.get(nextOpen++);
        counts[mark.claim() * roles + mark.role().ordinal()]++;
        if (covering[mark.claim()]++ == 0) {
          active.put(rank[mark.claim()], mark.claim());
        }
      }
      while (line < lineSpans.size() && lineSpans.get(line)[1] <= from) {
        line++;
      }
      if (line == lineSpans.size() || lineSpans.get(line)[0] > from) {
        continue; // a line break: the page shows it as the end of a paragraph
      }
      while (nextLayout < layout.size() && layout.get(nextLayout).span().end() <= from) {
        nextLayout++;
      }
      SegmentKind kind = nextLayout < layout.size() && layout.get(nextLayout).span().start() <= from
          ? layout.get(nextLayout).segmentKind() : SegmentKind.PARAGRAPH;
      ImmutableList.Builder<Layer> layers = ImmutableList.builder();
      for (int claim : active.values()) {
        int bits = 0;
        for (int r = 0; r < roles; r++) {
          if (counts[claim * roles + r] > 0) {
            bits |= 1 << r;
          }
        }
        layers.add(new Layer(claim, bits));
      }
      pieces.get(line).add(new Piece(from, to, layers.build(), kind));
    }
    anchor(marks, rank, lineSpans, pieces);
    ImmutableList.Builder<Line> result = ImmutableList.builder();
    for (int i = 0; i < lineSpans.size(); i++) {
      int[] span = lineSpans.get(i);
      result.add(new Line(span[0], span[1], span[2] == 1, ImmutableList.copyOf(pieces.get(i))));
    }
    return result.build();
  }

  /**
   * Places the empty marks of claims that have no text to show (an empty content, no cue) as empty pieces, so that
   * every claim keeps a mark: in the line at their offset, or the line before a line break.
   */
  private static void anchor(List<Mark> marks, int[] rank, List<int[]> lineSpans, List<List<Piece>> pieces) {
    boolean[] shown = new boolean[rank.length];
    marks.stream().filter(m -> m.start() < m.end()).forEach(m -> shown[m.claim()] = true);
    for (Mark mark : marks) {
      if (shown[mark.claim()] || lineSpans.isEmpty()) {
        continue;
      }
      shown[mark.claim()] = true;
      int line = 0;
      while (line + 1 < lineSpans.size() && lineSpans.get(line + 1)[0] <= mark.start()) {
        line++;
      }
      int at = Math.max(lineSpans.get(line)[0], Math.min(mark.start(), lineSpans.get(line)[1]));
      List<Piece> inLine = pieces.get(line);
      int index = 0;
      while (index < inLine.size() && inLine.get(index).start() < at) {
        index++;
      }
      inLine.add(index, new Piece(at, at, ImmutableList.of(new Layer(mark.claim(), mark.role().bit())),
          SegmentKind.PARAGRAPH));
    }
  }

  /** The lines of {@code text} as {start, end, afterBlank}: maximal runs without CR or LF, empty lines dropped. */
  static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int breaks = 0;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r') {
        breaks += ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 0 : 1;
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      lines.add(new int[] {start, i, breaks >= 2 && !lines.isEmpty() ? 1 : 0});
      breaks = 0;
    }
    return lines;
  }

  /**
   * The underline level of each claim's content: claims whose contents overlap get different levels, so that their
   * underlines stack instead of hiding each other; the lowest free level is taken (greedy interval colouring,
   * n·log n). Claims with an empty content get level 0.
   */
  static int[] levels(List<TextSpan> contents) {
    int[] levels = new int[contents.size()];
    Integer[] order = new Integer[contents.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> contents.get(i).start())
        .thenComparing(i -> -contents.get(i).length()).thenComparingInt(i -> i));
    PriorityQueue<int[]> busy = new PriorityQueue<>(Comparator.comparingInt(b -> b[0])); // {end, level}
    TreeSet<Integer> free = new TreeSet<>();
    int next = 0;
    for (int claim : order) {
      TextSpan content = contents.get(claim);
      if (content.isEmpty()) {
        continue;
      }
      while (!busy.isEmpty() && busy.peek()[0] <= content.start()) {
        free.add(busy.poll()[1]);
      }
      int level = free.isEmpty() ? next++ : free.pollFirst();
      levels[claim] = level;
      busy.add(new int[] {content.end(), level});
    }
    return levels;
  }

  /** The nesting order of claims: longer contents outside shorter ones; {@code rank[claim]}, lower is outer. */
  static int[] ranks(List<TextSpan> contents) {
    Integer[] order = new Integer[contents.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -contents.get(i).length()).thenComparingInt(i -> i));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }
}
