package dev.claimex.spark;

import dev.claimex.Claimex;
import dev.claimex.ClaimexOptions;
import dev.claimex.quote.ReportCategory;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractors of this JVM, one per set of options, built on first use and shared by every task thread of the
 * executor. The models behind them load once per JVM, from the class path (the job jar or claimex-core's
 * dependencies), when the first document arrives: nothing is downloaded and no extractor is ever serialized.
 */
final class SharedClaimex {

  private static final Logger LOG = LoggerFactory.getLogger(SharedClaimex.class);
  private static final ConcurrentMap<ClaimexOptions, Claimex> EXTRACTORS = new ConcurrentHashMap<>();

  private SharedClaimex() {}

  /** The extractor with {@code options}; the first call of the JVM loads the models (a few seconds). */
  static Claimex get(ClaimexOptions options) {
    Claimex claimex = EXTRACTORS.get(options);
    // computeIfAbsent holds back the other threads asking for the same options until the models are in
    return claimex != null ? claimex : EXTRACTORS.computeIfAbsent(options, SharedClaimex::build);
  }

  private static Claimex build(ClaimexOptions options) {
    long start = System.nanoTime();
    Claimex claimex = Claimex.builder().maxDocumentLength(options.maxDocumentLength())
        .minConfidence(options.minConfidence()).timeBudget(options.timeBudget())
        .categories(options.categories().iterator().next(), options.categories().toArray(new ReportCategory[0]))
        .build();
    LOG.info(String.format(Locale.ROOT, "claimex: extractor ready in %.1f s (%s)", (System.nanoTime() - start) / 1e9,
        options));
    return claimex;
  }
}
