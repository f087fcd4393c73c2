package org.leanml.ensemble.combine;

/**
 * Fits the stacking meta-models on out-of-fold member outputs, deterministically.
 *
 * <p><b>Logistic (classification).</b> Multinomial logistic regression with the last class as
 * reference, features the members' probabilities of the first {@code K - 1} classes and an
 * intercept per free class. It minimises the negative log-likelihood plus {@code lambda / 2} times
 * the squared coefficients (intercepts unpenalised) by Newton's method with step halving; each
 * Newton system is solved by Cholesky decomposition. For a binary task this is the same objective
 * as scikit-learn's {@code LogisticRegression(C = 1 / lambda)}, so the fitted probabilities agree.
 * The Hessian has {@code ((K - 1) (1 + members (K - 1)))^2} entries, which is small for the few
 * members and classes of an ensemble.
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
 * href="https://doi.org/10.1007/BF00117832">10.1007/BF00117832</a>.
 */
public final class MetaModels {
  private static final int MAX_NEWTON = 100;

  /** The largest logistic meta-model (free classes times features plus intercept) fitted. */
  public static final int MAX_LOGISTIC_PARAMETERS = 600;

  private MetaModels() {}

  /**
   * Fits a stacked logistic meta-model.
   *
   * @param oof out-of-fold member probabilities of a classification ensemble
   * @param lambda the L2 penalty on coefficients, {@code >= 0}
   * @return the combiner
   * @throws IllegalArgumentException if the task is regression, there are no rows, the model has
   *     more than {@link #MAX_LOGISTIC_PARAMETERS} parameters, or the Newton system is singular
   *     (e.g. {@code lambda == 0} with perfectly separable data)
   */
  public static StackedLogisticCombiner logistic(OutOfFoldPredictions oof, double lambda) {
    if (!oof.output().isClassification()) {
      throw new IllegalArgumentException("a logistic meta-model needs a classification task");
    }
    int n = oof.rowCount();
    if (n == 0) {
      throw new IllegalArgumentException("stacking needs out-of-fold predictions but got none");
    }
    int k = oof.width();
    int f = k - 1;
    int members = oof.memberCount();
    int d = 1 + members * f;
    if (f * d > MAX_LOGISTIC_PARAMETERS) {
      throw new IllegalArgumentException(
          "a stacked logistic meta-model over "
              + members
              + " members and "
              + k
              + " classes has "
              + f * d
              + " parameters, more than the "
              + MAX_LOGISTIC_PARAMETERS
              + " its exact Newton solver handles; use learned weights for many classes");
    }
    double[] fill = meanFeatures(oof, k, f);
    double[][] x = new double[n][d];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = 1;
      for (int m = 0; m < members; m++) {
        for (int j = 0; j < f; j++) {
          x[i][1 + m * f + j] = oof.present()[i][m] ? oof.outputs()[i][m * k + j] : fill[m * f + j];
        }
      }
      y[i] = (int) oof.truth()[i];
    }
    int p = f * d;
    double[] theta = new double[p];
    double obj = logisticObjective(x, y, theta, f, d, lambda);
    double[] grad = new double[p];
    double[][] hess = new double[p][p];
    double[] eta = new double[k];
    for (int it = 0; it < MAX_NEWTON; it++) {
      java.util.Arrays.fill(grad, 0.0);
      for (double[] row : hess) {
        java.util.Arrays.fill(row, 0.0);
      }
      for (int i = 0; i < n; i++) {
        probabilities(x[i], theta, f, d, eta);
        double[] xi = x[i];
        for (int c = 0; c < f; c++) {
          double r = eta[c] - (y[i] == c ? 1 : 0);
          for (int a = 0; a < d; a++) {
            grad[c * d + a] += xi[a] * r;
          }
          for (int c2 = 0; c2 < f; c2++) {
            double wgt = eta[c] * ((c == c2 ? 1 : 0) - eta[c2]);
            if (wgt == 0) {
              continue;
            }
            for (int a = 0; a < d; a++) {
              double xa = xi[a] * wgt;
              double[] hrow = hess[c * d + a];
              for (int b = 0; b < d; b++) {
                hrow[c2 * d + b] += xa * xi[b];
              }
            }
          }
        }
      }
      for (int c = 0; c < f; c++) {
        for (int a = 1; a < d; a++) {
          grad[c * d + a] += lambda * theta[c * d + a];
          hess[c * d + a][c * d + a] += lambda;
        }
      }
      double[] step = solveSymmetric(hess, grad);
      double t = 1;
      double[] candidate = new double[p];
      double candObj = obj;
      boolean improved = false;
      for (int halving = 0; halving < 40; halving++) {
        for (int q = 0; q < p; q++) {
          candidate[q] = theta[q] - t * step[q];
        }
        candObj = logisticObjective(x, y, candidate, f, d, lambda);
        if (candObj <= obj) {
          improved = true;
          break;
        }
        t /= 2;
      }
      if (!improved) {
        break;
      }
      double maxStep = 0;
      for (int q = 0; q < p; q++) {
        maxStep = Math.max(maxStep, Math.abs(candidate[q] - theta[q]));
      }
      theta = candidate;
      double previous = obj;
      obj = candObj;
      if (maxStep < 1e-10 || previous - obj <= 1e-15 * Math.max(1, Math.abs(obj))) {
        break;
      }
    }
    double[][] coefficients = new double[f][d];
    for (int c = 0; c < f; c++) {
      System.arraycopy(theta, c * d, coefficients[c], 0, d);
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

  private static void probabilities(double[] x, double[] theta, int f, int d, double[] out) {
    for (int c = 0; c < f; c++) {
      double e = 0;
      for (int a = 0; a < d; a++) {
        e += theta[c * d + a] * x[a];
      }
      out[c] = e;
    }
    out[f] = 0;
    StackedLogisticCombiner.softmaxInPlace(out);
  }

  private static double logisticObjective(
      double[][] x, int[] y, double[] theta, int f, int d, double lambda) {
    double total = 0;
    double[] eta = new double[f + 1];
    for (int i = 0; i < x.length; i++) {
      double max = 0;
      for (int c = 0; c < f; c++) {
        double e = 0;
        for (int a = 0; a < d; a++) {
          e += theta[c * d + a] * x[i][a];
        }
        eta[c] = e;
        max = Math.max(max, e);
      }
      eta[f] = 0;
      double sum = 0;
      for (int c = 0; c <= f; c++) {
        sum += Math.exp(eta[c] - max);
      }
      total += max + Math.log(sum) - eta[y[i]];
    }
    double penalty = 0;
    for (int c = 0; c < f; c++) {
      for (int a = 1; a < d; a++) {
        penalty += theta[c * d + a] * theta[c * d + a];
      }
    }
    return total + lambda / 2 * penalty;
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
