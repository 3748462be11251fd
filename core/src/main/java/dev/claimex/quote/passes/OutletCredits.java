package dev.claimex.quote.passes;

import com.google.common.collect.ImmutableList;
import dev.claimex.quote.Report;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSegment;
import dev.claimex.text.TextSpan;
import dev.claimex.text.SpanIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outlet a text credits for a claim, kept apart from its speaker: an outlet named in the claim's sentence
 * outside its content ("told AFP", "(Reuters)"), else the nearest credit after it in the same paragraph ("...
 * smoothly. cnn.com", "According to Reuters reports."), else the nearest before it, else a credit line right after
 * the paragraph, else the dateline's outlet.
 *
 * <pre>{@code
 * List<Report> credited = new OutletCredits().apply(reports, doc);   // each with its source() set, where one is
 * }</pre>
 */
public final class OutletCredits implements ReportPass {

  @Override
  public ImmutableList<Report> apply(List<Report> reports, PassContext doc) {
    Credits credits = new Credits(doc.analysis(), doc.entities());
    ImmutableList.Builder<Report> credited = ImmutableList.builderWithExpectedSize(reports.size());
    for (Report report : reports) {
      doc.budget().checkpoint();
      credited.add(credits.credit(report));
    }
    return credited.build();
  }

  /** The outlets of one document, found once and looked up for each report. */
  private static final class Credits {

    private final TextAnalysis analysis;
    private final SpanIndex<EntityMention> outlets;
    /** The outlets of each sentence, in the recognizer's order. */
    private final Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
    /** Per paragraph, the first outlet of each sentence that has one. */
    private final Map<Integer, TreeMap<Integer, EntityMention>> byParagraph = new HashMap<>();
    /** The first segment of each paragraph. */
    private final Map<Integer, TextSegment> paragraphStarts = new HashMap<>();
    private final Map<Integer, Optional<EntityMention>> creditLines = new HashMap<>();
    /** The outlet of the first dateline, or {@code null}. */
    private final EntityMention datelineOutlet;

    Credits(TextAnalysis analysis, List<EntityMention> entities) {
      this.analysis = analysis;
      List<EntityMention> found = entities.stream().filter(e -> e.type() == EntityType.OUTLET).toList();
      this.outlets = SpanIndex.of(found, EntityMention::span);
      for (EntityMention outlet : found) {
        bySentence.computeIfAbsent(outlet.sentence(), k -> new ArrayList<>()).add(outlet);
        int paragraph = analysis.sentences().get(outlet.sentence()).paragraph();
        byParagraph.computeIfAbsent(paragraph, k -> new TreeMap<>()).putIfAbsent(outlet.sentence(), outlet);
      }
      for (TextSegment segment : analysis.segments()) {
        paragraphStarts.putIfAbsent(segment.paragraph(), segment);
      }
      this.datelineOutlet = analysis.segments().stream().filter(s -> s.kind() == SegmentKind.DATELINE).findFirst()
          .map(s -> firstOutletIn(s.span())).orElse(null);
    }

    Report credit(Report frame) {
      if (frame.speaker() != null && frame.speaker().type() == EntityType.OUTLET) {
        return frame.withSource(frame.speaker().mention()); // "Al Jazeera reported ...": the outlet credits itself
      }
      if (outlets.isEmpty()) {
        return frame;
      }
      TaggedSentence sentence = analysis.sentences().get(frame.sentence());
      TextSpan speaker = frame.speaker() == null ? null : frame.speaker().mention();
      EntityMention best = null;
      for (EntityMention outlet : bySentence.getOrDefault(frame.sentence(), List.of())) {
        if (!frame.content().contains(outlet.span()) && (speaker == null || !speaker.overlaps(outlet.span()))) {
          best = outlet;
          break;
        }
      }
      if (best == null) {
        best = nearestInParagraph(sentence, true);
      }
      if (best == null) {
        best = nearestInParagraph(sentence, false);
      }
      if (best == null) {
        best = creditLineAfterParagraph(sentence.paragraph());
      }
      if (best == null) {
        best = datelineOutlet;
      }
      return best == null ? frame : frame.withSource(best.span());
    }

    /** The outlet of the nearest sentence after (or before) {@code sentence} in its paragraph; its first on ties. */
    private EntityMention nearestInParagraph(TaggedSentence sentence, boolean after) {
      TreeMap<Integer, EntityMention> inParagraph = byParagraph.get(sentence.paragraph());
      if (inParagraph == null) {
        return null;
      }
      Map.Entry<Integer, EntityMention> nearest = after ? inParagraph.higherEntry(sentence.index())
          : inParagraph.lowerEntry(sentence.index());
      return nearest == null ? null : nearest.getValue();
    }

    private EntityMention creditLineAfterParagraph(int paragraph) {
      return creditLines.computeIfAbsent(paragraph, p -> {
        TextSegment next = paragraphStarts.get(p + 1);
        return Optional.ofNullable(next != null && next.kind() == SegmentKind.SOURCE_LINE ? firstOutletIn(next.span())
            : null);
      }).orElse(null);
    }

    private EntityMention firstOutletIn(TextSpan span) {
      int[] inside = outlets.inside(span);
      return inside.length == 0 ? null : outlets.get(inside[0]);
    }
  }
}
