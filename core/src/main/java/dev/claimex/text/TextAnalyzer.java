package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

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
    return analyze(text, StageBudget.unlimited());
  }

  /**
   * The analysis of {@code text}; once the budget runs out, the remaining segments are cut into sentences without
   * the splitter's model (at clause marks, at most 1,500 characters each) and kept without tokens ({@link
   * TextAnalysis#complete()} is then false). A very long segment is split and tagged piece by piece, so that the
   * budget stops it part of the way through.
   */
  public TextAnalysis analyze(String text, StageBudget budget) {
    checkNotNull(text, "text");
    checkNotNull(budget, "budget");
    ImmutableList<TextSegment> segments = layout.segment(text);
    List<TaggedSentence> sentences = new ArrayList<>();
    for (TextSegment segment : segments) {
      boolean first = true;
      for (TextSegment piece : LongSegments.pieces(text, segment)) {
        List<TextSpan> split = budget.allows(sentences.size()) ? splitter.split(text, piece)
            : LayoutAwareSentenceSplitter.capped(text, piece.span());
        for (TextSpan sentence : split) {
          first = addSentence(text, segment, sentence, first, sentences, budget);
        }
      }
    }
    int tagged = budget.sentencesRead(sentences.size());
    return new TextAnalysis(text, segments, ImmutableList.copyOf(sentences), sentences.size() - tagged);
  }

  /**
   * Adds a sentence of the segment, with its tokens if the budget allows; returns whether the next sentence is still
   * the first of its segment.
   */
  private boolean addSentence(String text, TextSegment segment, TextSpan split, boolean first,
      List<TaggedSentence> sentences, StageBudget budget) {
    TextSpan span = afterPrevious(text, sentences, split);
    if (span == null) {
      return first;
    }
    if (!budget.allows(sentences.size())) {
      sentences.add(new TaggedSentence(sentences.size(), span, kindOf(segment, span), segment.index(),
          segment.paragraph(), ImmutableList.of()));
      return first;
    }
    ImmutableList<WordToken> tokens = tagger.tag(text, span);
    int heading = first && segment.kind() == SegmentKind.PARAGRAPH ? GluedHeadings.headingLength(tokens) : 0;
    if (heading > 0) { // "Persistent Obstacles While optimism remains high": the heading is a sentence of its own
      int cut = tokens.get(heading).start();
      add(text, sentences, segment, NewsLayoutAnalyzer.trim(text, span.start(), cut), SegmentKind.HEADLINE, null);
      span = NewsLayoutAnalyzer.trim(text, cut, span.end());
      tokens = null;
    }
    add(text, sentences, segment, span, kindOf(segment, span), tokens);
    return false;
  }

  /**
   * The span as the next sentence: a splitter (a user's, say) that returns a span reaching back into the previous
   * sentence has it cut to start after that sentence ({@code null} if nothing is left), so that sentences are in
   * order and never overlap, as {@link TextAnalysis} requires.
   */
  private static TextSpan afterPrevious(String text, List<TaggedSentence> sentences, TextSpan span) {
    int previousEnd = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).span().end();
    if (span.start() >= previousEnd) {
      return span;
    }
    TextSpan rest = span.end() > previousEnd ? NewsLayoutAnalyzer.trim(text, previousEnd, span.end()) : null;
    return rest == null || rest.isEmpty() ? null : rest;
  }

  /** The segment's kind, unless the sentence is a credit or a dateline that the splitter cut from a paragraph. */
  private SegmentKind kindOf(TextSegment segment, TextSpan sentence) {
    if (segment.kind() != SegmentKind.PARAGRAPH) {
      return segment.kind();
    }
    if (creditLines.isCreditLine(sentence.text())) {
      return SegmentKind.SOURCE_LINE;
    }
    return NewsLayoutAnalyzer.datelineLength(sentence.text() + " ") > 0 ? SegmentKind.DATELINE : SegmentKind.PARAGRAPH;
  }

  /** Adds a sentence, tagging it unless its tokens are known. */
  private void add(String text, List<TaggedSentence> sentences, TextSegment segment, TextSpan span, SegmentKind kind,
      ImmutableList<WordToken> tokens) {
    ImmutableList<WordToken> tagged = tokens != null ? tokens : tagger.tag(text, span);
    sentences.add(new TaggedSentence(sentences.size(), span, kind, segment.index(), segment.paragraph(), tagged));
  }
}
