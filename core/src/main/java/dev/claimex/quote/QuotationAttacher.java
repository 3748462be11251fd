package dev.claimex.quote;

import static dev.claimex.models.WordClass.SET_OFF_MARK;

import dev.claimex.syntax.QuoteTokens;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.StageBudget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives the quotations of a document to the frames that report them. A quotation inside a frame's content makes
 * it direct or mixed; a quotation that goes on after its attribution ("“X,” he said. “Y.”", "“X,” he said,
 * “Y.”", a quote reopened in the next paragraph) extends the frame it continues; any other quotation with no cue
 * goes to the latest speaker of its paragraph or the one before.
 */
final class QuotationAttacher {

  private static final int CONTINUATION_MIN_WORDS = 4;
  private static final WordClasses WORDS = WordClasses.standard();

  private final TextAnalysis analysis;
  private final String text;
  private final CueLexicon cues;

  QuotationAttacher(TextAnalysis analysis, CueLexicon cues) {
    this.analysis = analysis;
    this.text = analysis.text();
    this.cues = cues;
  }

  List<Report> attach(List<Report> frames, List<TextSpan> quotations, StageBudget budget) {
    Attaching result = new Attaching(frames, SpanIndex.of(quotations, q -> q));
    for (TextSpan quote : quotations) {
      budget.checkpoint();
      int best = bestOverlap(result.frames, quote);
      if (best >= 0) {
        result.set(best, withQuotation(result.get(best), quote));
        continue;
      }
      int latestQuoted = result.quotedSpeech.latestEndingBy(outer(quote).start());
      int turn = turnGoingOn(result, latestQuoted, quote);
      if (turn >= 0) {
        result.set(turn, extended(result.get(turn), quote));
        continue;
      }
      int led = turnAfterLeadIn(result, latestQuoted, quote);
      if (led >= 0) {
        Report frame = result.get(led);
        TextSpan content = TextSpan.of(text, frame.content().start(), outer(quote).end());
        result.set(led, frame.withContent(content, frame.quote(), ReportKind.MIXED));
        continue;
      }
      int latest = latestSpeaker(result, quote);
      if (latest >= 0 && words(quote) >= CONTINUATION_MIN_WORDS && !insideNarration(quote)
          && !QuotationFrames.namesAWork(quote.text())) { // a book's or a banner's title is no one's next words
        Report previous = result.get(latest);
        TaggedSentence sentence = analysis.sentenceAt(quote.start());
        result.add(new Report(sentence.index(), null, null, previous.speaker(), null, null, outer(quote), quote,
            ReportKind.DIRECT, null, ContentIntro.NONE, "quote/continuation", 0.5));
      }
    }
    return result.frames.asList();
  }

  /**
   * The frames while quotations are given to them, with what the attacher asks of them kept at hand: the frames
   * that overlap a quotation, the latest quoted speech before it, the latest speaker of each paragraph.
   */
  private final class Attaching {
    final FrameList frames;
    final SpanIndex<TextSpan> quotations;
    /** Attributed speech frames that carry a quotation, by the end of their content. */
    final LatestEnds quotedSpeech = new LatestEnds();
    /** Speech frames with a speaker who stands outside every quotation, by paragraph and end of content. */
    final Map<Integer, LatestEnds> speakersByParagraph = new HashMap<>();

    Attaching(List<Report> initial, SpanIndex<TextSpan> quotations) {
      this.frames = new FrameList(analysis);
      this.quotations = quotations;
      initial.forEach(this::add);
    }

    Report get(int position) {
      return frames.get(position);
    }

    void add(Report frame) {
      frames.add(frame);
      file(frames.size() - 1, frame, true);
    }

    void set(int position, Report frame) {
      file(position, frames.get(position), false);
      frames.set(position, frame);
      file(position, frame, true);
    }

    private void file(int position, Report frame, boolean in) {
      int end = frame.content().end();
      if (frame.quote() != null && frame.speaker() != null && frame.isSpeech()) {
        quotedSpeech.file(end, position, in);
      }
      if (frame.speaker() != null && frame.isSpeech() && !quoted(frame, quotations)) {
        int paragraph = analysis.sentences().get(frame.sentence()).paragraph();
        speakersByParagraph.computeIfAbsent(paragraph, k -> new LatestEnds()).file(end, position, in);
      }
    }
  }

  /** Positions by the end of their frame's content: the latest frame ending by an offset, the first on ties. */
  private static final class LatestEnds {
    private final TreeMap<Integer, TreeSet<Integer>> byEnd = new TreeMap<>();

    void file(int end, int position, boolean in) {
      if (in) {
        byEnd.computeIfAbsent(end, k -> new TreeSet<>()).add(position);
      } else {
        TreeSet<Integer> positions = byEnd.get(end);
        positions.remove(position);
        if (positions.isEmpty()) {
          byEnd.remove(end);
        }
      }
    }

    /** The position of the frame whose content ends last at or before {@code offset}, or -1. */
    int latestEndingBy(int offset) {
      Map.Entry<Integer, TreeSet<Integer>> latest = byEnd.floorEntry(offset);
      return latest == null ? -1 : latest.getValue().first();
    }
  }

  /**
   * Whether the quotation stands inside the writer's sentence ("the slogan of the day was “Make America great
   * again”"), rather than opening it or following a comma or colon: no turn of the previous speaker.
   */
  private boolean insideNarration(TextSpan quote) {
    TextSpan outer = outer(quote);
    TaggedSentence s = analysis.sentenceAt(outer.start());
    int open = s == null ? -1 : s.tokenAt(outer.start());
    WordToken before = s == null ? null : s.tokenOrNull(open - 1);
    return before != null && !before.word().equals(":") && !before.word().equals(",");
  }

  /** The frame whose content overlaps the quotation most, not counting frames reported inside it; the first on ties. */
  static int bestOverlap(FrameList frames, TextSpan quote) {
    int best = -1;
    int bestOverlap = 0;
    for (int f : frames.contentOverlapping(quote)) {
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

  /**
   * The frame whose quotation this one carries on, or -1: the latest frame with a quotation ({@code latest}), when
   * this quotation stands in the sentence of the frame's attribution ("“X,” he said, “Y”"), opens the next sentence
   * of the same paragraph ("“X,” he said. “Y”", "He said: “X.” “Y”"), or reopens the next paragraph after a
   * quotation left open.
   */
  private int turnGoingOn(Attaching frames, int latest, TextSpan quote) {
    TextSpan outer = outer(quote);
    if (latest < 0) {
      return -1;
    }
    Report frame = frames.get(latest);
    int attributionEnd = frame.cueSpan() == null ? frame.content().end()
        : Math.max(frame.content().end(), frame.cueSpan().end());
    TaggedSentence attribution = analysis.sentenceAt(attributionEnd - 1);
    TaggedSentence sentence = analysis.sentenceAt(outer.start());
    if (attribution == null || sentence == null || attributionEnd > outer.start()) {
      return -1;
    }
    boolean opensSentence = text.substring(sentence.span().start(), outer.start()).isBlank();
    if (sentence.paragraph() != attribution.paragraph()) {
      // a quotation left open at the end of a paragraph, or a paragraph of quotation after the paragraph that
      // closed with its attribution: "“X,” Carter told the forum. | “Y.”"
      boolean leftOpen = !isClosingMark(frame.content().end() - 1);
      boolean closesParagraph = attribution.index() + 1 < analysis.sentences().size()
          && analysis.sentences().get(attribution.index() + 1).paragraph() != attribution.paragraph();
      return (leftOpen || closesParagraph && endsSentence(outer)) && opensSentence
          && sentence.index() == attribution.index() + 1 ? latest : -1;
    }
    boolean sameSentence = sentence.index() == attribution.index() && frame.cue() != null
        && onlyAdjuncts(sentence, attributionEnd, outer.start());
    return sameSentence || opensSentence && sentence.index() == attribution.index() + 1 ? latest : -1;
  }

  /** Most words the writer may put before a quotation that carries on the previous sentence's speaker. */
  private static final int MAX_LEAD_IN_WORDS = 6;

  /**
   * The frame whose quotation this one carries on after a short lead-in of the writer's, or -1: "“X,” she said.
   * Instead, “Y.”", "“X,” he said. That makes it “Y.”" — the latest frame's quotation came before its attribution,
   * and this quotation, in the next sentence of the same paragraph, runs to that sentence's end.
   */
  private int turnAfterLeadIn(Attaching frames, int latest, TextSpan quote) {
    TextSpan outer = outer(quote);
    if (latest < 0) {
      return -1;
    }
    Report frame = frames.get(latest);
    TextSpan cue = frame.cueSpan();
    if (cue == null || cue.start() < frame.content().end() || cue.end() > outer.start()) {
      return -1;
    }
    TaggedSentence attribution = analysis.sentenceAt(cue.end() - 1);
    TaggedSentence sentence = analysis.sentenceAt(outer.start());
    if (attribution == null || sentence == null || sentence.index() != attribution.index() + 1
        || sentence.paragraph() != attribution.paragraph() || !endsSentence(outer)) {
      return -1;
    }
    String lead = text.substring(sentence.span().start(), outer.start()).strip();
    int words = lead.isEmpty() ? 0 : lead.split("\\s+").length;
    return words >= 1 && words <= MAX_LEAD_IN_WORDS ? latest : -1;
  }

  /** Whether only punctuation follows the quotation in its sentence ("“Y.”", not "“American Skin” was written"). */
  private boolean endsSentence(TextSpan outer) {
    TaggedSentence s = analysis.sentenceAt(outer.end() - 1);
    for (int i = s.tokenAt(outer.end() - 1) + 1; i < s.size(); i++) {
      if (!s.token(i).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "“X,” he said of Trump and Ryan, “Y”", "“X,” Tester said, referring to the excuse, “Y”": between the
   * attribution and the quotation that goes on, no finite verb of another clause ("said Skelly, explaining he
   * worked ... “Y”") nor another report ("sings to the crowd before asking it, “Y”"), and a comma or colon before
   * the quotation.
   */
  private boolean onlyAdjuncts(TaggedSentence s, int from, int to) {
    int open = s.tokenAt(to);
    WordToken before = s.tokenOrNull(open - 1);
    if (before == null || !(before.word().equals(",") || before.word().equals(":")) || before.start() < from) {
      return false;
    }
    for (int i = open - 2; i >= 0 && s.token(i).start() >= from; i--) {
      WordToken t = s.token(i);
      CueMatch cue = t.tag().equals("VBG") ? cues.match(s, i) : null;
      if (t.isFiniteVerb() || QuoteTokens.isQuoteToken(t) || cue != null && cue.entry().speech()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The latest speech frame before the quotation, in its paragraph or the one before, or -1. Speech reported
   * inside another quotation does not count: "“Trump says he is with the workers,” Trumka said."
   */
  private int latestSpeaker(Attaching frames, TextSpan quote) {
    TaggedSentence sentence = analysis.sentenceAt(quote.start());
    if (sentence == null || RuleBasedAttributionFinder.NO_CLAIMS.contains(sentence.segmentKind())) {
      return -1;
    }
    int latest = -1;
    for (int paragraph : new int[] {sentence.paragraph() - 1, sentence.paragraph()}) {
      LatestEnds speakers = frames.speakersByParagraph.get(paragraph);
      int candidate = speakers == null ? -1 : speakers.latestEndingBy(quote.start());
      if (candidate < 0) {
        continue;
      }
      int end = frames.get(candidate).content().end();
      int latestEnd = latest < 0 ? -1 : frames.get(latest).content().end();
      if (latest < 0 || end > latestEnd || end == latestEnd && candidate < latest) {
        latest = candidate;
      }
    }
    return latest;
  }

  /** Whether the frame's speaker or cue stands inside a quotation. */
  private static boolean quoted(Report frame, SpanIndex<TextSpan> quotations) {
    return quotations.anyContaining(frame.speaker().mention())
        || frame.cueSpan() != null && quotations.anyContaining(frame.cueSpan());
  }

  private boolean isClosingMark(int offset) {
    return offset >= 0 && offset < text.length() && "\"”’'»".indexOf(text.charAt(offset)) >= 0;
  }

  private Report extended(Report frame, TextSpan quote) {
    TextSpan content = TextSpan.of(text, frame.content().start(), outer(quote).end());
    return frame.withContent(content, frame.quote(), frame.mode());
  }

  /** The frame with a quotation that overlaps its content: direct if the content is the quotation, else mixed. */
  private Report withQuotation(Report frame, TextSpan quote) {
    TextSpan content = frame.content();
    TextSpan outer = outer(quote);
    boolean insideQuote = content.start() >= outer.start() && content.end() <= outer.end()
        || reportsOnlyTheQuotation(frame, outer);
    if (insideQuote) { // the content is the quotation, marks included, however much of it the cue's sentence held
      content = outer;
    } else if (endsInside(frame, outer)) {
      content = TextSpan.of(text, content.start(), outer.end());
    }
    ReportKind mode = frame.mode();
    if (mode == ReportKind.INDIRECT) {
      mode = insideQuote ? ReportKind.DIRECT : ReportKind.MIXED;
    }
    TextSpan firstQuote = frame.quote() == null || quote.start() < frame.quote().start() ? quote : frame.quote();
    return frame.withContent(content, firstQuote, mode);
  }

  /**
   * Whether the frame's content opens the quotation and stops inside it, at the end of the cue's sentence: "said
   * farmers “do a great job. And it matters.”" reports the quotation to its closing mark (not when the frame's own
   * cue stands in what is left of it).
   */
  private static boolean endsInside(Report frame, TextSpan outer) {
    TextSpan content = frame.content();
    TextSpan cue = frame.cueSpan();
    boolean cueInRest = cue != null && cue.start() >= content.end() && cue.start() < outer.end();
    return content.start() < outer.start() && content.end() > outer.start() && content.end() < outer.end()
        && !cueInRest;
  }

  /**
   * Whether a frame that read past its quotation reports just the quotation: "wrote, “It’s time,” and shared a
   * link" (the words after a quotation that ends its clause are the writer's, unless it is their subject: "said
   * “Obamacare, again,” is failing"), "Neither man was impressed - ''Born with a silver spoon,'' Mr. Elkins said" (set off by a dash,
   * colon or bracket from the words before it).
   */
  private boolean reportsOnlyTheQuotation(Report frame, TextSpan outer) {
    TextSpan content = frame.content();
    TextSpan cue = frame.cueSpan();
    TaggedSentence s = analysis.sentenceAt(outer.start());
    if (cue == null || s == null || s != analysis.sentenceAt(outer.end() - 1)) {
      return false;
    }
    if (cue.end() <= content.start() && content.start() == outer.start() && content.end() > outer.end()) {
      WordToken next = s.tokenOrNull(s.tokenAt(outer.end() - 1) + 1);
      return next != null && !next.isFiniteVerb() && ",.?!…".indexOf(lastQuotedCharacter(outer)) >= 0;
    }
    // the content may stop just inside the closing mark: "...: “Build homes,” she said" left out the ",”"
    if (cue.start() >= outer.end() && content.end() > outer.start() && content.end() <= outer.end()
        && content.start() < outer.start()) {
      WordToken before = s.tokenOrNull(s.tokenAt(outer.start()) - 1);
      return before != null && WORDS.is(SET_OFF_MARK, before.word());
    }
    return false;
  }

  private char lastQuotedCharacter(TextSpan outer) {
    int i = outer.end() - 1;
    while (i > outer.start() && (Character.isWhitespace(text.charAt(i)) || "\"”’'»".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return text.charAt(i);
  }

  private TextSpan outer(TextSpan quote) {
    return QuoteMarks.outer(text, quote);
  }

  private static int words(TextSpan span) {
    String stripped = span.text().strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
