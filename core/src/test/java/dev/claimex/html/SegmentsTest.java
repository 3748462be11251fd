package dev.claimex.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.html.Segments.Layer;
import dev.claimex.html.Segments.Line;
import dev.claimex.html.Segments.Mark;
import dev.claimex.html.Segments.Piece;
import dev.claimex.html.Segments.Role;
import dev.claimex.text.NewsSentence;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  private static final String TEXT = "abcdefghij";

  /** The pieces of a one-line text as "start-end:claim.roles,claim.roles". */
  private static List<String> pieces(String text, List<Mark> marks, int claims) {
    int[] rank = new int[claims];
    for (int i = 0; i < claims; i++) {
      rank[i] = i;
    }
    return Segments.split(text, marks, rank, List.of()).stream().flatMap(line -> line.pieces().stream())
        .map(SegmentsTest::describe).toList();
  }

  private static String describe(Piece piece) {
    return piece.start() + "-" + piece.end() + ":" + piece.layers().stream().map(SegmentsTest::describe)
        .collect(Collectors.joining(","));
  }

  private static String describe(Layer layer) {
    StringBuilder roles = new StringBuilder();
    for (Role role : Role.values()) {
      if (layer.has(role)) {
        roles.append(role.css);
      }
    }
    return layer.claim() + "." + roles;
  }

  private static Mark content(int claim, int start, int end) {
    return new Mark(claim, Role.CONTENT, start, end);
  }

  @Test
  void nestedClaimsCutTheTextAtEveryBoundaryOutermostFirst() {
    List<Mark> marks = List.of(content(0, 0, 10), content(1, 2, 5), new Mark(2, Role.CUE, 3, 4));
    assertEquals(List.of("0-2:0.k", "2-3:0.k,1.k", "3-4:0.k,1.k,2.q", "4-5:0.k,1.k", "5-10:0.k"),
        pieces(TEXT, marks, 3));
  }

  @Test
  void overlappingClaimsShareTheMiddlePiece() {
    assertEquals(List.of("0-4:0.k", "4-6:0.k,1.k", "6-10:1.k"), pieces(TEXT, List.of(content(0, 0, 6), content(1, 4, 10)), 2));
  }

  @Test
  void rolesOfOneClaimOnTheSameWordsAreOneLayer() {
    List<Mark> marks = List.of(content(0, 0, 8), new Mark(0, Role.CONDITION, 5, 8), new Mark(0, Role.SOURCE, 9, 10));
    assertEquals(List.of("0-5:0.k", "5-8:0.kf", "8-9:", "9-10:0.o"), pieces(TEXT, marks, 1));
  }

  @Test
  void fragmentsLeaveTheNarrationBetweenThemUnmarked() {
    List<Mark> marks = List.of(content(0, 0, 3), content(0, 7, 10), new Mark(0, Role.CUE, 4, 6));
    assertEquals(List.of("0-3:0.k", "3-4:", "4-6:0.q", "6-7:", "7-10:0.k"), pieces(TEXT, marks, 1));
  }

  @Test
  void linesAreKeptAndLineBreaksCutMarks() {
    String text = "ab\ncd\n\nef\r\ngh";
    List<Line> lines = Segments.split(text, List.of(content(0, 1, 4)), new int[] {0}, List.of());
    assertEquals(4, lines.size());
    assertEquals(List.of("ab", "cd", "ef", "gh"), lines.stream().map(l -> text.substring(l.start(), l.end())).toList());
    assertEquals(List.of(false, false, true, false), lines.stream().map(Line::afterBlank).toList());
    assertEquals(List.of("0-1:", "1-2:0.k"), lines.get(0).pieces().stream().map(SegmentsTest::describe).toList());
    assertEquals(List.of("3-4:0.k", "4-5:"), lines.get(1).pieces().stream().map(SegmentsTest::describe).toList());
  }

  @Test
  void aClaimWithNoTextToMarkGetsAnEmptyAnchor() {
    List<Mark> marks = List.of(content(0, 0, 4), content(1, 6, 6), content(2, 2, 2));
    List<String> pieces = pieces("abcd\n\nefgh", marks, 3);
    assertEquals(List.of("0-2:0.k", "2-2:2.k", "2-4:0.k", "6-6:1.k", "6-10:"), pieces);
  }

  @Test
  void headlinesAndCreditLinesKeepTheirKind() {
    String text = "Big news today The minister spoke.";
    List<NewsSentence> sentences = List.of(new NewsSentence(0, TextSpan.of(text, 0, 14), SegmentKind.HEADLINE, 0),
        new NewsSentence(1, TextSpan.of(text, 15, 34), SegmentKind.PARAGRAPH, 0));
    List<Piece> pieces = Segments.split(text, List.of(content(0, 10, 20)), new int[] {0}, sentences).get(0).pieces();
    assertEquals(List.of(SegmentKind.HEADLINE, SegmentKind.HEADLINE, SegmentKind.PARAGRAPH, SegmentKind.PARAGRAPH),
        pieces.stream().map(Piece::kind).toList());
    assertEquals(List.of(0, 10, 14, 20), pieces.stream().map(Piece::start).toList());
  }

  @Test
  void overlappingContentsGetStackedLevelsAndDisjointOnesShareOne() {
    List<TextSpan> contents = List.of(span(0, 10), span(2, 5), span(3, 8), span(12, 15), span(4, 4));
    int[] levels = Segments.levels(contents);
    assertEquals(0, levels[0]);
    assertEquals(1, levels[1]);
    assertEquals(2, levels[2]); // overlaps both
    assertEquals(0, levels[3]); // after all of them
    assertEquals(0, levels[4]); // empty
    int[] rank = Segments.ranks(contents);
    assertTrue(rank[0] < rank[2] && rank[2] < rank[1], "longer contents nest outside shorter ones");
  }

  private static TextSpan span(int start, int end) {
    return new TextSpan(start, end, "x".repeat(end - start));
  }

  /** Random marks over random lines: the pieces tile every line, and each piece's layers are the marks over it. */
  @Test
  void randomMarksAreTiledExactly() {
    Random random = new Random(22);
    for (int round = 0; round < 200; round++) {
      StringBuilder built = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int i = 0; i < length; i++) {
        built.append(random.nextInt(8) == 0 ? '\n' : (char) ('a' + random.nextInt(26)));
      }
      String text = built.toString();
      int claims = 1 + random.nextInt(6);
      List<Mark> marks = new ArrayList<>();
      for (int m = 0; m < 1 + random.nextInt(10); m++) {
        int start = random.nextInt(length + 1);
        int end = start + random.nextInt(length - start + 1);
        marks.add(new Mark(random.nextInt(claims), Role.values()[random.nextInt(Role.values().length)], start, end));
      }
      int[] rank = Segments.ranks(java.util.stream.IntStream.range(0, claims).mapToObj(i -> span(0, i)).toList());
      List<Line> lines = Segments.split(text, marks, rank, List.of());
      String where = "text " + text.replace("\n", "\\n") + " marks " + marks;
      for (Line line : lines) {
        assertFalse(text.substring(line.start(), line.end()).contains("\n"), where);
        int at = line.start();
        for (Piece piece : line.pieces()) {
          assertEquals(at, piece.start(), where);
          at = piece.end();
          if (piece.start() == piece.end()) {
            continue; // an anchor
          }
          TreeMap<Integer, Integer> expected = new TreeMap<>(); // rank -> roles
          for (Mark mark : marks) {
            if (mark.start() <= piece.start() && piece.end() <= mark.end() && mark.start() < mark.end()) {
              expected.merge(rank[mark.claim()], mark.role().bit(), (a, b) -> a | b);
            } else {
              assertFalse(mark.start() < piece.end() && piece.start() < mark.end() && mark.start() < mark.end(),
                  "a mark ends inside a piece: " + mark + " " + describe(piece) + " " + where);
            }
          }
          List<String> want = new ArrayList<>();
          expected.forEach((r, roles) -> want.add(indexOf(rank, r) + "." + roles));
          assertEquals(want, piece.layers().stream().map(l -> l.claim() + "." + l.roles()).toList(), where);
        }
        assertEquals(line.end(), at, where);
      }
      assertEquals(text.lines().filter(l -> !l.isEmpty()).count(), lines.size(), where);
    }
  }

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new AssertionError(value);
  }
}
