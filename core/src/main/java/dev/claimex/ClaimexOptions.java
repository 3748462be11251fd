package dev.claimex;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Settings of an extractor, validated when built. Defaults suit news articles.
 *
 * <pre>{@code
 * Claimex claimex = Claimex.builder().minConfidence(0.6).build();
 * System.out.println(claimex.options());
 * // ClaimexOptions[maxDocumentLength=5000000, minConfidence=0.6]
 * }</pre>
 *
 * @param maxDocumentLength longer documents are cut to this many characters, with a warning in the result
 * @param minConfidence claims and attributions below this confidence are left out
 */
public record ClaimexOptions(int maxDocumentLength, double minConfidence) {

  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 5_000_000;

  public ClaimexOptions {
    checkArgument(maxDocumentLength > 0, "maxDocumentLength must be positive: %s", maxDocumentLength);
    checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s", minConfidence);
  }

  public static ClaimexOptions defaults() {
    return new ClaimexOptions(DEFAULT_MAX_DOCUMENT_LENGTH, 0.0);
  }
}
