package dev.claimex.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted attributions against gold ones exactly as the project's reference scorer
 * ({@code score_attributions.py}) does, so that users can measure the library on their own annotated news:
 * contents are paired one to one, greedily by character Jaccard (at least 0.5) after trimming quote marks,
 * punctuation, white space and a leading "that"; on a pair the speaker (and the cue) is right when the two spans
 * overlap or both are absent.
 */
final class AttributionScorer {

  /** A content span with its speaker and cue spans ({@code null} when absent), as {start, end} pairs. */
  record Unit(int[] content, int[] speaker, int[] cue) {}

  private static final String TRIM = " \t\r\n\"'“”‘’«»`,.;:—–-()[]";
  private static final double THRESHOLD = 0.5;

  private final boolean onlyDirect;
  private int gold;
  private int pred;
  private int matched;
  private int exact;
  private int speakerRight;
  private int cueRight;
  private int goldWithSpeakerMatched;
  private int speakerRightGivenGold;
  private int missingDocs;

  AttributionScorer(boolean onlyDirect) {
    this.onlyDirect = onlyDirect;
  }

  boolean onlyDirect() {
    return onlyDirect;
  }

  static int[] trim(String text, int start, int end) {
    while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (text.regionMatches(true, start, "that ", 0, 5) && start + 5 <= text.length()) {
      start += 5;
    }
    return new int[] {start, end};
  }

  static double jaccard(int[] a, int[] b) {
    int inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
    int union = (a[1] - a[0]) + (b[1] - b[0]) - inter;
    return union > 0 ? (double) inter / union : 0.0;
  }

  private static boolean overlaps(int[] a, int[] b) {
    return a != null && b != null && Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
  }

  void missingDocument(List<Unit> goldUnits) {
    missingDocs++;
    gold += goldUnits.size();
  }

  /** Adds one document. */
  void add(List<Unit> goldUnits, List<Unit> predUnits) {
    gold += goldUnits.size();
    pred += predUnits.size();
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < goldUnits.size(); i++) {
      for (int j = 0; j < predUnits.size(); j++) {
        double jac = jaccard(goldUnits.get(i).content(), predUnits.get(j).content());
        if (jac >= THRESHOLD) {
          pairs.add(new double[] {jac, i, j});
        }
      }
    }
    // the reference sorts (jaccard, i, j) tuples in reverse: ties go to the later gold, then the later prediction
    pairs.sort((x, y) -> {
      for (int k = 0; k < 3; k++) {
        int c = Double.compare(y[k], x[k]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    boolean[] usedGold = new boolean[goldUnits.size()];
    boolean[] usedPred = new boolean[predUnits.size()];
    for (double[] pair : pairs) {
      int i = (int) pair[1];
      int j = (int) pair[2];
      if (usedGold[i] || usedPred[j]) {
        continue;
      }
      usedGold[i] = true;
      usedPred[j] = true;
      matched++;
      Unit g = goldUnits.get(i);
      Unit p = predUnits.get(j);
      if (g.content()[0] == p.content()[0] && g.content()[1] == p.content()[1]) {
        exact++;
      }
      boolean speakerOk = g.speaker() == null && p.speaker() == null || overlaps(g.speaker(), p.speaker());
      speakerRight += speakerOk ? 1 : 0;
      if (g.speaker() != null) {
        goldWithSpeakerMatched++;
        speakerRightGivenGold += overlaps(g.speaker(), p.speaker()) ? 1 : 0;
      }
      cueRight += g.cue() == null && p.cue() == null || overlaps(g.cue(), p.cue()) ? 1 : 0;
    }
  }

  /** The figures, in the reference scorer's order and rounding. */
  Map<String, Object> figures() {
    Map<String, Object> out = new LinkedHashMap<>();
    double[] content = f1(matched);
    double[] attribution = f1(speakerRight);
    double[] exactF1 = f1(exact);
    out.put("gold", gold);
    out.put("pred", pred);
    out.put("matched", matched);
    out.put("missing_docs", missingDocs);
    out.put("content_p", round(content[0]));
    out.put("content_r", round(content[1]));
    out.put("content_f1", round(content[2]));
    out.put("content_exact_f1", round(exactF1[2]));
    out.put("speaker_acc_on_matched", matched == 0 ? 0.0 : round((double) speakerRight / matched));
    out.put("speaker_acc_gold_has_speaker", goldWithSpeakerMatched == 0 ? 0.0
        : round((double) speakerRightGivenGold / goldWithSpeakerMatched));
    out.put("cue_acc_on_matched", matched == 0 ? 0.0 : round((double) cueRight / matched));
    out.put("attribution_p", round(attribution[0]));
    out.put("attribution_r", round(attribution[1]));
    out.put("attribution_f1", round(attribution[2]));
    if (onlyDirect) { // recall-style figures: other predictions are not counted against precision
      out.entrySet().removeIf(e -> e.getKey().endsWith("_p") || e.getKey().endsWith("_f1") || e.getKey().equals("pred"));
    }
    return out;
  }

  private double[] f1(int tp) {
    double p = pred == 0 ? 0.0 : (double) tp / pred;
    double r = gold == 0 ? 0.0 : (double) tp / gold;
    return new double[] {p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r)};
  }

  /** Python's round(x, 4): the exact binary value rounded half to even. */
  private static double round(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
