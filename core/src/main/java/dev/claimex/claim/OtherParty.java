package dev.claimex.claim;

import com.google.common.collect.ImmutableList;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.Report;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.StageBudget;
import java.util.List;
import java.util.Set;

/**
 * The other party of a claim that names none in object position: the first name in its content that is not the
 * speaker ("promised to continue military aid to Mozambique", "praised Haiti's efforts"). It is the target of
 * claims that judge, the addressee of the rest; plain statements get none.
 *
 * <pre>{@code
 * List<Report> withParties = OtherParty.assign(reports, entities, StageBudget.unlimited());
 * }</pre>
 */
public final class OtherParty {

  private static final Set<ClaimType> TARGETING = Set.of(ClaimType.SUPPORT, ClaimType.CRITICISM,
      ClaimType.ACCUSATION, ClaimType.DENIAL, ClaimType.REJECTION);

  private OtherParty() {}

  /** The reports with the other party of each claim that names none; run on the attribution stage's reports. */
  public static ImmutableList<Report> assign(List<Report> reports, List<EntityMention> entities, StageBudget budget) {
    SpanIndex<EntityMention> mentions = SpanIndex.of(entities, EntityMention::span);
    ImmutableList.Builder<Report> found = ImmutableList.builderWithExpectedSize(reports.size());
    for (Report report : reports) {
      budget.checkpoint();
      found.add(withOtherParty(mentions, report));
    }
    return found.build();
  }

  private static Report withOtherParty(SpanIndex<EntityMention> mentions, Report report) {
    ClaimType type = ReportedAct.of(report);
    if (type == ClaimType.STATEMENT || report.addressee() != null || report.target() != null
        || report.speaker() == null) {
      return report;
    }
    for (int position : mentions.inside(report.content())) {
      EntityMention mention = mentions.get(position);
      boolean party = mention.type().isPlace() || mention.type() == EntityType.PERSON
          || mention.type() == EntityType.ORGANIZATION;
      if (party && !mention.canonical().equals(report.speaker().canonical())) {
        Actor other = Actor.of(mention.span(), mention.canonical(), mention.type());
        return TARGETING.contains(type) ? report.withParties(report.addressee(), other)
            : report.withParties(other, report.target());
      }
    }
    return report;
  }
}
