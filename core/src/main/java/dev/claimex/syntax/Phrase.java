package dev.claimex.syntax;

import static com.google.common.base.Preconditions.checkArgument;

/** Tokens {@code [first, last]} of one sentence: a noun phrase found by the rules. */
public record Phrase(int sentence, int first, int last) {

  public Phrase {
    checkArgument(0 <= first && first <= last, "bad phrase [%s, %s]", first, last);
  }
}
