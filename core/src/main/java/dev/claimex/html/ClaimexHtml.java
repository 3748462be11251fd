package dev.claimex.html;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.ExtractionResult;
import dev.claimex.ExtractionWarning;
import dev.claimex.claim.Claim;
import dev.claimex.html.Segments.Layer;
import dev.claimex.html.Segments.Line;
import dev.claimex.html.Segments.Mark;
import dev.claimex.html.Segments.Piece;
import dev.claimex.html.Segments.Role;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The claims of a document shown in its text: one self-contained HTML page (style, script and data inline; it loads
 * nothing, so it opens from disk without a network).
 *
 * <pre>{@code
 * ExtractionResult result = Claimex.english().extract("article.txt", text);
 * Files.writeString(Path.of("claims.html"), ClaimexHtml.render(result));
 * }</pre>
 *
 * <p>The page shows the article as written, a line of the text a paragraph, each claim's content underlined in its
 * speaker's colour (overlapping claims stack their underlines), its cue underlined, its condition hatched, the outlet
 * credited boxed and the speaker's mention in the speaker's colour. Hovering, tapping or tabbing to a mark opens the
 * claim's card (type, speaker, addressee, target, condition ⇒ consequence, polarity, modality, attribution,
 * category, source, confidence, rule); a side panel lists the speakers and their claims by type, with filters by type,
 * speaker, category and minimum confidence. The claims are embedded in the JSON form of
 * {@link dev.claimex.json.ClaimexJson}.
 *
 * <p>Hostile text stays text: the article, the title and every name are escaped where the page is written here, the
 * script sets text only through {@code textContent}, the data block escapes {@code <}, {@code >} and {@code &}, and
 * a content security policy lets only the page's own script run. Direction controls (U+202E ...) in the text are
 * shown as {@code ⟨U+202E⟩}, not applied.
 */
public final class ClaimexHtml {

  private static final String UNTITLED = "document";

  private ClaimexHtml() {}

