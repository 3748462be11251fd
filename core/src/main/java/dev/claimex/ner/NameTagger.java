package dev.claimex.ner;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A statistical name tagger: one label per word, {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code O}. */
@FunctionalInterface
public interface NameTagger {

  ImmutableList<String> labels(List<String> words);
}
