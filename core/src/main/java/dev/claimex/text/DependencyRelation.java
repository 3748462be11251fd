package dev.claimex.text;

import java.util.Locale;

/**
 * The Universal Dependencies relations the rule stages read. Subtypes the rules do not tell apart fold into their
 * base relation ({@code obl:tmod} is {@link #OBL}); every other relation is {@link #OTHER}.
 */
public enum DependencyRelation {
  ROOT, NSUBJ, NSUBJ_PASS, CSUBJ, OBJ, IOBJ, CCOMP, XCOMP, ADVCL, PARATAXIS, CONJ, CC, MARK, OBL, NMOD, APPOS,
  COMPOUND, FLAT, AMOD, DET, CASE, ACL, PUNCT, OTHER;

  /** The relation a UD label names: {@code "nsubj:pass"} is {@link #NSUBJ_PASS}, {@code "nmod:poss"} is {@link #NMOD}. */
  public static DependencyRelation of(String label) {
    if (label == null || label.isEmpty()) {
      return OTHER;
    }
    String lower = label.toLowerCase(Locale.ROOT);
    if (lower.equals("nsubj:pass") || lower.equals("nsubjpass")) {
      return NSUBJ_PASS;
    }
    int colon = lower.indexOf(':');
    String base = colon < 0 ? lower : lower.substring(0, colon);
    for (DependencyRelation relation : values()) {
      if (relation.name().toLowerCase(Locale.ROOT).equals(base)) {
        return relation;
      }
    }
    return OTHER;
  }
}