  /** The page of {@code result}, titled with its id. */
  public static String render(ExtractionResult result) {
    checkNotNull(result, "result");
    String text = result.text();
    List<Claim> claims = result.claims();
    Speakers speakers = Speakers.of(claims);
    List<TextSpan> contents = claims.stream().map(Claim::content).toList();
    int[] levels = Segments.levels(contents);
    List<Line> lines = Segments.split(text, marks(claims), Segments.ranks(contents), result.sentences());
    String title = result.id() == null || result.id().isBlank() ? UNTITLED : result.id();

    StringBuilder page = new StringBuilder(text.length() * 2 + claims.size() * 1_500 + 32_768);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(PageAssets.POLICY).append("\">\n")
        .append("<meta name=\"generator\" content=\"").append(Html.plain(result.provenance().library())).append(' ')
        .append(Html.plain(result.provenance().version())).append("\">\n")
        .append("<title>Claims: ").append(Html.plain(title)).append("</title>\n<style>\n").append(PageAssets.STYLE);
    for (int s = 0; s < speakers.names().size(); s++) {
      page.append(Palette.rule(s, s == speakers.none())).append('\n');
    }
    int maxLevel = Arrays.stream(levels).max().orElse(0);
    for (int level = 0; level <= maxLevel; level++) {
      page.append(String.format(Locale.ROOT, ".L%d{padding-bottom:%dpx}", level, 1 + 4 * level));
    }
    page.append("\n</style>\n</head>\n<body>\n");
    header(page, title, result, speakers);
    page.append("<main class=\"layout\">\n<article id=\"text\" dir=\"ltr\" aria-label=\"Article text with claims\">\n");
    writeText(page, text, lines, claims.size(), levels, speakers);
    page.append("</article>\n<aside id=\"panel\" aria-label=\"Legend, filters and speakers\">\n")
        .append(PageAssets.LEGEND)
        .append("<section id=\"filters\" aria-labelledby=\"filters-h\"><h2 id=\"filters-h\">Filters</h2>")
        .append("<p class=\"status\" id=\"status\" aria-live=\"polite\">")
        .append(claims.size()).append(claims.size() == 1 ? " claim" : " claims").append("</p></section>\n")
        .append("<section id=\"speakers\" aria-labelledby=\"speakers-h\"><h2 id=\"speakers-h\">Speakers</h2>")
        .append("<ul id=\"speaker-list\"></ul></section>\n</aside>\n</main>\n")
        .append("<div id=\"cards\"></div>\n")
        .append("<script type=\"application/json\" id=\"claimex-data\">")
        .append(PageData.json(result, speakers)).append("</script>\n")
        .append("<script>").append(PageAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
    return page.toString();
  }

  /** The marks of every claim: content (fragment by fragment), cue, condition, outlet credited, speaker. */
  private static List<Mark> marks(List<Claim> claims) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      for (TextSpan fragment : claim.fragments()) {
        marks.add(new Mark(i, Role.CONTENT, fragment.start(), fragment.end()));
      }
      add(marks, i, Role.CUE, claim.cue());
      add(marks, i, Role.CONDITION, claim.condition());
      add(marks, i, Role.SOURCE, claim.source());
      add(marks, i, Role.SPEAKER, claim.speaker() == null ? null : claim.speaker().mention());
    }
    return marks;
  }

  private static void add(List<Mark> marks, int claim, Role role, TextSpan span) {
    if (span != null && !span.isEmpty()) {
      marks.add(new Mark(claim, role, span.start(), span.end()));
    }
  }

  private static void header(StringBuilder page, String title, ExtractionResult result, Speakers speakers) {
    int claims = result.claims().size();
    int named = speakers.names().size() - (speakers.none() >= 0 ? 1 : 0);
    page.append("<header>\n<h1>Claims in <bdi>").append(Html.text(title)).append("</bdi></h1>\n<p class=\"summary\">")
        .append(String.format(Locale.ROOT, "%,d %s by %,d %s · %,d characters · %s %s", claims,
            claims == 1 ? "claim" : "claims", named, named == 1 ? "speaker" : "speakers", result.text().length(),
            Html.text(result.provenance().library()), Html.text(result.provenance().version())))
        .append("</p>\n");
    if (!result.warnings().isEmpty()) {
      page.append("<ul class=\"warnings\">");
      for (ExtractionWarning warning : result.warnings()) {
        page.append("<li>").append(Html.text(warning.toString())).append("</li>");
      }
      page.append("</ul>\n");
    }
    page.append("<noscript><p>The cards, the speakers and the filters need JavaScript; the marks show without it.</p>")
        .append("</noscript>\n</header>\n");
  }

  /** The text, a paragraph a line, each piece inside one element per claim covering it (outermost first). */
  private static void writeText(StringBuilder page, String text, List<Line> lines, int claimCount, int[] levels,
      Speakers speakers) {
    int[] focus = focusPieces(lines, claimCount);
    int pieceNumber = 0;
    for (Line line : lines) {
      int depth = 0;
      for (Piece piece : line.pieces()) {
        for (Layer layer : piece.layers()) {
          if (layer.has(Role.CONTENT)) {
            depth = Math.max(depth, levels[layer.claim()] + 1);
          }
        }
      }
      page.append("<p");
      if (line.afterBlank()) {
        page.append(" class=\"gap\"");
      }
      if (depth > 1) {
        page.append(" style=\"--d:").append(depth).append('"');
      }
      page.append('>');
      String layout = null;
      for (Piece piece : line.pieces()) {
        String kind = layoutClass(piece.kind());
        if (!Objects.equals(kind, layout)) {
          if (layout != null) {
            page.append("</span>");
          }
          if (kind != null) {
            page.append("<span class=\"").append(kind).append("\">");
          }
          layout = kind;
        }
        for (Layer layer : piece.layers()) {
          int claim = layer.claim();
          page.append("<span class=\"m s").append(speakers.of(claim));
          for (Role role : Role.values()) {
            if (layer.has(role)) {
              page.append(' ').append(role.css);
            }
          }
          if (layer.has(Role.CONTENT)) {
            page.append(" L").append(levels[claim]);
          }
          if (piece.start() == piece.end()) {
            page.append(" z");
          }
          page.append("\" data-c=\"").append(claim).append('"');
          if (focus[claim] == pieceNumber) {
            page.append(" id=\"m").append(claim).append("\" tabindex=\"0\" aria-describedby=\"card").append(claim)
                .append('"');
          }
          page.append('>');
        }
        Html.text(page, text, piece.start(), piece.end());
        for (int i = 0; i < piece.layers().size(); i++) {
          page.append("</span>");
        }
        pieceNumber++;
      }
      if (layout != null) {
        page.append("</span>");
      }
      page.append("</p>\n");
    }
  }

  /**
   * The piece (numbered in text order) that takes the keyboard focus for each claim: its content's first piece, or its
   * first piece of any kind when the content is empty.
   */
  private static int[] focusPieces(List<Line> lines, int claimCount) {
    int[] content = new int[claimCount];
    int[] any = new int[claimCount];
    Arrays.fill(content, -1);
    Arrays.fill(any, -1);
    int pieceNumber = 0;
    for (Line line : lines) {
      for (Piece piece : line.pieces()) {
        for (Layer layer : piece.layers()) {
          if (content[layer.claim()] < 0 && layer.has(Role.CONTENT)) {
            content[layer.claim()] = pieceNumber;
          }
          if (any[layer.claim()] < 0) {
            any[layer.claim()] = pieceNumber;
          }
        }
        pieceNumber++;
      }
    }
    for (int i = 0; i < claimCount; i++) {
      content[i] = content[i] >= 0 ? content[i] : any[i];
    }
    return content;
  }

  private static String layoutClass(SegmentKind kind) {
    return switch (kind) {
      case HEADLINE -> "hd";
      case DATELINE, BYLINE, SOURCE_LINE -> "cr";
      case LIST_ITEM, PARAGRAPH -> null;
    };
  }
}
