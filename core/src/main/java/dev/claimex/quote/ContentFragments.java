package dev.claimex.quote;

import com.google.common.collect.ImmutableList;
import dev.claimex.ner.Actor;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a reported content that narration interrupts. “X,” she said. “Y.” is one report whose content runs
 * from X to Y; its fragments are X and Y, with "she said" left out. A direct content is the quotations inside it (the
 * words between them are the writer's); any other content is cut around its own cue and speaker when they stand
 * inside it ("The plan, he said, would fail" gives "The plan" and "would fail"; "Turnout is expected to rise" gives
 * "Turnout" and "to rise", as PolNeAR annotates hedges). A content in one piece is its own single fragment.
 *
 * <pre>{@code
 * ContentFragments pieces = ContentFragments.in(analysis);
 * pieces.of(attribution.content(), attribution.kind(), attribution.cue(), attribution.speaker());   // [X, Y]
 * }</pre>
 */
public final class ContentFragments {

  /** Characters a narration hole takes along on either side: the commas, marks and dashes around "she said". */
  private static final String HOLE_EDGE = " \t\r\n,;:\u2014\u2013-";
  /** How far apart a cue and its speaker may stand and still be one stretch of narration ("said on Monday Ann Cole"). */
  private static final int NARRATION_GAP = 40;
  /** How long an adjunct of the narration may be ("on Monday", "in an interview"). */
  private static final int ADJUNCT_LENGTH = 60;
  /** How many quotations before a content are checked for one that runs into it. */
  private static final int NESTING_REACH = 16;
  /** How many capitalised words before a speaker's name may be its title ("Chief Justice", "Mr."). */
  private static final int TITLE_WORDS = 3;

  private final String text;
  /** The document's quotations with their marks, in text order. */
  private final ImmutableList<TextSpan> quotations;

  private ContentFragments(String text, ImmutableList<TextSpan> quotations) {
    this.text = text;
    this.quotations = quotations;
  }

  /** The fragment finder of one document: its quotations are read once. */
  public static ContentFragments in(TextAnalysis analysis) {
    String text = analysis.text();
    return new ContentFragments(text, QuoteMarks.find(analysis).stream().map(q -> QuoteMarks.outer(text, q))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The fragments of a content reported as {@code kind}, whose cue and speaker (either may be {@code null}) are
   * narration when they stand inside it; never empty, each a slice of the text inside {@code content}.
   */
  public ImmutableList<TextSpan> of(TextSpan content, ReportKind kind, TextSpan cue, Actor speaker) {
    ImmutableList<TextSpan> pieces = pieces(content, kind, cue, speaker);
    return inOrder(content, pieces) ? pieces : ImmutableList.of(content); // never fails a document
  }

  private ImmutableList<TextSpan> pieces(TextSpan content, ReportKind kind, TextSpan cue, Actor speaker) {
    if (kind == ReportKind.DIRECT) {
      ImmutableList<TextSpan> quoted = quotedPieces(content);
      if (!quoted.isEmpty()) {
        return quoted;
      }
    }
    // a hedge with no speaker ("X is expected to Y") frames its clause from inside: X and Y are the fragments
    TextSpan cueInside = inside(content, cue);
    TextSpan speakerInside = speaker == null ? null : inside(content, speaker.mention());
    List<TextSpan> holes = new ArrayList<>();
    if (cueInside != null && speakerInside != null && gap(cueInside, speakerInside) <= NARRATION_GAP) {
      // "she said", "said Ann Cole", "according to the nonpartisan budget office": one stretch of narration
      addHole(holes, TextSpan.of(text, Math.min(cueInside.start(), speakerInside.start()),
          Math.max(cueInside.end(), speakerInside.end())), content, true);
    } else {
      addHole(holes, cueInside, content, false);
      addHole(holes, speakerInside, content, true);
    }
    return holes.isEmpty() ? ImmutableList.of(content) : cut(content, holes);
  }

  private static TextSpan inside(TextSpan content, TextSpan span) {
    return span != null && span.start() > content.start() && span.end() < content.end() ? span : null;
  }

  private static int gap(TextSpan a, TextSpan b) {
    return Math.max(a.start(), b.start()) - Math.min(a.end(), b.end());
  }

  /** Whether the pieces lie inside the content, in order and apart, as {@link #checked} wants them. */
  private static boolean inOrder(TextSpan content, List<TextSpan> pieces) {
    int end = content.start();
    for (TextSpan piece : pieces) {
      if (piece.start() < end || piece.end() > content.end()) {
        return false;
      }
      end = piece.end();
    }
    return true;
  }

  /**
   * Fragments as a result holds them: {@code [content]} for none given, else the given ones, each checked to lie
   * inside the content, in order and apart.
   *
   * @throws IllegalArgumentException if a fragment is outside the content or they overlap or are out of order
   */
  public static ImmutableList<TextSpan> checked(TextSpan content, ImmutableList<TextSpan> fragments) {
    if (fragments == null || fragments.isEmpty()) {
      return ImmutableList.of(content);
    }
    if (!inOrder(content, fragments)) {
      throw new IllegalArgumentException("fragments " + fragments + " are not inside " + content + ", in order and apart");
    }
    return fragments;
  }

  /** The quotations inside the content, each cut to it. */
  private ImmutableList<TextSpan> quotedPieces(TextSpan content) {
    ImmutableList.Builder<TextSpan> pieces = ImmutableList.builder();
    int taken = content.start();
    for (int i = firstReaching(content.start()); i < quotations.size(); i++) {
      TextSpan quotation = quotations.get(i);
      if (quotation.start() >= content.end()) {
        break;
      }
      int start = Math.max(quotation.start(), taken); // a quotation inside another ('...') is part of it
      int end = Math.min(quotation.end(), content.end());
      if (start < end && !text.substring(start, end).isBlank()) {
        pieces.add(TextSpan.of(text, start, end));
        taken = end;
      }
    }
    return pieces.build();
  }

  /**
   * The index of the first quotation that may reach {@code offset}: the quotations are in text order by start, so one
   * starting before the offset counts only if it runs past it; those are looked for among the few just before (a
   * quotation nested in a longer one starts after it).
   */
  private int firstReaching(int offset) {
    int low = 0;
    int high = quotations.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (quotations.get(middle).start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int first = low;
    for (int i = low - 1; i >= 0 && low - i <= NESTING_REACH; i--) {
      first = quotations.get(i).end() > offset ? i : first;
    }
    return first;
  }

  /**
   * A stretch of narration inside the content, widened over the commas, marks and spaces around it and, when it
   * holds the speaker ({@code named}), over the capitalised title words before the name ("Chief Justice" of "Chief
   * Justice Roberts said").
   */
  private void addHole(List<TextSpan> holes, TextSpan span, TextSpan content, boolean named) {
    if (span == null) {
      return;
    }
    int start = span.start();
    // only a speaker's name has a title before it: "Turnout is expected" keeps "Turnout"
    for (int words = 0; named && words < TITLE_WORDS; words++) {
      int before = wordBefore(start, content.start());
      if (before < 0 || !Character.isUpperCase(text.charAt(before))) {
        break;
      }
      start = before;
    }
    while (start > content.start() && HOLE_EDGE.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    int end = adjunctEnd(span.end(), content.end());
    // "“X,” she said. “Y.”": the full stop after the narration is the narration's
    while (end < content.end() && (HOLE_EDGE.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) {
      end++;
    }
    holes.add(TextSpan.of(text, start, end));
  }

  /**
   * The end of a short adjunct of the narration up to the next comma ("she said <i>in an interview with CNN on
   * Tuesday</i>, ..."), or {@code at} when none: no quotation mark, no more than a few words.
   */
  private int adjunctEnd(int at, int limit) {
    int comma = text.indexOf(',', at);
    if (comma < 0 || comma >= limit || comma - at > ADJUNCT_LENGTH) {
      return at;
    }
    String between = text.substring(at, comma);
    return between.chars().anyMatch(c -> QuoteTokens.isMarkChar((char) c)) ? at : comma;
  }

  /** The start of the word right before {@code at} (one space between), not before {@code floor}; -1 if none. */
  private int wordBefore(int at, int floor) {
    int end = at;
    if (end - 1 < floor || text.charAt(end - 1) != ' ') {
      return -1;
    }
    end--;
    int start = end;
    while (start > floor && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != ',') {
      start--;
    }
    return start < end ? start : -1;
  }

  /** The content without its holes, in pieces that hold a word. */
  private ImmutableList<TextSpan> cut(TextSpan content, List<TextSpan> holes) {
    holes.sort(null);
    ImmutableList.Builder<TextSpan> pieces = ImmutableList.builder();
    int from = content.start();
    for (TextSpan hole : holes) {
      addPiece(pieces, from, Math.max(from, hole.start()));
      from = Math.max(from, hole.end());
    }
    addPiece(pieces, from, content.end());
    ImmutableList<TextSpan> built = pieces.build();
    return built.isEmpty() ? ImmutableList.of(content) : built;
  }

  private void addPiece(ImmutableList.Builder<TextSpan> pieces, int start, int end) {
    if (start < end && text.substring(start, end).chars().anyMatch(Character::isLetterOrDigit)) {
      pieces.add(TextSpan.of(text, start, end));
    }
  }
}
