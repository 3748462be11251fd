package dev.claimex.text;

/**
 * Knows the names of news outlets, so that layout can tell a credit line ("Source: Reuters", "AP News") from a
 * headline. Implemented by the outlet gazetteer of the {@code ner} stage.
 */
@FunctionalInterface
public interface OutletNames {

  /** Whether {@code phrase} (one name, as written) names a news outlet. */
  boolean isOutlet(String phrase);
}
