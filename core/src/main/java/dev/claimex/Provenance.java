package dev.claimex;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;

/**
 * What made a result: the library version and the version of every model, lexicon and gazetteer.
 *
 * <pre>{@code
 * result.provenance().versions().get("corenlp");   // "4.5.10"
 * }</pre>
 */
public record Provenance(String library, String version, ImmutableMap<String, String> versions) {

  public Provenance {
    checkNotNull(library, "library");
    checkNotNull(version, "version");
    checkNotNull(versions, "versions");
  }
}
