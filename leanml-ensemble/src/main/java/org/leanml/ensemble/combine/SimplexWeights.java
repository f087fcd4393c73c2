package org.leanml.ensemble.combine;

import java.util.Arrays;

/**
 * Learns ensemble weights on the probability simplex (non-negative, summing to 1) from out-of-fold
 * member outputs. Deterministic: no randomness, fixed iteration order.
 *
 * <p><b>Log loss (classification).</b> The combined probability of row {@code i}'s true class is
 * the mixture {@code q_i = sum_m w_m p_mi}; minimising {@code -sum_i log q_i} over the simplex is
 * maximum-likelihood estimation of mixture proportions with fixed components, solved by the EM
 * fixed point {@code w_m <- w_m * mean_i(p_mi / q_i)}. Each step keeps the weights on the simplex
 * and never increases the loss; the problem is convex, so the limit is the global minimum.
 * Probabilities are floored at {@code 1e-15}. Rows where a member abstained are skipped.
 *
 * <p><b>Squared error (regression).</b> {@code sum_i (y_i - sum_m w_m v_mi)^2} is minimised by
 * accelerated projected gradient (FISTA) with step {@code 1/L}, {@code L} the trace bound on the
 * gradient's Lipschitz constant, and Euclidean projection onto the simplex.
 *
 * <p>References: A. P. Dempster, N. M. Laird, D. B. Rubin, "Maximum likelihood from incomplete data
 * via the EM algorithm", JRSS B 39(1), 1977, doi:<a
 * href="https://doi.org/10.1111/j.2517-6161.1977.tb01600.x">10.1111/j.2517-6161.1977.tb01600.x</a>;
 * J. Duchi, S. Shalev-Shwartz, Y. Singer, T. Chandra, "Efficient projections onto the l1-ball for
 * learning in high dimensions", ICML 2008, doi:<a
 * href="https://doi.org/10.1145/1390156.1390191">10.1145/1390156.1390191</a>; A. Beck, M. Teboulle,
 * "A fast iterative shrinkage-thresholding algorithm", SIAM J. Imaging Sci. 2(1), 2009, doi:<a
 * href="https://doi.org/10.1137/080716542">10.1137/080716542</a>.
 */
public final class SimplexWeights {
  private static final double FLOOR = 1e-15;
  private static final int MAX_ITERATIONS = 20_000;
  private static final double TOLERANCE = 1e-12;

  private SimplexWeights() {}

  /**
   * Weights minimising the log loss of the weighted mean of member probabilities.
   *
   * @param oof out-of-fold member probabilities of a classification ensemble
   * @return one weight per member, non-negative, summing to 1
   * @throws IllegalArgumentException if the task is regression or no row has every member present
   */
  public static double[] minimiseLogLoss(OutOfFoldPredictions oof) {
    if (!oof.output().isClassification()) {
      throw new IllegalArgumentException("log-loss weights need a classification task");
    }
    int members = oof.memberCount();
    int width = oof.width();
    // p[i][m]: member m's probability of row i's true class, over complete rows only.
    double[][] p = new double[oof.rowCount()][];
    int n = 0;
    for (int r = 0; r < oof.rowCount(); r++) {
      if (!allPresent(oof.present()[r])) {
        continue;
      }
      int y = (int) oof.truth()[r];
      double[] row = new double[members];
      for (int m = 0; m < members; m++) {
        row[m] = Math.max(FLOOR, oof.outputs()[r][m * width + y]);
      }
      p[n++] = row;
    }
    if (n == 0) {
      throw new IllegalArgumentException("no out-of-fold row has every member present");
    }
    double[] w = new double[members];
    Arrays.fill(w, 1.0 / members);
    double[] next = new double[members];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      Arrays.fill(next, 0.0);
      for (int i = 0; i < n; i++) {
        double[] row = p[i];
        double q = 0;
        for (int m = 0; m < members; m++) {
          q += w[m] * row[m];
        }
        for (int m = 0; m < members; m++) {
          next[m] += row[m] / q;
        }
      }
      double sum = 0;
      for (int m = 0; m < members; m++) {
        next[m] = w[m] * next[m] / n;
        sum += next[m];
      }
      double change = 0;
      for (int m = 0; m < members; m++) {
        double v = next[m] / sum;
        change = Math.max(change, Math.abs(v - w[m]));
        w[m] = v;
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  /**
   * Weights minimising the squared error of the weighted mean of member values.
   *
   * @param oof out-of-fold member values of a regression ensemble
   * @return one weight per member, non-negative, summing to 1
   * @throws IllegalArgumentException if the task is classification or no row has every member
   *     present
   */
  public static double[] minimiseSquaredError(OutOfFoldPredictions oof) {
    if (oof.output().isClassification()) {
      throw new IllegalArgumentException("squared-error weights need a regression task");
    }
    int members = oof.memberCount();
    // Normal-equation pieces: G = V'V / n and b = V'y / n over complete rows.
    double[][] g = new double[members][members];
    double[] b = new double[members];
    int n = 0;
    for (int r = 0; r < oof.rowCount(); r++) {
      if (!allPresent(oof.present()[r])) {
        continue;
      }
      double[] v = oof.outputs()[r];
      double y = oof.truth()[r];
      for (int a = 0; a < members; a++) {
        b[a] += v[a] * y;
        for (int c = 0; c < members; c++) {
          g[a][c] += v[a] * v[c];
        }
      }
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("no out-of-fold row has every member present");
    }
    double trace = 0;
    for (int a = 0; a < members; a++) {
      b[a] /= n;
      for (int c = 0; c < members; c++) {
        g[a][c] /= n;
      }
      trace += g[a][a];
    }
    double step = trace > 0 ? 1.0 / (2 * trace) : 1.0;
    double[] w = new double[members];
    Arrays.fill(w, 1.0 / members);
    double[] z = w.clone();
    double[] next = new double[members];
    double t = 1;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      // gradient of (1/n)||y - Vw||^2 at z is 2 (G z - b)
      for (int a = 0; a < members; a++) {
        double grad = -b[a];
        for (int c = 0; c < members; c++) {
          grad += g[a][c] * z[c];
        }
        next[a] = z[a] - step * 2 * grad;
      }
      projectOntoSimplex(next);
      double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
      double change = 0;
      for (int a = 0; a < members; a++) {
        change = Math.max(change, Math.abs(next[a] - w[a]));
        z[a] = next[a] + ((t - 1) / tNext) * (next[a] - w[a]);
        w[a] = next[a];
      }
      t = tNext;
      if (change < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  /**
   * Euclidean projection onto {@code {w : w >= 0, sum w = 1}}, in place (Duchi et al. 2008).
   *
   * @param v the point, overwritten with its projection
   */
  static void projectOntoSimplex(double[] v) {
    double[] u = v.clone();
    Arrays.sort(u);
    double cumulative = 0;
    double theta = 0;
    for (int i = u.length - 1, k = 1; i >= 0; i--, k++) {
      cumulative += u[i];
      double candidate = (cumulative - 1) / k;
      if (u[i] - candidate > 0) {
        theta = candidate;
      }
    }
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.max(0, v[i] - theta);
      sum += v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= sum;
    }
  }

  private static boolean allPresent(boolean[] present) {
    for (boolean p : present) {
      if (!p) {
        return false;
      }
    }
    return true;
  }
}
