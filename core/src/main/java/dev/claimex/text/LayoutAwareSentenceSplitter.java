package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of body text from a statistical model, with the {@link SentenceRepairs} scraped news needs (glued
 * sentences, abbreviations, citation markers, leading credits and datelines), and runs without punctuation cut
 * to a length a tagger can take. Headlines, datelines, bylines and credit lines are one sentence each.
 */
public final class LayoutAwareSentenceSplitter implements SentenceSplitter {

  /** Longer "sentences" are cut at a clause mark or a space: no tagger should see 50,000 characters at once. */
  static final int MAX_SENTENCE_CHARS = 1500;

  private final SentenceDetector detector;
  private final OutletNames outlets;

  public LayoutAwareSentenceSplitter(SentenceDetector detector, OutletNames outlets) {
    this.detector = checkNotNull(detector, "detector");
    this.outlets = checkNotNull(outlets, "outlets");
  }

  @Override
  public ImmutableList<TextSpan> split(String text, TextSegment segment) {
    TextSpan span = segment.span();
    if (segment.kind() != SegmentKind.PARAGRAPH && segment.kind() != SegmentKind.LIST_ITEM) {
      return capped(text, span);
    }
    List<TextSpan> detected = new ArrayList<>();
    // forced breaks first: the model mis-splits "the deal.Voters went" when it sees it whole
    for (TextSpan piece : SentenceRepairs.forcedBreaks(text, span, outlets)) {
      detected.addAll(detector.detect(text, piece.start(), piece.end()));
    }
    List<TextSpan> sentences = new ArrayList<>();
    for (TextSpan sentence : SentenceRepairs.rejoin(text, detected)) {
      for (TextSpan piece : SentenceRepairs.splitLeadingCredit(text, sentence, outlets)) {
        sentences.addAll(capped(text, piece));
      }
    }
    return ImmutableList.copyOf(sentences);
  }

  /** This class, with the versions of the detector's model. */
  @Override
  public StageProvenance provenance() {
    return StageProvenance.of(getClass().getName(), detector.provenance().versions());
  }

  /** {@code span} cut into pieces of at most {@link #MAX_SENTENCE_CHARS}, preferably after a clause mark. */
  static ImmutableList<TextSpan> capped(String text, TextSpan span) {
    ImmutableList.Builder<TextSpan> pieces = ImmutableList.builder();
    int start = span.start();
    while (span.end() - start > MAX_SENTENCE_CHARS) {
      int limit = start + MAX_SENTENCE_CHARS;
      int cut = lastBreak(text, start, limit, ";:,");
      if (cut < 0) {
        cut = lastBreak(text, start, limit, " \t\n");
      }
      if (cut < 0) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit; // never halve a code point
      }
      TextSpan piece = NewsLayoutAnalyzer.trim(text, start, cut);
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
      start = cut;
    }
    TextSpan rest = NewsLayoutAnalyzer.trim(text, start, span.end());
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces.build();
  }

  /** The position just after the last of {@code marks} in the second half of {@code [start, limit)}, or -1. */
  private static int lastBreak(String text, int start, int limit, String marks) {
    for (int i = limit - 1; i > start + (limit - start) / 2; i--) {
      if (marks.indexOf(text.charAt(i)) >= 0 && !Character.isSurrogate(text.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }
}
