package org.leanml.ensemble.combine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the stacking meta-models on out-of-fold member outputs, deterministically.
 *
 * <p><b>Logistic (classification).</b> Multinomial logistic regression with an intercept per class
 * minimising the <em>summed</em> negative log-likelihood over the rows plus {@code lambda / 2}
 * times the squared coefficients (intercepts unpenalised): exactly scikit-learn's {@code
 * LogisticRegression(C = 1 / lambda)}, whose {@code C} multiplies the summed loss, so the default
 * {@code lambda = 1} is scikit-learn's default {@code C = 1} and the penalty's weight relative to
 * the data does not shrink or grow with the number of rows. For two classes the features are each
 * member's probability of the first class (the binomial model); for more, every member's
 * probabilities of all {@code K} classes and a coefficient row per class (the symmetric multinomial
 * model scikit-learn fits for a multiclass {@code StackingClassifier}). It is solved by L-BFGS
 * ({@link Lbfgs}) over sparse rows, to a gradient of the mean loss below {@code 1e-8}; each
 * iteration costs one pass over the non-zero features, so 26 classes and two members (1,378
 * parameters) fit in seconds. The fit is stored with the last class as reference (see {@link
 * StackedLogisticCombiner}), which predicts the same probabilities.
 *
 * <p><b>Linear (regression).</b> Ridge regression of the target on the members' values with an
 * unpenalised intercept, minimising the residual sum of squares plus {@code lambda} times the
 * squared coefficients (scikit-learn's {@code Ridge(alpha = lambda)}), solved exactly through the
 * normal equations.
 *
 * <p>Rows where a member abstained use that member's mean out-of-fold features, which the combiner
 * also stores to use at prediction time.
 *
 * <p>References: D. H. Wolpert, "Stacked generalization", Neural Networks 5(2), 1992, doi:<a
 * href="https://doi.org/10.1016/S0893-6080(05)80023-1">10.1016/S0893-6080(05)80023-1</a>; L.
 * Breiman, "Stacked regressions", Machine Learning 24, 1996, doi:<a
 * href="https://doi.org/10.1007/BF00117832">10.1007/BF00117832</a>; D. C. Liu and J. Nocedal, "On
 * the limited memory BFGS method for large scale optimization", Mathematical Programming 45, 1989,
 * doi:<a href="https://doi.org/10.1007/BF01589116">10.1007/BF01589116</a>.
 */
public final class MetaModels {
  private static final Logger LOG = LoggerFactory.getLogger(MetaModels.class);

  /**
   * Formerly the largest logistic meta-model the exact Newton solver accepted. The L-BFGS solver
   * has no such limit; nothing reads this constant any more.
   *
   * @deprecated no longer enforced; kept so code that referred to it still compiles
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public static final int MAX_LOGISTIC_PARAMETERS = 600;

  private MetaModels() {}

  /**
   * Fits a stacked logistic meta-model.
   *
   * @param oof out-of-fold member probabilities of a classification ensemble; each member's
   *     probabilities sum to 1
   * @param lambda the L2 penalty on coefficients, {@code >= 0}: {@code 1 / C} of scikit-learn's
   *     {@code LogisticRegression}, applied to the summed (not the mean) log loss
   * @return the combiner
   * @throws IllegalArgumentException if the task is regression, there are no rows, or {@code
   *     lambda} is negative or not finite
   */
  public static StackedLogisticCombiner logistic(OutOfFoldPredictions oof, double lambda) {
    return logistic(oof, lambda, Runnable::run);
  }

  /**
   * Fits a stacked logistic meta-model, evaluating blocks of rows on an executor. The result is
   * bit-for-bit the same as {@link #logistic(OutOfFoldPredictions, double)}'s whatever the
   * executor.
   *
   * @param oof out-of-fold member probabilities of a classification ensemble; each member's
   *     probabilities sum to 1
   * @param lambda the L2 penalty on coefficients, {@code >= 0}: {@code 1 / C} of scikit-learn's
   *     {@code LogisticRegression}, applied to the summed (not the mean) log loss
   * @param executor runs blocks of rows ({@code Runnable::run} for the calling thread)
   * @return the combiner
   * @throws IllegalArgumentException if the task is regression, there are no rows, or {@code
   *     lambda} is negative or not finite
   * @throws NullPointerException if the executor is null
   */
  public static StackedLogisticCombiner logistic(
      OutOfFoldPredictions oof, double lambda, java.util.concurrent.Executor executor) {
    if (!oof.output().isClassification()) {
      throw new IllegalArgumentException("a logistic meta-model needs a classification task");
    }
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("lambda must be finite and >= 0 but was " + lambda);
    }
    int n = oof.rowCount();
    if (n == 0) {
      throw new IllegalArgumentException("stacking needs out-of-fold predictions but got none");
    }
    int k = oof.width();
    int members = oof.memberCount();
    // Binary: one row over each member's probability of the first class (scikit-learn's binomial
    // model). More classes: a row per class over all K probabilities of every member, as
    // scikit-learn's multinomial StackingClassifier sees them; the L2 penalty is not invariant
    // to the choice of a reference class, so only this form reproduces scikit-learn's fit.
    boolean symmetric = k > 2;
    int per = symmetric ? k : k - 1;
    int modelled = symmetric ? k : k - 1;
    int d = 1 + members * per;
    double[] fillAll = meanFeatures(oof, k, per);
    int[][] index = new int[n][];
    double[][] value = new double[n][];
    int[] y = new int[n];
    int[] idxBuf = new int[d];
    double[] valBuf = new double[d];
    for (int i = 0; i < n; i++) {
      int nz = 0;
      idxBuf[nz] = 0;
      valBuf[nz++] = 1;
      for (int m = 0; m < members; m++) {
        for (int j = 0; j < per; j++) {
          double v = oof.present()[i][m] ? oof.outputs()[i][m * k + j] : fillAll[m * per + j];
          if (v != 0) {
            idxBuf[nz] = 1 + m * per + j;
            valBuf[nz++] = v;
          }
        }
      }
      index[i] = java.util.Arrays.copyOf(idxBuf, nz);
      value[i] = java.util.Arrays.copyOf(valBuf, nz);
      y[i] = (int) oof.truth()[i];
    }
    Lbfgs.Result fit =
        new SoftmaxRegression(index, value, y, k, modelled, d, lambda, executor).fit();
    if (!fit.converged()) {
      LOG.debug(
          "stacked logistic meta-model stopped after {} iterations with gradient {} (tolerance"
              + " {} per row)",
          fit.iterations(),
          fit.gradientMax(),
          SoftmaxRegression.GRADIENT_TOLERANCE);
    }
    double[] theta = fit.x();
    int f = k - 1;
    if (!symmetric) {
      double[][] coefficients = new double[f][d];
      for (int c = 0; c < f; c++) {
        System.arraycopy(theta, c * d, coefficients[c], 0, d);
      }
      return new StackedLogisticCombiner(k, coefficients, fillAll);
    }
    return toReferenceForm(theta, k, members, fillAll);
  }

  /**
   * Rewrites a symmetric fit (a row per class over all {@code K} probabilities of each member) in
   * the stored form of {@link StackedLogisticCombiner}: the last class as reference and each
   * member's first {@code K - 1} probabilities. Both give the same probabilities whenever each
   * member's probabilities sum to 1: the last probability is {@code 1 -} the others, so its
   * coefficient moves into the intercept and off the others, and subtracting the last class's row
   * from every row leaves the softmax unchanged.
   */
  static StackedLogisticCombiner toReferenceForm(
      double[] theta, int k, int members, double[] fillAll) {
    int f = k - 1;
    int d = 1 + members * k;
    double[][] folded = new double[k][1 + members * f];
    for (int c = 0; c < k; c++) {
      double intercept = theta[c * d];
      for (int m = 0; m < members; m++) {
        double last = theta[c * d + 1 + m * k + f];
        intercept += last;
        for (int j = 0; j < f; j++) {
          folded[c][1 + m * f + j] = theta[c * d + 1 + m * k + j] - last;
        }
      }
      folded[c][0] = intercept;
    }
    double[][] coefficients = new double[f][1 + members * f];
    for (int c = 0; c < f; c++) {
      for (int a = 0; a < coefficients[c].length; a++) {
        coefficients[c][a] = folded[c][a] - folded[f][a];
      }
    }
    double[] fill = new double[members * f];
    for (int m = 0; m < members; m++) {
      System.arraycopy(fillAll, m * k, fill, m * f, f);
    }
    return new StackedLogisticCombiner(k, coefficients, fill);
  }

  /**
   * Fits a stacked linear (ridge) meta-model.
   *
   * @param oof out-of-fold member values of a regression ensemble
   * @param lambda the L2 penalty on coefficients, {@code >= 0}
   * @return the combiner
   * @throws IllegalArgumentException if the task is classification, there are no rows, or the
   *     normal equations are singular (e.g. {@code lambda == 0} with identical members)
   */
  public static StackedLinearCombiner linear(OutOfFoldPredictions oof, double lambda) {
    if (oof.output().isClassification()) {
      throw new IllegalArgumentException("a linear meta-model needs a regression task");
    }
    int n = oof.rowCount();
    if (n == 0) {
      throw new IllegalArgumentException("stacking needs out-of-fold predictions but got none");
    }
    int members = oof.memberCount();
    double[] fill = meanFeatures(oof, 1, 1);
    int d = 1 + members;
    double[][] a = new double[d][d];
    double[] b = new double[d];
    double[] x = new double[d];
    for (int i = 0; i < n; i++) {
      x[0] = 1;
      for (int m = 0; m < members; m++) {
        x[1 + m] = oof.present()[i][m] ? oof.outputs()[i][m] : fill[m];
      }
      double y = oof.truth()[i];
      for (int r = 0; r < d; r++) {
        b[r] += x[r] * y;
        for (int c = 0; c < d; c++) {
          a[r][c] += x[r] * x[c];
        }
      }
    }
    for (int r = 1; r < d; r++) {
      a[r][r] += lambda;
    }
    double[] beta = solveSymmetric(a, b);
    double[] coefficients = new double[members];
    System.arraycopy(beta, 1, coefficients, 0, members);
    return new StackedLinearCombiner(beta[0], coefficients, fill);
  }

  /** Per member, the mean of its first {@code f} outputs over the rows where it was present. */
  private static double[] meanFeatures(OutOfFoldPredictions oof, int k, int f) {
    int members = oof.memberCount();
    double[] sum = new double[members * f];
    int[] count = new int[members];
    for (int i = 0; i < oof.rowCount(); i++) {
      for (int m = 0; m < members; m++) {
        if (oof.present()[i][m]) {
          count[m]++;
          for (int j = 0; j < f; j++) {
            sum[m * f + j] += oof.outputs()[i][m * k + j];
          }
        }
      }
    }
    for (int m = 0; m < members; m++) {
      for (int j = 0; j < f; j++) {
        sum[m * f + j] = count[m] == 0 ? 0 : sum[m * f + j] / count[m];
      }
    }
    return sum;
  }

  /** Solves {@code a x = b} for symmetric positive-definite {@code a} by Cholesky. */
  static double[] solveSymmetric(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 1e-300)) {
            throw new IllegalArgumentException(
                "the meta-model's normal equations are singular (pivot "
                    + i
                    + " is "
                    + s
                    + "); use a positive lambda");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * z[k];
      }
      z[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
