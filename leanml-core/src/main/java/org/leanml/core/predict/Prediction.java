package org.leanml.core.predict;

import java.util.Arrays;

/**
 * One prediction: class probabilities over the output contract's labels (classification) or a value
 * (regression). Immutable.
 */
public final class Prediction {
  private static final double[] NONE = new double[0];

  private final double[] probabilities;
  private final double value;

  private Prediction(double[] probabilities, double value) {
    this.probabilities = probabilities;
    this.value = value;
  }

  /**
   * A classification prediction; the array is copied.
   *
   * @param probabilities one probability per label, in the output contract's order
   * @return the prediction
   * @throws IllegalArgumentException if fewer than two probabilities are given, one is outside
   *     {@code [0, 1]} or NaN, or they do not sum to 1 within 1e-6
   */
  public static Prediction ofProbabilities(double... probabilities) {
    if (probabilities.length < 2) {
      throw new IllegalArgumentException(
          "need a probability per class (at least 2) but got " + probabilities.length);
    }
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probability " + i + " is " + p + ", outside [0, 1]");
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException(
          "probabilities sum to " + sum + ", not 1: " + Arrays.toString(probabilities));
    }
    return new Prediction(probabilities.clone(), Double.NaN);
  }

  /**
   * A regression prediction.
   *
   * @param value the predicted value
   * @return the prediction
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static Prediction ofValue(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("predicted value must be finite but was " + value);
    }
    return new Prediction(NONE, value);
  }

  /**
   * Whether this is a classification prediction.
   *
   * @return {@code true} when it holds class probabilities
   */
  public boolean isClassification() {
    return probabilities.length > 0;
  }

  /**
   * The number of classes ({@code 0} for regression).
   *
   * @return the class count
   */
  public int classCount() {
    return probabilities.length;
  }

  /**
   * The probability of one class.
   *
   * @param classIndex the index in the output contract's labels
   * @return the probability
   * @throws IndexOutOfBoundsException if the index is out of range (always, for regression)
   */
  public double probability(int classIndex) {
    return probabilities[classIndex];
  }

  /**
   * A copy of the class probabilities (empty for regression).
   *
   * @return a new array
   */
  public double[] probabilities() {
    return probabilities.clone();
  }

  /**
   * The index of the most probable class; the lowest index wins ties.
   *
   * @return the class index
   * @throws IllegalStateException for a regression prediction
   */
  public int argMax() {
    if (probabilities.length == 0) {
      throw new IllegalStateException("a regression prediction has no class");
    }
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The predicted value.
   *
   * @return the value
   * @throws IllegalStateException for a classification prediction
   */
  public double value() {
    if (probabilities.length > 0) {
      throw new IllegalStateException("a classification prediction has no value");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prediction p
        && Arrays.equals(probabilities, p.probabilities)
        && Double.compare(value, p.value) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(probabilities) + Double.hashCode(value);
  }

  @Override
  public String toString() {
    return isClassification()
        ? "Prediction" + Arrays.toString(probabilities)
        : "Prediction[value=" + value + "]";
  }
}
