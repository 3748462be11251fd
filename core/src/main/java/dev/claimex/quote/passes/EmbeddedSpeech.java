package dev.claimex.quote.passes;

import com.google.common.collect.ImmutableList;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.TextSpan;
import java.util.List;

/**
 * Marks speech reported inside other speech ("He said that Chile believed ...") or inside a quotation: each
 * is a claim of its own but part of the outer attribution. A direct quotation does not hold the writer's
 * narration between its parts ("“X,” he said, adding that Y. “Z.”"): a cue outside the quotation marks is
 * speech of its own.
 *
 * <pre>{@code
 * List<Report> marked = new EmbeddedSpeech().apply(reports, doc);   // "believed ..." is embedded()
 * }</pre>
 */
public final class EmbeddedSpeech implements ReportPass {

  @Override
  public ImmutableList<Report> apply(List<Report> frames, PassContext doc) {
    SpanIndex<TextSpan> quotations = doc.quotations();
    SpanIndex<Report> speech = SpanIndex.of(frames, f -> f.isSpeech() ? f.content() : null);
    SpanIndex<Report> speechNotDirect = SpanIndex.of(frames,
        f -> f.isSpeech() && f.mode() != ReportKind.DIRECT ? f.content() : null);
    ImmutableList.Builder<Report> marked = ImmutableList.builderWithExpectedSize(frames.size());
    for (Report frame : frames) {
      doc.budget().checkpoint();
      boolean cueQuoted = frame.cueSpan() != null && quotations.anyContaining(frame.cueSpan());
      boolean narrated = frame.cueSpan() != null && !cueQuoted;
      boolean inside = (narrated ? speechNotDirect : speech).anyStrictlyContaining(frame.content())
          || cueQuoted && frame.quote() == null;
      marked.add(inside ? frame.asEmbedded() : frame);
    }
    return marked.build();
  }
}
