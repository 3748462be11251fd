package org.example.consumer;

import dev.claimex.Claimex;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import java.util.List;

/** What a user writes: the warnings of a text, with the speaker and the condition. */
public final class Warnings {

  private static final Claimex CLAIMEX = Claimex.english();

  private Warnings() {}

  public static List<String> of(String text) {
    return CLAIMEX.extract(text).claims().stream()
        .filter(c -> c.type() == ClaimType.WARNING)
        .map(Warnings::describe)
        .toList();
  }

  private static String describe(Claim c) {
    return c.speaker().canonical() + " warned of " + c.content().text()
        + (c.condition() == null ? "" : " if " + c.condition().text());
  }
}
