package org.leanml.testkit.gate;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.metric.Metric;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.decision.GateVerdict;
import org.leanml.eval.metric.Estimate;

/**
 * Checks on a candidate compared with a baseline. Immutable apart from the last result it keeps for
 * {@link #result()}; the {@code with} methods return a new assertion. Each check returns an
 * assertion, so checks chain.
 */
public final class ComparisonAssert {
  private final PairedComparison comparison;
  private @Nullable ComparisonResult last;

  ComparisonAssert(PairedComparison comparison) {
    this.comparison = comparison;
  }

  /**
   * With another significance level (default 0.05).
   *
   * @param alpha the level, in (0, 1)
   * @return a new assertion
   * @throws IllegalArgumentException if alpha is outside (0, 1)
   */
  public ComparisonAssert withAlpha(double alpha) {
    return new ComparisonAssert(comparison.withAlpha(alpha));
  }

  /**
   * With another bootstrap seed (default 0).
   *
   * @param seed the seed
   * @return a new assertion
   */
  public ComparisonAssert withSeed(long seed) {
    return new ComparisonAssert(comparison.withSeed(seed));
  }

  /**
   * With another number of bootstrap resamples (default 2000).
   *
   * @param resamples at least 100
   * @return a new assertion
   * @throws IllegalArgumentException if {@code resamples < 100}
   */
  public ComparisonAssert withResamples(int resamples) {
    return new ComparisonAssert(comparison.withResamples(resamples));
  }

  /**
   * With another decision threshold for binary scores (default 0.5), used by accuracy, F1 and the
   * flips.
   *
   * @param threshold the threshold
   * @return a new assertion
   * @throws IllegalArgumentException if the threshold is not finite
   */
  public ComparisonAssert withThreshold(double threshold) {
    return new ComparisonAssert(comparison.withThreshold(threshold));
  }

  /**
   * Asserts that the candidate is not worse than the baseline by more than a margin: the verdict on
   * the metric is {@link GateVerdict#IMPROVED} or {@link GateVerdict#NON_INFERIOR}, i.e. the whole
   * {@code 1 − alpha} interval of the worsening lies below the margin.
   *
   * @param metric the metric
   * @param margin the allowed worsening, in the metric's units, {@code >= 0}
   * @return this assertion
   * @throws AssertionError with a summary of the comparison if the verdict is another
   * @throws IllegalArgumentException if the metric does not apply to the task or the margin is
   *     negative
   */
  public ComparisonAssert isNotWorseThan(Metric metric, double margin) {
    ComparisonResult r = run(comparison.with(metric).withMargin(margin));
    if (!r.verdict().acceptable()) {
      throw new AssertionError(
          "expected the candidate to be no worse than the baseline on "
              + metric.reportName()
              + " by more than "
              + margin
              + ", but the verdict is "
              + r.verdict()
              + "\n"
              + summary(r));
    }
    return this;
  }

  /**
   * Asserts that the candidate is better than the baseline: the verdict on the metric is {@link
   * GateVerdict#IMPROVED}.
   *
   * @param metric the metric
   * @return this assertion
   * @throws AssertionError with a summary of the comparison if the verdict is another
   * @throws IllegalArgumentException if the metric does not apply to the task
   */
  public ComparisonAssert isBetterOn(Metric metric) {
    ComparisonResult r = run(comparison.with(metric));
    if (r.verdict() != GateVerdict.IMPROVED) {
      throw new AssertionError(
          "expected the candidate to be better than the baseline on "
              + metric.reportName()
              + ", but the verdict is "
              + r.verdict()
              + "\n"
              + summary(r));
    }
    return this;
  }

  /**
   * Asserts that fewer than a share of rows flip from right (baseline) to wrong (candidate).
   *
   * @param maxRate the exclusive upper bound, in [0, 1]
   * @return this assertion
   * @throws AssertionError with a summary if the rate is at or above the bound
   * @throws IllegalStateException for a regression comparison, which has no flips
   */
  public ComparisonAssert hasNegativeFlipRateBelow(double maxRate) {
    ComparisonResult r = last != null ? last : run(comparison);
    if (r.flips() == null) {
      throw new IllegalStateException("a " + r.task() + " comparison has no flips");
    }
    double rate = r.flips().negativeFlipRate();
    if (!(rate < maxRate)) {
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "expected a negative-flip rate below %s, but %d of %d rows (%.4f) went from right to"
                  + " wrong%n%s",
              maxRate,
              r.flips().negative(),
              r.n(),
              rate,
              summary(r)));
    }
    return this;
  }

  /**
   * The result of the last check, or of the default comparison if none ran yet.
   *
   * @return the result
   */
  public ComparisonResult result() {
    return last != null ? last : run(comparison);
  }

  private ComparisonResult run(PairedComparison pc) {
    ComparisonResult r = pc.run();
    last = r;
    GateRecorder.record(r);
    return r;
  }

  /**
   * A few lines describing a comparison: the primary metric of both models, the difference, the
   * verdict and the flips.
   *
   * @param r the result
   * @return the summary, lines indented by two spaces
   * @throws NullPointerException if the result is null
   */
  public static String summary(ComparisonResult r) {
    Objects.requireNonNull(r, "r");
    Metric m = r.primaryMetric();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %s on %d rows: baseline %s, candidate %s%n",
            m.reportName(),
            r.n(),
            estimate(primary(r.baseline().values().get(m))),
            estimate(primary(r.candidate().values().get(m)))));
    sb.append(
        String.format(
            Locale.ROOT,
            "  difference (candidate - baseline) %s at %.0f%% confidence, p = %s%n",
            estimate(r.primaryDiff()),
            100 * (1 - r.alpha()),
            number(r.primaryPValue())));
    sb.append(
        String.format(
            Locale.ROOT,
            "  verdict %s (margin %s, %s is %s)%n",
            r.verdict(),
            r.margin(),
            m.reportName(),
            m.higherIsBetter() ? "higher-is-better" : "lower-is-better"));
    if (r.flips() != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  flips: %d right-to-wrong, %d wrong-to-right, churn %s",
              r.flips().negative(),
              r.flips().positive(),
              number(r.flips().churn())));
    }
    return sb.toString().stripTrailing();
  }

  /**
   * A paired comparison estimates its primary metric for both versions, so this never fails on its
   * results.
   */
  private static Estimate primary(@Nullable Estimate e) {
    return Objects.requireNonNull(e, "the result has no estimate of its primary metric");
  }

  private static String estimate(Estimate e) {
    if (e == null) {
      return "n/a";
    }
    return e.hasInterval()
        ? number(e.value()) + " [" + number(e.ciLow()) + ", " + number(e.ciHigh()) + "]"
        : number(e.value());
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
  }
}
