package dev.claimex.quote;

import dev.claimex.claim.AttributionMode;
import dev.claimex.claim.CueFrame;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the quotations of a document to the frames that report them. A quotation inside a frame's content makes
 * it direct or mixed; a quotation that goes on after its attribution ("“X,” he said. “Y.”", "“X,” he said,
 * “Y.”", a quote reopened in the next paragraph) extends the frame it continues; any other quotation with no cue
 * goes to the latest speaker of its paragraph or the one before.
 */
final class QuotationAttacher {

  private static final int CONTINUATION_MIN_WORDS = 4;
  private static final String MARKS = "\"“”‘’'`«»";

  private final TextAnalysis analysis;
  private final String text;

  QuotationAttacher(TextAnalysis analysis) {
    this.analysis = analysis;
    this.text = analysis.text();
  }

  List<CueFrame> attach(List<CueFrame> frames, List<TextSpan> quotations) {
    List<CueFrame> result = new ArrayList<>(frames);
    for (TextSpan quote : quotations) {
      int best = bestOverlap(result, quote);
      if (best >= 0) {
        result.set(best, withQuotation(result.get(best), quote));
        continue;
      }
      int latest = latestSpeaker(result, quote);
      if (latest < 0) {
        continue;
      }
      CueFrame previous = result.get(latest);
      if (continues(previous, quote)) {
        result.set(latest, extended(previous, quote));
      } else if (words(quote) >= CONTINUATION_MIN_WORDS) {
        TaggedSentence sentence = analysis.sentenceAt(quote.start());
        result.add(new CueFrame(sentence.index(), null, null, previous.speaker(), null, null, withMarks(quote), quote,
            AttributionMode.DIRECT, null, "quote/continuation", 0.5));
      }
    }
    return result;
  }

  /** The frame whose content overlaps the quotation most, not counting frames reported inside it. */
  private static int bestOverlap(List<CueFrame> frames, TextSpan quote) {
    int best = -1;
    int bestOverlap = 0;
    for (int f = 0; f < frames.size(); f++) {
      TextSpan cue = frames.get(f).cueSpan();
      if (cue != null && quote.contains(cue)) {
        continue;
      }
      TextSpan content = frames.get(f).content();
      int overlap = Math.min(content.end(), quote.end()) - Math.max(content.start(), quote.start());
      if (overlap > bestOverlap) {
        best = f;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /** The latest speech frame before the quotation, in its paragraph or the one before, or -1. */
  private int latestSpeaker(List<CueFrame> frames, TextSpan quote) {
    TaggedSentence sentence = analysis.sentenceAt(quote.start());
    if (sentence == null || RuleBasedAttributionFinder.NO_CLAIMS.contains(sentence.segmentKind())) {
      return -1;
    }
    int latest = -1;
    for (int f = 0; f < frames.size(); f++) {
      CueFrame frame = frames.get(f);
      TaggedSentence holder = analysis.sentences().get(frame.sentence());
      boolean near = holder.paragraph() == sentence.paragraph() || holder.paragraph() == sentence.paragraph() - 1;
      boolean before = frame.content().end() <= quote.start();
      if (frame.speaker() != null && before && near && frame.isSpeech()
          && (latest < 0 || frame.content().end() > frames.get(latest).content().end())) {
        latest = f;
      }
    }
    return latest;
  }

  /**
   * Whether the quotation carries on what the frame quoted, the frame's content ending with its quotation: it
   * opens in the sentence of the frame's cue ("“X,” he said, “Y”"), or opens the next sentence of the same
   * paragraph ("“X,” he said. “Y”"), or reopens the next paragraph after a quotation left open.
   */
  private boolean continues(CueFrame frame, TextSpan quote) {
    if (frame.quote() == null || frame.content().end() > withMarks(frame.quote()).end() + 1) {
      return false; // "says he is making “a demand” of Obama" does not end with its quotation
    }
    TaggedSentence sentence = analysis.sentenceAt(quote.start());
    TaggedSentence cue = analysis.sentences().get(frame.sentence());
    if (sentence.index() == cue.index()) {
      return true;
    }
    boolean opensSentence = sentence.span().start() >= quote.start() - 1;
    if (opensSentence && sentence.index() == cue.index() + 1 && sentence.paragraph() == cue.paragraph()) {
      return true;
    }
    boolean leftOpen = !isClosingMark(frame.content().end() - 1);
    return opensSentence && leftOpen && sentence.paragraph() == cue.paragraph() + 1;
  }

  private boolean isClosingMark(int offset) {
    return offset >= 0 && offset < text.length() && "\"”’'»".indexOf(text.charAt(offset)) >= 0;
  }

  private CueFrame extended(CueFrame frame, TextSpan quote) {
    TextSpan content = TextSpan.of(text, frame.content().start(), withMarks(quote).end());
    return frame.withContent(content, frame.quote(), frame.mode());
  }

  /** The frame with a quotation that overlaps its content: direct if the content is the quotation, else mixed. */
  private CueFrame withQuotation(CueFrame frame, TextSpan quote) {
    TextSpan content = frame.content();
    boolean insideQuote = content.start() >= quote.start() - 1 && content.end() <= quote.end() + 1;
    if (insideQuote) { // the content is the quotation, marks included, however much of it the cue's sentence held
      content = withMarks(quote);
    }
    AttributionMode mode = frame.mode();
    if (mode == AttributionMode.INDIRECT) {
      mode = insideQuote ? AttributionMode.DIRECT : AttributionMode.MIXED;
    }
    TextSpan firstQuote = frame.quote() == null || quote.start() < frame.quote().start() ? quote : frame.quote();
    return frame.withContent(content, firstQuote, mode);
  }

  /** The quotation with the marks around it, where they are there. */
  private TextSpan withMarks(TextSpan quote) {
    int start = quote.start() > 0 && MARKS.indexOf(text.charAt(quote.start() - 1)) >= 0 ? quote.start() - 1 : quote.start();
    int end = quote.end() < text.length() && MARKS.indexOf(text.charAt(quote.end())) >= 0 ? quote.end() + 1 : quote.end();
    return TextSpan.of(text, start, end);
  }

  private static int words(TextSpan span) {
    String stripped = span.text().strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
