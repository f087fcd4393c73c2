package org.leanml.ensemble.combine;

import java.util.Arrays;
import org.leanml.core.contract.OutputContract;

/**
 * Stacking for regression: a linear meta-model {@code intercept + sum of coefficient[m] * value[m]}
 * over the members' predicted values. An abstaining member's value is replaced by its mean
 * out-of-fold value ({@link #fill()}).
 *
 * <p>Reference: L. Breiman, "Stacked regressions", Machine Learning 24, 1996, doi:<a
 * href="https://doi.org/10.1007/BF00117832">10.1007/BF00117832</a>.
 */
public final class StackedLinearCombiner implements Combiner {
  private final double intercept;
  private final double[] coefficients;
  private final double[] fill;

  /**
   * A linear meta-model from its parameters.
   *
   * @param intercept the intercept
   * @param coefficients one coefficient per member
   * @param fill one value per member, used when it abstains
   * @throws IllegalArgumentException if the lengths differ, are zero, or a number is not finite
   */
  public StackedLinearCombiner(double intercept, double[] coefficients, double[] fill) {
    if (coefficients.length == 0 || coefficients.length != fill.length) {
      throw new IllegalArgumentException(
          "coefficients has "
              + coefficients.length
              + " entries and fill "
              + fill.length
              + "; both need one per member");
    }
    if (!Double.isFinite(intercept)) {
      throw new IllegalArgumentException("intercept must be finite but was " + intercept);
    }
    for (int i = 0; i < fill.length; i++) {
      if (!Double.isFinite(coefficients[i]) || !Double.isFinite(fill[i])) {
        throw new IllegalArgumentException(
            "coefficients[" + i + "] and fill[" + i + "] must be finite");
      }
    }
    this.intercept = intercept;
    this.coefficients = coefficients.clone();
    this.fill = fill.clone();
  }

  /**
   * The intercept.
   *
   * @return the intercept
   */
  public double intercept() {
    return intercept;
  }

  /**
   * The coefficients, one per member.
   *
   * @return a copy
   */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /**
   * The values used for abstaining members.
   *
   * @return a copy
   */
  public double[] fill() {
    return fill.clone();
  }

  @Override
  public String kind() {
    return "stacked-linear";
  }

  @Override
  public boolean symmetric() {
    return false;
  }

  @Override
  public void checkFits(int memberCount, OutputContract output) {
    if (output.isClassification()) {
      throw new IllegalArgumentException(
          "a stacked linear meta-model needs a regression task but the ensemble's task is "
              + output.task());
    }
    if (memberCount != coefficients.length) {
      throw new IllegalArgumentException(
          "coefficients has "
              + coefficients.length
              + " entries but the ensemble has "
              + memberCount
              + " members");
    }
  }

  @Override
  public void combine(double[] outputs, boolean[] present, double[] out) {
    double v = intercept;
    for (int m = 0; m < coefficients.length; m++) {
      v += coefficients[m] * (present[m] ? outputs[m] : fill[m]);
    }
    out[0] = v;
  }

  @Override
  public Attribution attribute(double[] outputs, boolean[] present, int width) {
    double[] baseline = {intercept};
    double[][] contrib = new double[coefficients.length][1];
    for (int m = 0; m < coefficients.length; m++) {
      if (present[m]) {
        contrib[m][0] = coefficients[m] * outputs[m];
      } else {
        baseline[0] += coefficients[m] * fill[m];
      }
    }
    return new Attribution(Attribution.Scale.VALUE, baseline, contrib);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackedLinearCombiner s
        && Double.compare(intercept, s.intercept) == 0
        && Arrays.equals(coefficients, s.coefficients)
        && Arrays.equals(fill, s.fill);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(coefficients) + Double.hashCode(intercept);
  }

  @Override
  public String toString() {
    return "StackedLinearCombiner[intercept="
        + intercept
        + ", "
        + Arrays.toString(coefficients)
        + "]";
  }
}
