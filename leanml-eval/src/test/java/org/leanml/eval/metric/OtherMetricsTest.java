package org.leanml.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.leanml.core.metric.Metric;
import org.leanml.eval.TestData;

class OtherMetricsTest {

  /*
   * /usr/bin/python3, scikit-learn 1.2.1, statsmodels 0.13.5, on letter_multiclass.csv
   * (P = columns b0..b25 or c0..c25, pr = P.argmax(axis=1)):
   *   accuracy_score(ty, pr); proportion_confint(correct, 500, 0.05, method="wilson");
   *   f1_score(ty, pr, average="macro"); f1_score(ty, pr, average="micro");
   *   -np.mean(np.log(np.clip(P[range(500), ty], 1e-15, 1 - 1e-15)))   (log loss without
   *   sklearn's renormalisation of the rounded rows; sklearn's log_loss gives 2.2153408037 and
   *   0.9196153223); recall_score(ty, pr, average=None)
   */
  @Test
  void multiclass_letterPredictions_matchSklearnAndStatsmodels() {
    TestData data = TestData.load("letter_multiclass.csv");
    int[] truth = data.intColumn("truth");

    MetricValues b = MulticlassMetrics.evaluate(truth, data.matrix("b", 26), 0.95);
    MetricValues c = MulticlassMetrics.evaluate(truth, data.matrix("c", 26), 0.95);

    BinaryMetricsTest.assertEstimate(
        b.get(Metric.ACCURACY),
        new double[] {0.382, 0.3404646252341933, 0.4253347191147331},
        1e-12);
    BinaryMetricsTest.assertEstimate(
        c.get(Metric.ACCURACY), new double[] {0.762, 0.7227638647789387, 0.797240980819208}, 1e-12);
    assertThat(b.value(Metric.MACRO_F1)).isCloseTo(0.37305090006483577, within(1e-12));
    assertThat(c.value(Metric.MACRO_F1)).isCloseTo(0.7584311630427177, within(1e-12));
    assertThat(c.value(Metric.MICRO_F1)).isCloseTo(0.762, within(1e-12));
    assertThat(b.value(Metric.LOG_LOSS)).isCloseTo(2.2153408777121517, within(1e-12));
    assertThat(c.value(Metric.LOG_LOSS)).isCloseTo(0.9196156563443478, within(1e-12));
    assertThat(b.perClassRecall().get(0).value()).isEqualTo(0.75);
    assertThat(b.perClassRecall().get(7).value()).isCloseTo(0.05555555555555555, within(1e-15));
    assertThat(c.perClassRecall().get(20).value()).isEqualTo(1.0);
    Estimate macro = c.get(Metric.MACRO_F1);
    assertThat(macro.ciLow()).isLessThan(macro.value());
    assertThat(macro.ciHigh()).isGreaterThan(macro.value());
  }

  /*
   * /usr/bin/python3, scikit-learn 1.2.1, on spambase_regression.csv:
   *   np.sqrt(mean_squared_error(t, v)); mean_absolute_error(t, v); r2_score(t, v)
   */
  @Test
  void regression_spambasePredictions_matchSklearn() {
    TestData data = TestData.load("spambase_regression.csv");
    double[] truth = data.column("truth");

    MetricValues b = RegressionMetrics.evaluate(truth, data.column("baseline"), 0.95);
    MetricValues c = RegressionMetrics.evaluate(truth, data.column("candidate"), 0.95);

    assertThat(b.value(Metric.RMSE)).isCloseTo(1.4426858678200036, within(1e-12));
    assertThat(b.value(Metric.MAE)).isCloseTo(1.1244388233333333, within(1e-12));
    assertThat(b.value(Metric.R2)).isCloseTo(0.09678820687093104, within(1e-12));
    assertThat(c.value(Metric.RMSE)).isCloseTo(1.235663976296567, within(1e-12));
    assertThat(c.value(Metric.MAE)).isCloseTo(0.9646378233333334, within(1e-12));
    assertThat(c.value(Metric.R2)).isCloseTo(0.33740704216870243, within(1e-12));
    for (Metric m : List.of(Metric.RMSE, Metric.MAE, Metric.R2)) {
      assertThat(c.get(m).ciLow()).as(m.name()).isLessThan(c.value(m));
      assertThat(c.get(m).ciHigh()).as(m.name()).isGreaterThan(c.value(m));
    }
  }

  @Test
  void wilson_statsmodelsReference_matches() {
    // statsmodels 0.13.5: proportion_confint(833, 1000, 0.05, method="wilson")
    //   (0.8086179403533302, 0.85483343849529); proportion_confint(0, 10, ...) lower bound 0
    Estimate e = Intervals.wilson(833, 1000, 0.95);
    Estimate zero = Intervals.wilson(0, 10, 0.95);

    assertThat(e.ciLow()).isCloseTo(0.8086179403533302, within(1e-14));
    assertThat(e.ciHigh()).isCloseTo(0.85483343849529, within(1e-14));
    assertThat(zero.ciLow()).isEqualTo(0.0);
  }

  @Property(tries = 100)
  void merge_anySplitOfTheRows_givesTheSummaryOfAllRows(
      @ForAll @IntRange(min = 1, max = 80) int n,
      @ForAll @IntRange(min = 0, max = 80) int cut,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    int split = Math.min(cut, n);
    int[] truth = new int[n];
    int[] predicted = new int[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      truth[i] = rnd.nextInt(3);
      predicted[i] = rnd.nextInt(3);
      values[i] = rnd.nextDouble() * 10;
    }

    ConfusionMatrix whole = ConfusionMatrix.of(3, truth, predicted);
    ConfusionMatrix merged =
        ConfusionMatrix.of(
                3,
                java.util.Arrays.copyOfRange(truth, 0, split),
                java.util.Arrays.copyOfRange(predicted, 0, split))
            .merge(
                ConfusionMatrix.of(
                    3,
                    java.util.Arrays.copyOfRange(truth, split, n),
                    java.util.Arrays.copyOfRange(predicted, split, n)));
    Moments all = Moments.of(values);
    Moments parts =
        Moments.of(java.util.Arrays.copyOfRange(values, 0, split))
            .merge(Moments.of(java.util.Arrays.copyOfRange(values, split, n)));

    assertThat(merged).isEqualTo(whole);
    assertThat(parts.count()).isEqualTo(all.count());
    assertThat(parts.mean()).isCloseTo(all.mean(), within(1e-12));
    assertThat(parts.m2()).isCloseTo(all.m2(), within(1e-9));
  }
}
