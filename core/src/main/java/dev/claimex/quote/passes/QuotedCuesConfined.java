package dev.claimex.quote.passes;

import com.google.common.collect.ImmutableList;
import dev.claimex.quote.Report;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.TextSpan;
import java.util.List;

/**
 * The frames whose cue stands inside a quotation, with their content kept inside it too: quoted words ("“I hope
 * not,” he said") report nothing of the narration around them. A content read back from before the quotation
 * drops the frame, which would otherwise swallow the narration's own reports as embedded speech; one running on
 * past the quotation ends with it. Of the quotations that hold the cue, the last in the order of starts, then ends,
 * decides.
 *
 * <pre>{@code
 * List<Report> confined = new QuotedCuesConfined().apply(reports, doc);
 * }</pre>
 */
public final class QuotedCuesConfined implements ReportPass {

  @Override
  public ImmutableList<Report> apply(List<Report> frames, PassContext doc) {
    String text = doc.analysis().text();
    SpanIndex<TextSpan> quotations = doc.quotations();
    ImmutableList.Builder<Report> kept = ImmutableList.builderWithExpectedSize(frames.size());
    for (Report frame : frames) {
      doc.budget().checkpoint();
      Report confined = frame;
      if (frame.cueSpan() != null && frame.quote() == null) {
        int[] holding = quotations.containing(frame.cueSpan());
        if (holding.length > 0) {
          confined = confinedTo(text, frame, quotations.get(holding[holding.length - 1]));
        }
      }
      if (confined != null) {
        kept.add(confined);
      }
    }
    return kept.build();
  }

  /** A quoted cue's frame with its content ending by the quotation's end; {@code null} if it starts before it. */
  private static Report confinedTo(String text, Report frame, TextSpan quotation) {
    TextSpan content = frame.content();
    if (content.start() < quotation.start()) {
      return null;
    }
    if (content.end() <= quotation.end()) {
      return frame;
    }
    int end = quotation.end();
    while (end > content.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return end > content.start() ? frame.withContent(TextSpan.of(text, content.start(), end), null, frame.mode())
        : null;
  }
}
