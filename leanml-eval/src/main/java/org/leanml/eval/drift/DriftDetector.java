package org.leanml.eval.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.leanml.core.table.Table;

/**
 * Compares a current window with a reference, feature by feature, and applies a {@link DriftRule}.
 *
 * <p>Numeric features: PSI and Jensen–Shannon distance over {@link QuantileBins} of the reference
 * (B = 10 by default), and the two-sample {@link KolmogorovSmirnov} test. Categorical features: PSI
 * and Jensen–Shannon over the union of categories, and the {@link ChiSquareHomogeneity} test.
 * Missing values are left out of every statistic. Every feature of the reference must be present in
 * the current summary with the same kind; extra current features are ignored.
 *
 * <p>Features are compared in parallel, one task each on the injected executor; every task is a
 * pure function of its two summaries, so the report does not depend on the executor. Immutable.
 */
public final class DriftDetector {
  private final int bins;
  private final DriftRule rule;
  private final Executor executor;

  private DriftDetector(int bins, DriftRule rule, Executor executor) {
    this.bins = bins;
    this.rule = rule;
    this.executor = executor;
  }

  /**
   * A detector with 10 bins, the default rule, on the calling thread.
   *
   * @return the detector
   */
  public static DriftDetector withDefaults() {
    return new DriftDetector(10, DriftRule.defaults(), Runnable::run);
  }

  /**
   * With a number of quantile bins.
   *
   * @param bins B, {@code >= 2}
   * @return a copy
   * @throws IllegalArgumentException if bins is below 2
   */
  public DriftDetector withBins(int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be >= 2 but was " + bins);
    }
    return new DriftDetector(bins, rule, executor);
  }

  /**
   * With a drift rule.
   *
   * @param rule the rule
   * @return a copy
   */
  public DriftDetector with(DriftRule rule) {
    return new DriftDetector(bins, Objects.requireNonNull(rule, "rule"), executor);
  }

  /**
   * With an executor for the per-feature tasks.
   *
   * @param executor the executor
   * @return a copy
   */
  public DriftDetector on(Executor executor) {
    return new DriftDetector(bins, rule, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * The executor the per-feature tasks run on.
   *
   * @return the executor
   */
  public Executor executor() {
    return executor;
  }

  /**
   * The number of bins.
   *
   * @return B
   */
  public int bins() {
    return bins;
  }

  /**
   * The rule.
   *
   * @return the rule
   */
  public DriftRule rule() {
    return rule;
  }

  /**
   * Compares two tables (summarising both on this detector's executor).
   *
   * @param reference the reference table
   * @param current the current table
   * @return the report
   * @throws IllegalArgumentException if a reference feature is missing from the current table or
   *     has another kind
   */
  public DriftReport compare(Table reference, Table current) {
    return compare(DataSummary.of(reference, executor), DataSummary.of(current, executor));
  }

  /**
   * Compares a current summary with a reference summary.
   *
   * @param reference the reference summary
   * @param current the current summary
   * @return the report
   * @throws IllegalArgumentException if a reference feature is missing from the current summary or
   *     has another kind
   */
  public DriftReport compare(DataSummary reference, DataSummary current) {
    List<FeatureSummary> refs = reference.features();
    List<FeatureSummary> curs = new ArrayList<>(refs.size());
    for (FeatureSummary r : refs) {
      FeatureSummary c =
          current
              .feature(r.name())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "feature '"
                              + r.name()
                              + "' of the reference is not in the current data"));
      if (c.getClass() != r.getClass()) {
        throw new IllegalArgumentException(
            "feature '"
                + r.name()
                + "' is "
                + (r instanceof NumericSample ? "numeric" : "categorical")
                + " in the reference but not in the current data");
      }
      curs.add(c);
    }
    int k = refs.size();
    List<CompletableFuture<FeatureDrift>> futures = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      FeatureSummary r = refs.get(i);
      FeatureSummary c = curs.get(i);
      futures.add(CompletableFuture.supplyAsync(() -> compareFeature(r, c, k), executor));
    }
    List<FeatureDrift> out = new ArrayList<>(k);
    for (CompletableFuture<FeatureDrift> f : futures) {
      out.add(f.join());
    }
    return new DriftReport(reference.rows(), current.rows(), bins, rule, out);
  }

  FeatureDrift compareFeature(FeatureSummary r, FeatureSummary c, int features) {
    if (r instanceof NumericSample ref) {
      NumericSample cur = (NumericSample) c;
      if (ref.size() == 0 || cur.size() == 0) {
        return notAssessable(r, c, FeatureType.NUMERIC);
      }
      QuantileBins qb = QuantileBins.of(ref, bins);
      long[] rc = qb.counts(ref);
      long[] cc = qb.counts(cur);
      double psi = Divergences.psi(rc, cc);
      double js = Divergences.jensenShannonDistance(rc, cc);
      KsResult ks = KolmogorovSmirnov.test(ref, cur);
      return new FeatureDrift(
          r.name(),
          FeatureType.NUMERIC,
          ref.count(),
          cur.count(),
          psi,
          js,
          ks.statistic(),
          ks.pValue(),
          0,
          rule.drifted(psi, ks.pValue(), ks.statistic(), features));
    }
    CategoryCounts ref = (CategoryCounts) r;
    CategoryCounts cur = (CategoryCounts) c;
    if (ref.count() == 0 || cur.count() == 0) {
      return notAssessable(r, c, FeatureType.CATEGORICAL);
    }
    TreeSet<String> union = new TreeSet<>(ref.counts().keySet());
    union.addAll(cur.counts().keySet());
    long[] rc = new long[union.size()];
    long[] cc = new long[union.size()];
    int i = 0;
    for (String cat : union) {
      rc[i] = ref.count(cat);
      cc[i] = cur.count(cat);
      i++;
    }
    double psi = Divergences.psi(rc, cc);
    double js = Divergences.jensenShannonDistance(rc, cc);
    ChiSquareResult chi = ChiSquareHomogeneity.test(rc, cc);
    return new FeatureDrift(
        r.name(),
        FeatureType.CATEGORICAL,
        ref.count(),
        cur.count(),
        psi,
        js,
        chi.statistic(),
        chi.pValue(),
        chi.degreesOfFreedom(),
        rule.drifted(psi, chi.pValue(), js, features));
  }

  private static FeatureDrift notAssessable(FeatureSummary r, FeatureSummary c, FeatureType t) {
    return new FeatureDrift(
        r.name(),
        t,
        r.count(),
        c.count(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        0,
        false);
  }

  @Override
  public String toString() {
    return "DriftDetector[bins=" + bins + ", " + rule + "]";
  }
}
