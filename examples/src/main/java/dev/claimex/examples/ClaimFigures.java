package dev.claimex.examples;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@link ClaimScorer}: claim counts, precision, recall and F1 (all and usable), accuracies on the
 * claims found, conditions right of those annotated, and the figures per claim type. Fractions are rounded to four
 * places; {@link #toJson()} prints them as {@code score_news_claims.py} does.
 */
record ClaimFigures(int gold, int pred, int found, int missingDocs, double precision, double recall, double f1,
    double macroF1, double usablePrecision, double usableRecall, double usableF1, double speakerAcc,
    double contentAcc, int conditionsRight, int conditionsGold, double polarityAcc, double modalityAcc,
    Map<String, TypeFigures> perType) {

  /** The figures of one claim type: gold and predicted claims, precision, recall, F1. */
  record TypeFigures(int gold, int pred, double p, double r, double f1) {}

  ClaimFigures {
    perType = ImmutableMap.copyOf(perType);
  }

  /** "right/annotated", as the reference prints the conditions. */
  String condition() {
    return conditionsRight + "/" + conditionsGold;
  }

  /** One JSON line with the reference scorer's keys, key order, separators and number formatting. */
  String toJson() {
    StringBuilder json = new StringBuilder("{");
    json.append("\"gold\": ").append(gold).append(", \"pred\": ").append(pred)
        .append(", \"found\": ").append(found).append(", \"missing_docs\": ").append(missingDocs)
        .append(", \"precision\": ").append(number(precision)).append(", \"recall\": ").append(number(recall))
        .append(", \"f1\": ").append(number(f1)).append(", \"macro_f1\": ").append(number(macroF1))
        .append(", \"usable_precision\": ").append(number(usablePrecision))
        .append(", \"usable_recall\": ").append(number(usableRecall))
        .append(", \"usable_f1\": ").append(number(usableF1))
        .append(", \"speaker_acc\": ").append(number(speakerAcc))
        .append(", \"content_acc\": ").append(number(contentAcc))
        .append(", \"condition\": ").append(string(condition()))
        .append(", \"polarity_acc\": ").append(number(polarityAcc))
        .append(", \"modality_acc\": ").append(number(modalityAcc))
        .append(", \"per_type\": {");
    String separator = "";
    for (Map.Entry<String, TypeFigures> entry : perType.entrySet()) {
      TypeFigures t = entry.getValue();
      json.append(separator).append(string(entry.getKey())).append(": {\"gold\": ").append(t.gold())
          .append(", \"pred\": ").append(t.pred()).append(", \"p\": ").append(number(t.p()))
          .append(", \"r\": ").append(number(t.r())).append(", \"f1\": ").append(number(t.f1())).append('}');
      separator = ", ";
    }
    return json.append("}}").toString();
  }

  /**
   * Python's repr of a float already rounded to four places: its shortest decimal, at least one digit after the
   * point ({@link Double#toString} would print 1.0E-4 where Python prints 0.0001).
   */
  static String number(double x) {
    BigDecimal decimal = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (decimal.scale() < 1 ? decimal.setScale(1) : decimal).toPlainString();
  }

  /** A JSON string as Python's json.dumps writes it (ASCII only). */
  static String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
      }
    }
    return out.append('"').toString();
  }
}
