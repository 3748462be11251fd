package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The text stages in order: layout, sentences (credit sentences marked as such), then tokens with part of speech
 * and lemma.
 */
public final class TextAnalyzer {

  private final LayoutAnalyzer layout;
  private final SentenceSplitter splitter;
  private final CreditLines creditLines;
  private final TokenTagger tagger;

  public TextAnalyzer(LayoutAnalyzer layout, SentenceSplitter splitter, CreditLines creditLines, TokenTagger tagger) {
    this.layout = checkNotNull(layout, "layout");
    this.splitter = checkNotNull(splitter, "splitter");
    this.creditLines = checkNotNull(creditLines, "creditLines");
    this.tagger = checkNotNull(tagger, "tagger");
  }

  public TextAnalysis analyze(String text) {
    checkNotNull(text, "text");
    ImmutableList<TextSegment> segments = layout.segment(text);
    ImmutableList.Builder<TaggedSentence> sentences = ImmutableList.builder();
    int index = 0;
    for (TextSegment segment : segments) {
      for (TextSpan span : splitter.split(text, segment)) {
        SegmentKind kind = segment.kind() == SegmentKind.PARAGRAPH && creditLines.isCreditLine(span.text())
            ? SegmentKind.SOURCE_LINE
            : segment.kind();
        sentences.add(new TaggedSentence(index++, span, kind, segment.index(), segment.paragraph(), tagger.tag(text, span)));
      }
    }
    return new TextAnalysis(text, segments, sentences.build());
  }
}
