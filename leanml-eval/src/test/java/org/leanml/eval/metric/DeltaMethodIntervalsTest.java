package org.leanml.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.leanml.core.metric.Metric;
import org.leanml.eval.TestData;

/**
 * The delta-method intervals have no reference implementation in the installed packages, so their
 * standard errors are checked against large nonparametric bootstraps of the scikit-learn metric
 * (they must agree to within 10%, about the difference expected between the two methods at these
 * sample sizes). Command (/usr/bin/python3, NumPy, scikit-learn 1.2.1):
 *
 * <pre>
 * rng = np.random.default_rng(0)
 * F1, spambase baseline at 0.5, 20000 resamples: np.std([f1_score(y[i], p[i]) for i in idx], ddof=1)
 *   = 0.017622304971282515
 * macro F1, letter candidate, 5000 resamples: f1_score(..., average="macro") sd = 0.019083024594664898
 * R², spambase regression candidate, 20000 resamples: r2_score sd = 0.04049942317719068
 * </pre>
 */
class DeltaMethodIntervalsTest {
  private static final double Z = 1.959963984540054;

  @Test
  void f1_standardError_agreesWithTheBootstrap() {
    TestData d = TestData.spambase();

    Estimate f1 = BinaryMetrics.evaluate(d.intColumn("truth"), d.column("baseline")).get(Metric.F1);

    assertThat(halfWidth(f1) / Z).isCloseTo(0.017622304971282515, within(0.0018));
  }

  @Test
  void macroF1_standardError_agreesWithTheBootstrap() {
    TestData d = TestData.load("letter_multiclass.csv");

    Estimate macro =
        MulticlassMetrics.evaluate(d.intColumn("truth"), d.matrix("c", 26), 0.95)
            .get(Metric.MACRO_F1);

    assertThat(halfWidth(macro) / Z).isCloseTo(0.019083024594664898, within(0.0019));
  }

  @Test
  void r2_standardError_agreesWithTheBootstrap() {
    TestData d = TestData.load("spambase_regression.csv");

    Estimate r2 =
        RegressionMetrics.evaluate(d.column("truth"), d.column("candidate"), 0.95).get(Metric.R2);

    assertThat(halfWidth(r2) / Z).isCloseTo(0.04049942317719068, within(0.0041));
  }

  private static double halfWidth(Estimate e) {
    return (e.ciHigh() - e.ciLow()) / 2;
  }
}
