package dev.claimex.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Logistic regression fitted by plain batch gradient descent on the mean log loss with an L2 penalty (not on the
 * bias), from zero weights, for a fixed number of steps: the same examples in the same order give the same weights.
 *
 * <pre>
 * Map&lt;String, Double&gt; weights = new LogisticFit(0.01, 0.2, 20_000).fit(examples, "bias");
 * </pre>
 *
 * @param l2 the penalty on the squared weights (λ/2 · Σw²)
 * @param rate the step size
 * @param iterations the number of steps over the whole set
 */
record LogisticFit(double l2, double rate, int iterations) {

  /** One labelled example: named feature values and whether it is a positive. */
  record Example(ImmutableMap<String, Double> features, boolean positive) {
    Example {
      checkNotNull(features, "features");
    }
  }

  LogisticFit {
    checkArgument(l2 >= 0 && Double.isFinite(l2), "l2 must be >= 0: %s", l2);
    checkArgument(rate > 0 && Double.isFinite(rate), "rate must be > 0: %s", rate);
    checkArgument(iterations > 0, "iterations must be > 0: %s", iterations);
  }

  /** The weights of every feature some example has, by name; {@code bias} is the one the penalty spares. */
  ImmutableMap<String, Double> fit(List<Example> examples, String bias) {
    checkArgument(!examples.isEmpty(), "no examples to fit");
    List<String> names = new ArrayList<>(new TreeSet<>(examples.stream()
        .flatMap(e -> e.features().keySet().stream()).toList()));
    Map<String, Integer> position = new HashMap<>();
    names.forEach(name -> position.put(name, position.size()));
    int[][] index = new int[examples.size()][];
    double[][] value = new double[examples.size()][];
    double[] label = new double[examples.size()];
    for (int n = 0; n < examples.size(); n++) {
      Example e = examples.get(n);
      index[n] = new int[e.features().size()];
      value[n] = new double[e.features().size()];
      int k = 0;
      for (Map.Entry<String, Double> f : e.features().entrySet()) {
        index[n][k] = position.get(f.getKey());
        value[n][k++] = f.getValue();
      }
      label[n] = e.positive() ? 1 : 0;
    }
    int biasIndex = position.getOrDefault(bias, -1);
    double[] w = new double[names.size()];
    double[] gradient = new double[names.size()];
    for (int step = 0; step < iterations; step++) {
      Arrays.fill(gradient, 0);
      for (int n = 0; n < label.length; n++) {
        double error = sigmoid(dot(w, index[n], value[n])) - label[n];
        for (int k = 0; k < index[n].length; k++) {
          gradient[index[n][k]] += error * value[n][k];
        }
      }
      for (int j = 0; j < w.length; j++) {
        double penalty = j == biasIndex ? 0 : l2 * w[j];
        w[j] -= rate * (gradient[j] / label.length + penalty);
      }
    }
    ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
    for (int j = 0; j < w.length; j++) {
      weights.put(names.get(j), w[j]);
    }
    return weights.buildOrThrow();
  }

  /** The mean log loss of weights on examples. */
  static double logLoss(Map<String, Double> weights, List<Example> examples) {
    double loss = 0;
    for (Example e : examples) {
      double p = probability(weights, e.features());
      loss -= e.positive() ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
    }
    return loss / examples.size();
  }

  static double probability(Map<String, Double> weights, Map<String, Double> features) {
    double z = 0;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return sigmoid(z);
  }

  private static double dot(double[] w, int[] index, double[] value) {
    double z = 0;
    for (int k = 0; k < index.length; k++) {
      z += w[index[k]] * value[k];
    }
    return z;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
