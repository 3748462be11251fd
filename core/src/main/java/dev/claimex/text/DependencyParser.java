package dev.claimex.text;

/** Parses a tagged sentence into dependencies. Implementations are thread-safe. */
@FunctionalInterface
public interface DependencyParser {

  /** The parse of {@code sentence}; {@link DependencyTree#unparsed} when the parser declines it (e.g. too long). */
  DependencyTree parse(TaggedSentence sentence);

  /** What this parser is, for the provenance of results: by default its class name. */
  default StageProvenance provenance() {
    return StageProvenance.of(this);
  }
}
