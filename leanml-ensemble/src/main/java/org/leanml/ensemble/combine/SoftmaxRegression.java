package org.leanml.ensemble.combine;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * L2-penalised multinomial logistic regression fitted by {@link Lbfgs}: the solver behind the
 * stacked logistic meta-model.
 *
 * <p>Design: rows are held sparsely (feature indices and values, exact zeros left out; feature 0 is
 * the intercept, always 1), because member probabilities are often exactly 0 — a tree leaf knows a
 * few classes only. Class {@code c < modelled} gets the linear predictor {@code eta[c] = theta[c] .
 * x}; when {@code modelled == classes - 1} the last class is the reference with {@code eta = 0},
 * otherwise every class has its own row (scikit-learn's symmetric multinomial form). The objective
 * is the <em>summed</em> negative log-likelihood plus {@code lambda / 2} times the squared
 * non-intercept parameters, which is scikit-learn's {@code LogisticRegression(C = 1 / lambda)}:
 * {@code C} multiplies the summed loss, so {@code lambda} does not grow with the number of rows.
 * Evaluation runs over rows in order in one thread: the fit is bit-for-bit repeatable.
 *
 * <p>Reference: J. Friedman, T. Hastie and R. Tibshirani, "Regularization paths for generalized
 * linear models via coordinate descent", Journal of Statistical Software 33(1), 2010, section 4
 * (the symmetric multinomial parameterisation with a ridge penalty), doi:<a
 * href="https://doi.org/10.18637/jss.v033.i01">10.18637/jss.v033.i01</a>.
 */
final class SoftmaxRegression implements Lbfgs.Objective {
  /** Stop when every entry of the gradient of the mean loss is at most this. */
  static final double GRADIENT_TOLERANCE = 1e-8;

  /** The most L-BFGS iterations. */
  static final int MAX_ITERATIONS = 5000;

  private final int[][] index;
  private final double[][] value;
  private final int[] y;
  private final int classes;
  private final int modelled;
  private final int d;
  private final double lambda;
  private final double[] eta;
  private final Executor executor;
  private final double[][] blockGradient;
  private final double[] blockValue;
  private final double[][] blockEta;

  /** Rows per block of the evaluation. */
  static final int BLOCK = 1024;

  /**
   * An objective over sparse rows.
   *
   * @param index per row, the indices of its non-zero features, the first being 0 (the intercept)
   * @param value per row, the values at those indices
   * @param y per row, the class index
   * @param classes the number of classes {@code K >= 2}
   * @param modelled {@code K} (symmetric) or {@code K - 1} (last class as reference)
   * @param d the number of features including the intercept
   * @param lambda the L2 penalty, {@code >= 0}
   * @param executor runs the blocks of rows of each evaluation
   */
  SoftmaxRegression(
      int[][] index,
      double[][] value,
      int[] y,
      int classes,
      int modelled,
      int d,
      double lambda,
      Executor executor) {
    this.index = index;
    this.value = value;
    this.y = y;
    this.classes = classes;
    this.modelled = modelled;
    this.d = d;
    this.lambda = lambda;
    this.eta = new double[classes];
    this.executor = Objects.requireNonNull(executor, "executor");
    int blocks = (y.length + BLOCK - 1) / BLOCK;
    this.blockGradient = new double[blocks > 1 ? blocks : 0][modelled * d];
    this.blockValue = new double[blocks];
    this.blockEta = new double[blocks > 1 ? blocks : 0][classes];
  }

  /**
   * Fits the parameters from zero.
   *
   * @return the result, its point {@code modelled} rows of {@code d} parameters, row-major
   */
  Lbfgs.Result fit() {
    double tolerance = GRADIENT_TOLERANCE * Math.max(1, y.length);
    Lbfgs.Result r = Lbfgs.minimise(this, new double[modelled * d], tolerance, MAX_ITERATIONS);
    double[] byFeature = r.x();
    double[] byClass = new double[byFeature.length];
    for (int a = 0; a < d; a++) {
      for (int c = 0; c < modelled; c++) {
        byClass[c * d + a] = byFeature[a * modelled + c];
      }
    }
    return new Lbfgs.Result(byClass, r.value(), r.gradientMax(), r.iterations(), r.converged());
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    // theta is feature-major here (theta[a * modelled + c]) so the inner loops run over classes
    // on contiguous memory; fit() hands callers the class-major layout.
    int n = y.length;
    double total;
    if (blockGradient.length == 0) {
      total = rows(0, n, theta, gradient, eta);
    } else {
      CompletableFuture<?>[] running = new CompletableFuture<?>[blockGradient.length];
      for (int b = 0; b < running.length; b++) {
        int block = b;
        running[b] =
            CompletableFuture.runAsync(
                () ->
                    blockValue[block] =
                        rows(
                            block * BLOCK,
                            Math.min(n, (block + 1) * BLOCK),
                            theta,
                            blockGradient[block],
                            blockEta[block]),
                executor);
      }
      try {
        CompletableFuture.allOf(running).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
      Arrays.fill(gradient, 0.0);
      total = 0;
      for (int b = 0; b < running.length; b++) {
        total += blockValue[b];
        double[] g = blockGradient[b];
        for (int q = 0; q < g.length; q++) {
          gradient[q] += g[q];
        }
      }
    }
    double penalty = 0;
    for (int q = modelled; q < theta.length; q++) {
      double w = theta[q];
      penalty += w * w;
      gradient[q] += lambda * w;
    }
    return total + lambda / 2 * penalty;
  }

  /** The summed loss of rows {@code [from, to)}; their gradient goes into {@code gradient}. */
  private double rows(int from, int to, double[] theta, double[] gradient, double[] e) {
    Arrays.fill(gradient, 0.0);
    int r = modelled;
    double total = 0;
    for (int i = from; i < to; i++) {
      int[] idx = index[i];
      double[] val = value[i];
      Arrays.fill(e, 0.0);
      for (int t = 0; t < idx.length; t++) {
        int base = idx[t] * r;
        double v = val[t];
        for (int c = 0; c < r; c++) {
          e[c] += theta[base + c] * v;
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, e[c]);
      }
      int yi = y[i];
      double etaY = e[yi];
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        e[c] = Math.exp(e[c] - max);
        sum += e[c];
      }
      total += max + Math.log(sum) - etaY;
      double inv = 1 / sum;
      for (int c = 0; c < r; c++) {
        e[c] = e[c] * inv - (c == yi ? 1 : 0);
      }
      for (int t = 0; t < idx.length; t++) {
        int base = idx[t] * r;
        double v = val[t];
        for (int c = 0; c < r; c++) {
          gradient[base + c] += e[c] * v;
        }
      }
    }
    return total;
  }
}
