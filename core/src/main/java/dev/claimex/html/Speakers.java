package dev.claimex.html;

import com.google.common.collect.ImmutableList;
import dev.claimex.claim.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speakers of a document's claims by canonical name, most claims first (first appearance breaks ties), each with
 * its index, which picks its colour. Claims without a speaker share one entry, {@link #none}.
 *
 * @param names the speakers' canonical names; the entry of claims without a speaker is {@link #NO_SPEAKER}
 * @param none the index of the claims without a speaker, or -1
 */
record Speakers(ImmutableList<String> names, int none, int[] ofClaim) {

  static final String NO_SPEAKER = "(no speaker)";

  static Speakers of(List<Claim> claims) {
    Map<String, Integer> counts = new LinkedHashMap<>(); // "" is no speaker: a canonical name is never blank
    for (Claim claim : claims) {
      counts.merge(key(claim), 1, Integer::sum);
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: first appearance breaks ties
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    int[] ofClaim = claims.stream().mapToInt(claim -> index.get(key(claim))).toArray();
    return new Speakers(ImmutableList.copyOf(keys.stream().map(k -> k.isEmpty() ? NO_SPEAKER : k).toList()),
        keys.indexOf(""), ofClaim);
  }

  private static String key(Claim claim) {
    return claim.speaker() == null ? "" : claim.speaker().canonical();
  }

  /** The speaker index of claim {@code claim}. */
  int of(int claim) {
    return ofClaim[claim];
  }
}
