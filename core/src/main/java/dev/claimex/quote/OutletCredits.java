package dev.claimex.quote;

import dev.claimex.claim.CueFrame;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSegment;
import dev.claimex.text.TextSpan;
import java.util.List;

/**
 * The outlet a text credits for a claim, kept apart from its speaker: an outlet named in the claim's sentence
 * outside its content ("told AFP", "(Reuters)"), else the nearest credit after it in the same paragraph ("...
 * smoothly. geo.tv", "According to Reuters reports."), else the nearest before it, else a credit line right after
 * the paragraph, else the dateline's outlet.
 */
final class OutletCredits {

  private final TextAnalysis analysis;
  private final List<EntityMention> outlets;

  OutletCredits(TextAnalysis analysis, List<EntityMention> entities) {
    this.analysis = analysis;
    this.outlets = entities.stream().filter(e -> e.type() == EntityType.OUTLET).toList();
  }

  CueFrame credit(CueFrame frame) {
    if (frame.speaker() != null && frame.speaker().type() == EntityType.OUTLET) {
      return frame.withSource(frame.speaker().mention()); // "Al Jazeera reported ...": the outlet credits itself
    }
    if (outlets.isEmpty()) {
      return frame;
    }
    TaggedSentence sentence = analysis.sentences().get(frame.sentence());
    TextSpan speaker = frame.speaker() == null ? null : frame.speaker().mention();
    EntityMention best = null;
    for (EntityMention outlet : outlets) {
      if (outlet.sentence() == frame.sentence() && !frame.content().contains(outlet.span())
          && (speaker == null || !speaker.overlaps(outlet.span()))) {
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
      best = datelineOutlet();
    }
    return best == null ? frame : frame.withSource(best.span());
  }

  private EntityMention nearestInParagraph(TaggedSentence sentence, boolean after) {
    EntityMention best = null;
    for (EntityMention outlet : outlets) {
      TaggedSentence holder = analysis.sentences().get(outlet.sentence());
      if (holder.paragraph() != sentence.paragraph() || outlet.sentence() == sentence.index()) {
        continue;
      }
      boolean isAfter = outlet.sentence() > sentence.index();
      if (isAfter == after && (best == null || (after ? outlet.sentence() < best.sentence() : outlet.sentence() > best.sentence()))) {
        best = outlet;
      }
    }
    return best;
  }

  private EntityMention creditLineAfterParagraph(int paragraph) {
    for (TextSegment segment : analysis.segments()) {
      if (segment.paragraph() == paragraph + 1) {
        return segment.kind() == SegmentKind.SOURCE_LINE ? firstOutletIn(segment.span()) : null;
      }
    }
    return null;
  }

  private EntityMention datelineOutlet() {
    for (TextSegment segment : analysis.segments()) {
      if (segment.kind() == SegmentKind.DATELINE) {
        return firstOutletIn(segment.span());
      }
    }
    return null;
  }

  private EntityMention firstOutletIn(TextSpan span) {
    for (EntityMention outlet : outlets) {
      if (span.contains(outlet.span())) {
        return outlet;
      }
    }
    return null;
  }
}
