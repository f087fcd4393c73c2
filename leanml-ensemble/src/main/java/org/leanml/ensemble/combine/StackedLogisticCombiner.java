package org.leanml.ensemble.combine;

import java.util.Arrays;
import org.leanml.core.contract.OutputContract;

/**
 * Stacking for classification: a multinomial logistic-regression meta-model over the members' class
 * probabilities. With {@code K} classes each member contributes its probabilities of the first
 * {@code K - 1} classes (the last is implied); class {@code c < K - 1} gets the linear predictor
 * {@code eta[c] = intercept[c] + sum of coefficient * feature}, the last class {@code 0}, and the
 * result is their softmax.
 *
 * <p>An abstaining member's features are replaced by its mean out-of-fold features ({@link
 * #fill()}), the meta-model's best guess when that member is silent.
 *
 * <p>Reference: D. H. Wolpert, "Stacked generalization", Neural Networks 5(2), 1992, doi:<a
 * href="https://doi.org/10.1016/S0893-6080(05)80023-1">10.1016/S0893-6080(05)80023-1</a>.
 */
public final class StackedLogisticCombiner implements Combiner {
  private final int classes;
  private final int members;
  private final double[][] coefficients;
  private final double[] fill;

  /**
   * A stacked meta-model from its parameters.
   *
   * @param classes the number of classes {@code K >= 2}
   * @param coefficients {@code K - 1} rows of {@code 1 + members * (K - 1)} entries: the intercept,
   *     then member 0's features, member 1's, ...
   * @param fill per member, the {@code K - 1} features used when it abstains
   * @throws IllegalArgumentException if the shapes disagree or a number is not finite
   */
  public StackedLogisticCombiner(int classes, double[][] coefficients, double[] fill) {
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be >= 2 but was " + classes);
    }
    int f = classes - 1;
    if (fill.length == 0 || fill.length % f != 0) {
      throw new IllegalArgumentException(
          "fill has " + fill.length + " entries, not a positive multiple of " + f);
    }
    this.classes = classes;
    this.members = fill.length / f;
    if (coefficients.length != f) {
      throw new IllegalArgumentException(
          "coefficients has " + coefficients.length + " rows but " + f + " are needed");
    }
    this.coefficients = new double[f][];
    for (int c = 0; c < f; c++) {
      if (coefficients[c].length != 1 + members * f) {
        throw new IllegalArgumentException(
            "coefficients["
                + c
                + "] has "
                + coefficients[c].length
                + " entries but "
                + (1 + members * f)
                + " are needed for "
                + members
                + " members");
      }
      this.coefficients[c] = requireFinite(coefficients[c], "coefficients[" + c + "]");
    }
    this.fill = requireFinite(fill, "fill");
  }

  private static double[] requireFinite(double[] v, String field) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(field + "[" + i + "] must be finite but was " + v[i]);
      }
    }
    return v.clone();
  }

  /**
   * The number of classes.
   *
   * @return {@code K}
   */
  public int classes() {
    return classes;
  }

  /**
   * The meta-model's coefficients.
   *
   * @return a deep copy, {@code K - 1} rows
   */
  public double[][] coefficients() {
    double[][] c = new double[coefficients.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = coefficients[i].clone();
    }
    return c;
  }

  /**
   * The features used for an abstaining member.
   *
   * @return a copy, {@code members * (K - 1)} entries
   */
  public double[] fill() {
    return fill.clone();
  }

  @Override
  public String kind() {
    return "stacked-logistic";
  }

  @Override
  public boolean symmetric() {
    return false;
  }

  @Override
  public void checkFits(int memberCount, OutputContract output) {
    if (!output.isClassification() || output.labels().size() != classes) {
      throw new IllegalArgumentException(
          "the stacked meta-model predicts "
              + classes
              + " classes but the ensemble's output is "
              + output.task()
              + " "
              + output.labels());
    }
    if (memberCount != members) {
      throw new IllegalArgumentException(
          "the stacked meta-model was fitted on "
              + members
              + " members but the ensemble has "
              + memberCount
              + " members");
    }
  }

  @Override
  public void combine(double[] outputs, boolean[] present, double[] out) {
    int f = classes - 1;
    for (int c = 0; c < f; c++) {
      double[] b = coefficients[c];
      double eta = b[0];
      for (int m = 0; m < members; m++) {
        int fb = m * f;
        if (present[m]) {
          int ob = m * classes;
          for (int j = 0; j < f; j++) {
            eta += b[1 + fb + j] * outputs[ob + j];
          }
        } else {
          for (int j = 0; j < f; j++) {
            eta += b[1 + fb + j] * fill[fb + j];
          }
        }
      }
      out[c] = eta;
    }
    out[f] = 0;
    softmaxInPlace(out);
  }

  static void softmaxInPlace(double[] eta) {
    double max = Double.NEGATIVE_INFINITY;
    for (double e : eta) {
      max = Math.max(max, e);
    }
    double sum = 0;
    for (int c = 0; c < eta.length; c++) {
      eta[c] = Math.exp(eta[c] - max);
      sum += eta[c];
    }
    for (int c = 0; c < eta.length; c++) {
      eta[c] /= sum;
    }
  }

  /**
   * Attributes the linear predictors: the baseline holds the intercepts and the terms of abstaining
   * members' fill features; each present member contributes its own terms.
   */
  @Override
  public Attribution attribute(double[] outputs, boolean[] present, int width) {
    int f = classes - 1;
    double[] baseline = new double[classes];
    double[][] contrib = new double[members][classes];
    for (int c = 0; c < f; c++) {
      double[] b = coefficients[c];
      baseline[c] = b[0];
      for (int m = 0; m < members; m++) {
        int fb = m * f;
        for (int j = 0; j < f; j++) {
          if (present[m]) {
            contrib[m][c] += b[1 + fb + j] * outputs[m * classes + j];
          } else {
            baseline[c] += b[1 + fb + j] * fill[fb + j];
          }
        }
      }
    }
    return new Attribution(Attribution.Scale.LOG_ODDS, baseline, contrib);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackedLogisticCombiner s
        && classes == s.classes
        && Arrays.deepEquals(coefficients, s.coefficients)
        && Arrays.equals(fill, s.fill);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(coefficients) + Arrays.hashCode(fill);
  }

  @Override
  public String toString() {
    return "StackedLogisticCombiner[" + classes + " classes, " + members + " members]";
  }
}
