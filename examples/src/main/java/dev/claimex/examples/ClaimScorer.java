package dev.claimex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted typed claims against gold ones exactly as the project's reference scorer
 * ({@code score_news_claims.py}) does, so that users can measure the library on their own annotated news.
 *
 * <pre>
 * ClaimScorer scorer = new ClaimScorer();
 * scorer.add(goldDocument, predictionOrNull);   // JSON trees: a gold line, the library's output line
 * System.out.println(scorer.figures().toJson());
 * </pre>
 *
 * <p>A predicted claim other than STATEMENT is right when its type is one the gold claim allows and either its cue
 * overlaps the gold cue or its content covers the gold content (half of it, and not much longer). Gold claims take
 * predictions one to one, in text order. On the claims found it measures the speaker (a gold name equals the canonical
 * name or the mention, or the surnames agree), the content, the condition, polarity and modality; "usable" is found
 * with the right speaker and content. Missing or null fields read as Python's {@code dict.get} reads them.
 */
final class ClaimScorer {

  private static final String STATEMENT = "STATEMENT";
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’.-]*");
  private static final TextNode POSITIVE = TextNode.valueOf("POSITIVE");
  private static final TextNode ASSERTED = TextNode.valueOf("ASSERTED");

  /** Counts of one claim type: gold claims, of them found, predictions, of them supported by a gold claim. */
  private static final class TypeCounts {
    int gold;
    int found;
    int predicted;
    int supported;
  }

  private final Map<String, TypeCounts> types = new TreeMap<>();
  private int gold;
  private int predicted;
  private int found;
  private int supported;
  private int speakerRight;
  private int contentRight;
  private int usable;
  private int usablePredicted;
  private int conditionsGold;
  private int conditionsRight;
  private int polarityRight;
  private int modalityRight;
  private int missingDocuments;
  private final List<Reliability.Judged> judged = new ArrayList<>();

  /** Adds one gold document ({@code {"id","claims":[...]}}) and its prediction, {@code null} if there is none. */
  void add(JsonNode goldDocument, JsonNode prediction) {
    if (prediction == null) {
      missingDocuments++;
    }
    List<JsonNode> predictions = new ArrayList<>();
    if (truthy(prediction)) {
      prediction.path("claims").forEach(predictions::add);
    }
    List<JsonNode> goldClaims = new ArrayList<>();
    goldDocument.path("claims").forEach(goldClaims::add);
    Set<Integer> used = new HashSet<>();
    for (JsonNode g : goldClaims) {
      gold++;
      TypeCounts goldType = counts(g.get("type").get(0).asText());
      goldType.gold++;
      int hit = -1;
      for (int i = 0; i < predictions.size() && hit < 0; i++) {
        if (!used.contains(i) && found(g, predictions.get(i))) {
          hit = i;
        }
      }
      if (hit < 0) {
        continue;
      }
      used.add(hit);
      JsonNode p = predictions.get(hit);
      found++;
      goldType.found++;
      boolean speakerOk = speakerOk(g, p);
      boolean contentOk = covers(span(g.get("content")), span(p.get("content")));
      speakerRight += speakerOk ? 1 : 0;
      contentRight += contentOk ? 1 : 0;
      usable += speakerOk && contentOk ? 1 : 0;
      if (truthy(g.get("condition"))) {
        conditionsGold++;
        conditionsRight += overlaps(span(g.get("condition")), span(p.get("condition"))) ? 1 : 0;
      }
      polarityRight += orDefault(p.get("polarity"), POSITIVE).equals(g.has("polarity") ? g.get("polarity") : POSITIVE)
          ? 1 : 0;
      modalityRight += orDefault(p.get("modality"), ASSERTED).equals(g.has("modality") ? g.get("modality") : ASSERTED)
          ? 1 : 0;
    }
    for (int i = 0; i < predictions.size(); i++) {
      JsonNode p = predictions.get(i);
      String type = type(p);
      if (type.equals(STATEMENT)) {
        continue;
      }
      predicted++;
      TypeCounts predictedType = counts(type);
      predictedType.predicted++;
      boolean ok = used.contains(i) || goldClaims.stream().anyMatch(g -> found(g, p));
      boolean usableClaim = usable(goldDocument, p);
      usablePredicted += usableClaim ? 1 : 0;
      supported += ok ? 1 : 0;
      predictedType.supported += ok ? 1 : 0;
      judged.add(new Reliability.Judged(confidence(p), ok, usableClaim));
    }
  }

  /** The figures so far, rounded as the reference scorer rounds them. */
  ClaimFigures figures() {
    double[] all = prf(supported, predicted, found, gold);
    double[] usableFigures = prf(usablePredicted, predicted, usable, gold);
    Map<String, ClaimFigures.TypeFigures> perType = new LinkedHashMap<>();
    double f1Sum = 0;
    int f1Count = 0;
    for (Map.Entry<String, TypeCounts> entry : types.entrySet()) {
      if (entry.getKey().equals(STATEMENT)) {
        continue;
      }
      TypeCounts c = entry.getValue();
      double[] figures = prf(c.supported, c.predicted, c.found, c.gold);
      perType.put(entry.getKey(), new ClaimFigures.TypeFigures(c.gold, c.predicted, figures[0], figures[1], figures[2]));
      if (c.gold > 0) {
        f1Sum += figures[2]; // in key order, one by one: Python 3.11's sum()
        f1Count++;
      }
    }
    return new ClaimFigures(gold, predicted, found, missingDocuments, all[0], all[1], all[2],
        f1Count == 0 ? 0.0 : round(f1Sum / f1Count), usableFigures[0], usableFigures[1], usableFigures[2],
        ofFound(speakerRight), ofFound(contentRight), conditionsRight, conditionsGold, ofFound(polarityRight),
        ofFound(modalityRight), perType);
  }

  /**
   * Every predicted claim counted so far (not STATEMENT), in order, with its confidence and the scorer's decisions:
   * found is what precision counts, usable what usable_precision counts.
   */
  ImmutableList<Reliability.Judged> judged() {
    return ImmutableList.copyOf(judged);
  }

  private TypeCounts counts(String type) {
    return types.computeIfAbsent(type, t -> new TypeCounts());
  }

  private double ofFound(int right) {
    return found == 0 ? 0.0 : round((double) right / found);
  }

  /** Rounded precision, recall and F1; the F1 is of the unrounded precision and recall. */
  private static double[] prf(int truePredicted, int predicted, int trueGold, int gold) {
    double p = predicted == 0 ? 0.0 : (double) truePredicted / predicted;
    double r = gold == 0 ? 0.0 : (double) trueGold / gold;
    return new double[] {round(p), round(r), p + r == 0 ? 0.0 : round(2 * p * r / (p + r))};
  }

  /** Python's round(x, 4): the exact binary value rounded half to even. */
  static double round(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  static boolean found(JsonNode g, JsonNode p) {
    return allows(g.get("type"), type(p)) && (overlaps(span(g.get("cue")), span(p.get("cue")))
        || covers(span(g.get("content")), span(p.get("content"))));
  }

  /**
   * Whether a predicted claim is usable: some gold claim of the document finds it with the right speaker and content.
   * This is the per-claim decision of {@code usable_precision}, and what {@code claimex calibrate} fits to.
   */
  static boolean usable(JsonNode goldDocument, JsonNode p) {
    for (JsonNode g : goldDocument.path("claims")) {
      if (full(g, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some gold claim of the document finds a predicted claim: the per-claim decision of precision. */
  static boolean supported(JsonNode goldDocument, JsonNode p) {
    for (JsonNode g : goldDocument.path("claims")) {
      if (found(g, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean full(JsonNode g, JsonNode p) {
    return found(g, p) && speakerOk(g, p) && covers(span(g.get("content")), span(p.get("content")));
  }

  private static boolean allows(JsonNode goldTypes, String type) {
    for (JsonNode allowed : goldTypes) {
      if (allowed.isTextual() && allowed.textValue().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** The predicted type in upper case, "" when absent. */
  private static String type(JsonNode p) {
    JsonNode type = p.get("type");
    return type != null && type.isTextual() ? type.textValue().toUpperCase(Locale.ROOT) : "";
  }

  /** The prediction's numeric "confidence", empty when absent or not a number. */
  private static OptionalDouble confidence(JsonNode p) {
    JsonNode confidence = p.get("confidence");
    return confidence != null && confidence.isNumber()
        ? OptionalDouble.of(confidence.asDouble()) : OptionalDouble.empty();
  }

  /** {start, end} of a span object, {@code null} when it or either offset is absent. */
  static double[] span(JsonNode o) {
    if (!truthy(o) || !o.isObject() || !o.path("start").isNumber() || !o.path("end").isNumber()) {
      return null;
    }
    return new double[] {o.get("start").asDouble(), o.get("end").asDouble()};
  }

  static boolean overlaps(double[] a, double[] b) {
    return a != null && b != null && Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
  }

  /** At least half of the gold span, by a prediction not much longer (Jaccard 0.25, or at most 40 more characters). */
  static boolean covers(double[] gold, double[] pred) {
    if (gold == null || pred == null) {
      return false;
    }
    double inter = Math.max(0, Math.min(gold[1], pred[1]) - Math.max(gold[0], pred[0]));
    double union = (gold[1] - gold[0]) + (pred[1] - pred[0]) - inter;
    boolean close = union > 0 && (inter / union >= 0.25 || (pred[1] - pred[0]) <= (gold[1] - gold[0]) + 40);
    return inter >= 0.5 * (gold[1] - gold[0]) && close;
  }

  static boolean speakerOk(JsonNode g, JsonNode p) {
    if (!truthy(g.get("speaker"))) {
      return true;
    }
    JsonNode speaker = truthy(p.get("speaker")) ? p.get("speaker") : MissingNode.getInstance();
    List<String> candidates = new ArrayList<>();
    addName(candidates, speaker.get("canonical"));
    addName(candidates, speaker.get("text"));
    for (JsonNode member : speaker.path("members")) {
      addName(candidates, member.isObject() ? member.get("canonical") : member);
    }
    Set<String> names = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    for (JsonNode name : g.get("speaker")) {
      names.add(norm(name.isTextual() ? name.textValue() : ""));
      surnames.add(surname(name.isTextual() ? name.textValue() : ""));
    }
    surnames.remove("");
    for (String candidate : candidates) {
      if (names.contains(norm(candidate))) {
        return true;
      }
    }
    return candidates.stream().anyMatch(c -> surnames.contains(surname(c)));
  }

  private static void addName(List<String> names, JsonNode name) {
    if (name != null && name.isTextual() && !name.textValue().isEmpty()) {
      names.add(name.textValue());
    }
  }

  /** Lower case, typographic apostrophes straight, white space runs as one space. */
  static String norm(String s) {
    String lower = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lower.length()) {
      int c = lower.codePointAt(i);
      if (isPythonSpace(c)) {
        i += Character.charCount(c);
        continue;
      }
      int end = i;
      while (end < lower.length() && !isPythonSpace(lower.codePointAt(end))) {
        end += Character.charCount(lower.codePointAt(end));
      }
      out.append(out.length() > 0 ? " " : "").append(lower, i, end);
      i = end;
    }
    return out.toString();
  }

  /** What Python's str.split() splits on: Java's white space and the no-break spaces and U+0085. */
  private static boolean isPythonSpace(int c) {
    return Character.isWhitespace(c) || c == 0x85 || c == 0xA0 || c == 0x2007 || c == 0x202F;
  }

  /** The last word, lower case, without dots around it; "" when there is no word. */
  static String surname(String name) {
    Matcher words = WORD.matcher(name);
    String last = null;
    while (words.find()) {
      last = words.group();
    }
    return last == null ? "" : stripDots(last.toLowerCase(Locale.ROOT));
  }

  private static String stripDots(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '.') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(start, end);
  }

  /** Python's truth of a JSON value: absent, null, false, 0, "", [] and {} are false. */
  static boolean truthy(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isContainerNode()) {
      return node.size() > 0;
    }
    if (node.isTextual()) {
      return !node.textValue().isEmpty();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return !node.isNumber() || node.asDouble() != 0;
  }

  private static JsonNode orDefault(JsonNode node, JsonNode otherwise) {
    return truthy(node) ? node : otherwise;
  }
}
