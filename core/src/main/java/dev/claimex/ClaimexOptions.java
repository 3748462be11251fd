package dev.claimex;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.claimex.quote.ReportCategory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * Settings of an extractor, validated when built. Defaults suit news articles.
 *
 * <pre>{@code
 * Claimex claimex = Claimex.builder().minConfidence(0.6).build();
 * System.out.println(claimex.options());
 * // ClaimexOptions[maxDocumentLength=5000000, minConfidence=0.6, timeBudget=PT1M, categories=[SPEECH, THOUGHT, EVIDENCE]]
 * }</pre>
 *
 * @param maxDocumentLength longer documents are cut to this many characters, with a warning in the result
 * @param minConfidence claims and attributions below this confidence are left out
 * @param timeBudget how long one document may take; past it the rest is left unanalysed, with a warning
 * @param categories the kinds of report kept (attributions and the claims read from them); all by default
 */
public record ClaimexOptions(int maxDocumentLength, double minConfidence, Duration timeBudget,
    ImmutableSet<ReportCategory> categories) {

  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 5_000_000;
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

  public ClaimexOptions {
    checkArgument(maxDocumentLength > 0, "maxDocumentLength must be positive: %s", maxDocumentLength);
    checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s", minConfidence);
    checkNotNull(timeBudget, "timeBudget");
    checkArgument(!timeBudget.isNegative() && !timeBudget.isZero(), "timeBudget must be positive: %s", timeBudget);
    checkNotNull(categories, "categories");
    checkArgument(!categories.isEmpty(), "categories must name at least one of %s", List.of(ReportCategory.values()));
  }

  /** Options that keep every category of report. */
  public ClaimexOptions(int maxDocumentLength, double minConfidence, Duration timeBudget) {
    this(maxDocumentLength, minConfidence, timeBudget, Sets.immutableEnumSet(EnumSet.allOf(ReportCategory.class)));
  }

  public static ClaimexOptions defaults() {
    return new ClaimexOptions(DEFAULT_MAX_DOCUMENT_LENGTH, 0.0, DEFAULT_TIME_BUDGET);
  }
}
