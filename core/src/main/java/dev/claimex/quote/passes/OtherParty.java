package dev.claimex.quote.passes;

import com.google.common.collect.ImmutableList;
import dev.claimex.lexicon.CueAct;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.Report;
import dev.claimex.text.SpanIndex;
import java.util.List;
import java.util.Set;

/**
 * The other party of a claim that names none in object position: the first name in its content that is not the
 * speaker ("promised to continue military aid to Mozambique", "praised Haiti's efforts"). It is the target of
 * claims that judge, the addressee of the rest; plain statements get none.
 *
 * <pre>{@code
 * List<Report> withParties = new OtherParty().apply(reports, doc);
 * }</pre>
 */
public final class OtherParty implements ReportPass {

  private static final Set<CueAct> TARGETING = Set.of(CueAct.SUPPORT, CueAct.CRITICISM,
      CueAct.ACCUSATION, CueAct.DENIAL, CueAct.REJECTION);

  @Override
  public ImmutableList<Report> apply(List<Report> frames, PassContext doc) {
    SpanIndex<EntityMention> mentions = SpanIndex.of(doc.entities(), EntityMention::span);
    ImmutableList.Builder<Report> found = ImmutableList.builderWithExpectedSize(frames.size());
    for (Report frame : frames) {
      doc.budget().checkpoint();
      found.add(withOtherParty(mentions, frame));
    }
    return found.build();
  }

  private static Report withOtherParty(SpanIndex<EntityMention> mentions, Report frame) {
    if (frame.act() == CueAct.STATEMENT || frame.addressee() != null || frame.target() != null
        || frame.speaker() == null) {
      return frame;
    }
    for (int position : mentions.inside(frame.content())) {
      EntityMention mention = mentions.get(position);
      boolean party = mention.type().isPlace() || mention.type() == EntityType.PERSON
          || mention.type() == EntityType.ORGANIZATION;
      if (party && !mention.canonical().equals(frame.speaker().canonical())) {
        Actor other = Actor.of(mention.span(), mention.canonical(), mention.type());
        return TARGETING.contains(frame.act()) ? frame.withParties(frame.addressee(), other)
            : frame.withParties(other, frame.target());
      }
    }
    return frame;
  }
}
