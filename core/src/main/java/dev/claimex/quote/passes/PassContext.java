package dev.claimex.quote.passes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.ner.EntityMention;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;

/**
 * What the passes over one document's reports may read of it: the analysis, the entities, the quotations.
 *
 * <pre>{@code
 * PassContext doc = new PassContext(analysis, entities, quotationsRead, SpanIndex.of(quotations, q -> q), budget);
 * }</pre>
 *
 * @param quotationsRead the quotations inside the sentences the attribution stage read, in text order
 * @param quotations every quotation the attribution stage found, indexed by span
 * @param budget the stage's budget: a pass calls {@link StageBudget#checkpoint()} as it goes
 */
public record PassContext(TextAnalysis analysis, ImmutableList<EntityMention> entities,
    ImmutableList<TextSpan> quotationsRead, SpanIndex<TextSpan> quotations, StageBudget budget) {

  public PassContext {
    checkNotNull(analysis, "analysis");
    checkNotNull(entities, "entities");
    checkNotNull(quotationsRead, "quotationsRead");
    checkNotNull(quotations, "quotations");
    checkNotNull(budget, "budget");
  }
}
