package org.leanml.eval.metric;

/** Per-row losses shared by the metric and comparison code. */
public final class LossFunctions {
  /** Probabilities are clipped to {@code [EPS, 1 − EPS]} before the logarithm, as scikit-learn. */
  public static final double EPS = 1e-15;

  private LossFunctions() {}

  /**
   * The log loss of one binary row.
   *
   * @param truth 0 or 1
   * @param p the positive-class probability
   * @return {@code −log} of the probability given to the true class, clipped
   */
  public static double binaryLogLoss(int truth, double p) {
    double q = Math.min(1 - EPS, Math.max(EPS, p));
    return truth == 1 ? -Math.log(q) : -Math.log1p(-q);
  }

  /**
   * The log loss of one multiclass row.
   *
   * @param probabilityOfTruth the probability given to the true class
   * @return {@code −log} of it, clipped
   */
  public static double logLoss(double probabilityOfTruth) {
    return -Math.log(Math.min(1 - EPS, Math.max(EPS, probabilityOfTruth)));
  }

  /**
   * The Brier score of one binary row.
   *
   * @param truth 0 or 1
   * @param p the positive-class probability
   * @return {@code (p − truth)²}
   */
  public static double brier(int truth, double p) {
    double d = p - truth;
    return d * d;
  }
}
