package dev.claimex.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

  private static LogisticFit.Example example(boolean positive, String... flags) {
    ImmutableMap.Builder<String, Double> features = ImmutableMap.builder();
    features.put("bias", 1.0);
    for (String flag : flags) {
      features.put(flag, 1.0);
    }
    return new LogisticFit.Example(features.buildOrThrow(), positive);
  }

  /** "good" makes a positive and "bad" a negative, whatever the noise feature says: a separable set. */
  private static List<LogisticFit.Example> separable() {
    List<LogisticFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String noise = i % 2 == 0 ? "noise" : "quiet";
      examples.add(example(true, "good", noise));
      examples.add(example(false, "bad", noise));
    }
    return examples;
  }

  @Test
  void recoversASeparableToySet() {
    List<LogisticFit.Example> examples = separable();
    Map<String, Double> w = new LogisticFit(0.001, 0.5, 5_000).fit(examples, "bias");
    assertTrue(w.get("good") > 2 && w.get("bad") < -2, w.toString());
    assertEquals(0, w.get("noise") - w.get("quiet"), 1e-9, "the noise says nothing: " + w);
    for (LogisticFit.Example e : examples) {
      double p = LogisticFit.probability(w, e.features());
      assertTrue(e.positive() ? p > 0.9 : p < 0.1, e + " at " + p);
    }
    assertTrue(LogisticFit.logLoss(w, examples) < 0.1);
  }

  @Test
  void aStrongPenaltyShrinksTheWeightsButNotTheBias() {
    List<LogisticFit.Example> examples = separable();
    examples.add(example(true, "good"));
    Map<String, Double> loose = new LogisticFit(0.001, 0.5, 5_000).fit(examples, "bias");
    Map<String, Double> tight = new LogisticFit(1, 0.5, 5_000).fit(examples, "bias");
    assertTrue(Math.abs(tight.get("good")) < Math.abs(loose.get("good")), tight + " vs " + loose);
    // with every feature but the bias held near zero, the bias gives about the share of positives
    Map<String, Double> biasOnly = new LogisticFit(1_000, 0.001, 20_000).fit(examples, "bias");
    assertEquals(21.0 / 41, LogisticFit.probability(biasOnly, Map.of("bias", 1.0)), 0.01);
  }

  @Test
  void theSameExamplesGiveTheSameWeights() {
    LogisticFit fit = new LogisticFit(0.01, 0.3, 1_000);
    assertEquals(fit.fit(separable(), "bias"), fit.fit(separable(), "bias"));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LogisticFit(-1, 0.1, 10));
    assertThrows(IllegalArgumentException.class, () -> new LogisticFit(0, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new LogisticFit(0, 0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> new LogisticFit(0, 0.1, 10).fit(List.of(), "bias"));
  }
}
