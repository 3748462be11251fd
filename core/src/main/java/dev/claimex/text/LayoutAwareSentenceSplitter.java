package dev.claimex.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of body text from a statistical model, repaired where scraped news defeats it: sentences glued
 * without a space ({@code "sovereignty.Wake up"}), a web-domain credit stuck to the next sentence
 * ({@code "geo.tv He also stressed"}), lone closing quote marks, and runs without punctuation too long to be one
 * sentence. Headlines, datelines, bylines and credit lines are one sentence each.
 */
public final class LayoutAwareSentenceSplitter implements SentenceSplitter {

  /** A full stop between a lower-case word and a capitalised one, with no space: two sentences glued together. */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}\\p{Ll})[.!?](?=\\p{Lu}\\p{Ll})");
  /** A lower-case web domain at the start of a sentence, followed by a capitalised word. */
  private static final Pattern LEADING_DOMAIN = Pattern.compile("^[a-z0-9-]+\\.(?:[a-z]{2,6}\\.?)+\\s+(?=\\p{Lu})");
  /** A title, month or initial that ends with a full stop but not a sentence: "Lt. Gen. Hassan", "St. John's". */
  private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|St|Ste|Gen|Lt|Col|Sgt|Maj"
      + "|Capt|Sen|Rep|Gov|Prof|Rev|Jr|Sr|Adm|Cmdr|Brig|Cpl|Pvt|Gens|Sens|Reps|No|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec"
      + "|\\p{Lu})\\.$");
  /** Only closing marks: belongs to the sentence before. */
  private static final Pattern CLOSING_ONLY = Pattern.compile("^[\\s\"”’'»)\\]]+$");
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
    List<TextSpan> sentences = new ArrayList<>();
    // unglue first: the statistical model mis-splits "sovereignty.Wake up" when it sees it whole
    for (TextSpan unglued : unglue(text, span)) {
      for (TextSpan detected : mergeAfterAbbreviations(text, detector.detect(text, unglued.start(), unglued.end()))) {
        for (TextSpan piece : splitLeadingDomain(text, detected)) {
          if (CLOSING_ONLY.matcher(piece.text()).matches() && !sentences.isEmpty()) {
            TextSpan previous = sentences.remove(sentences.size() - 1);
            sentences.add(TextSpan.of(text, previous.start(), piece.end()));
          } else {
            sentences.addAll(capped(text, piece));
          }
        }
      }
    }
    return ImmutableList.copyOf(sentences);
  }

  /** Rejoins sentences that the model ended after an abbreviation followed by a capitalised word. */
  private static List<TextSpan> mergeAfterAbbreviations(String text, List<TextSpan> detected) {
    List<TextSpan> merged = new ArrayList<>();
    for (TextSpan sentence : detected) {
      if (!merged.isEmpty()) {
        TextSpan previous = merged.get(merged.size() - 1);
        if (ABBREVIATION_END.matcher(previous.text()).find() && Character.isUpperCase(sentence.text().charAt(0))) {
          merged.set(merged.size() - 1, TextSpan.of(text, previous.start(), sentence.end()));
          continue;
        }
      }
      merged.add(sentence);
    }
    return merged;
  }

  private static List<TextSpan> unglue(String text, TextSpan sentence) {
    List<TextSpan> pieces = new ArrayList<>();
    Matcher m = GLUED.matcher(sentence.text());
    int start = sentence.start();
    while (m.find()) {
      int cut = sentence.start() + m.end();
      pieces.add(NewsLayoutAnalyzer.trim(text, start, cut));
      start = cut;
    }
    pieces.add(NewsLayoutAnalyzer.trim(text, start, sentence.end()));
    pieces.removeIf(TextSpan::isEmpty);
    return pieces;
  }

  private List<TextSpan> splitLeadingDomain(String text, TextSpan sentence) {
    Matcher m = LEADING_DOMAIN.matcher(sentence.text());
    if (m.lookingAt() && outlets.isOutlet(sentence.text().substring(0, m.end()).strip())) {
      int cut = sentence.start() + m.end();
      return List.of(NewsLayoutAnalyzer.trim(text, sentence.start(), cut), NewsLayoutAnalyzer.trim(text, cut, sentence.end()));
    }
    return List.of(sentence);
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
