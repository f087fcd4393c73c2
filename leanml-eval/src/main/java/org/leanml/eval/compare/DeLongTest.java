package org.leanml.eval.compare;

import org.leanml.eval.metric.Intervals;
import org.leanml.eval.metric.RankedScores;

/**
 * DeLong's test for the difference of two correlated AUCs measured on the same rows.
 *
 * <p>Design note: Sun and Xu's fast algorithm computes every structural component from midranks in
 * {@code O(n log n)}. Here the midranks come from binary searches in the per-class sorted scores
 * held by {@link RankedScores} (which the single-model metrics reuse), so no combined sort or index
 * permutation is needed and the extra memory is 16 bytes per row for the two models. With {@code
 * V10}, {@code V01} the components of the positives and negatives, {@code S10}, {@code S01} their
 * 2×2 sample covariance matrices and {@code m}, {@code n} the class sizes, {@code Var(AUC_c −
 * AUC_b) = L(S10/m + S01/n)Lᵀ} with {@code L = (−1, 1)}; {@code z = (AUC_c − AUC_b)/se} is positive
 * when the candidate is better. Everything is computed in float64.
 *
 * <p>References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, Biometrics 44 (1988) 837-845,
 * doi:10.2307/2531595; X. Sun, W. Xu, IEEE Signal Processing Letters 21 (2014) 1389-1393,
 * doi:10.1109/LSP.2014.2337313. Checked against R pROC's {@code roc.test(..., method="delong",
 * paired=TRUE)}.
 */
public final class DeLongTest {
  private DeLongTest() {}

  /**
   * Compares the AUCs of two models' scores on the same rows.
   *
   * @param truth 0/1 truth per row
   * @param baseline the baseline's positive-class scores
   * @param candidate the candidate's positive-class scores
   * @return the result
   * @throws IllegalArgumentException if the lengths differ, a truth value is not 0/1, a score is
   *     NaN, or a class has fewer than two rows
   */
  public static DeLongResult paired(int[] truth, double[] baseline, double[] candidate) {
    return paired(
        truth,
        baseline,
        candidate,
        RankedScores.of(truth, baseline),
        RankedScores.of(truth, candidate));
  }

  /**
   * Compares the AUCs, reusing scores already ranked.
   *
   * @param truth 0/1 truth per row
   * @param baseline the baseline's scores
   * @param candidate the candidate's scores
   * @param rankedBaseline {@code RankedScores.of(truth, baseline)}
   * @param rankedCandidate {@code RankedScores.of(truth, candidate)}
   * @return the result
   * @throws IllegalArgumentException if the lengths differ or a class has fewer than two rows
   */
  public static DeLongResult paired(
      int[] truth,
      double[] baseline,
      double[] candidate,
      RankedScores rankedBaseline,
      RankedScores rankedCandidate) {
    PairedComparison.requireLength(truth.length, baseline.length, "baseline");
    PairedComparison.requireLength(truth.length, candidate.length, "candidate");
    if (rankedCandidate.positives() != rankedBaseline.positives()
        || rankedBaseline.positives() + rankedBaseline.negatives() != truth.length) {
      throw new IllegalArgumentException("the ranked scores do not belong to this truth");
    }
    int m = rankedBaseline.positives();
    int n = rankedBaseline.negatives();
    if (m < 2 || n < 2) {
      throw new IllegalArgumentException(
          "DeLong's test needs at least 2 positive and 2 negative rows but has " + m + " and " + n);
    }
    double aucB = rankedBaseline.auc();
    double aucC = rankedCandidate.auc();
    // The baseline's components by row, then one sorted walk over the candidate's components
    // reading the baseline's component of the same row: sums of centred products per class.
    double[] byRow = rankedBaseline.componentsByRow();
    double[] sums = new double[6];
    rankedCandidate.forEachComponent(
        (row, positive, v) -> {
          double vb = byRow[row] - aucB;
          double vc = v - aucC;
          int o = positive ? 0 : 3;
          sums[o] += vb * vb;
          sums[o + 1] += vc * vc;
          sums[o + 2] += vb * vc;
        });
    double pbb = sums[0];
    double pcc = sums[1];
    double pbc = sums[2];
    double nbb = sums[3];
    double ncc = sums[4];
    double nbc = sums[5];
    double varB = pbb / (m - 1) / m + nbb / (n - 1) / n;
    double varC = pcc / (m - 1) / m + ncc / (n - 1) / n;
    double cov = pbc / (m - 1) / m + nbc / (n - 1) / n;
    double diff = aucC - aucB;
    double se = Math.sqrt(Math.max(0, varB + varC - 2 * cov));
    double z;
    double p;
    if (diff == 0) {
      z = 0;
      p = 1;
    } else if (se == 0) {
      z = Math.copySign(Double.POSITIVE_INFINITY, diff);
      p = 0;
    } else {
      z = diff / se;
      p = Intervals.twoSidedP(z);
    }
    return new DeLongResult(aucB, aucC, diff, se, z, p);
  }
}
