package org.leanml.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leanml.core.metric.Metric;
import org.leanml.eval.TestData;

class BinaryMetricsTest {

  /*
   * Reference values for spambase_binary.csv, threshold 0.5, 95%:
   * /usr/bin/python3 with scikit-learn 1.2.1 and statsmodels 0.13.5, for each column s:
   *   p = (s >= 0.5); accuracy_score(y, p), proportion_confint(correct, n, 0.05, method="wilson");
   *   precision_score / recall_score with proportion_confint(tp, tp+fp | tp+fn, method="wilson");
   *   f1_score(y, p); average_precision_score(y, s); log_loss(y, s, eps=1e-15);
   *   brier_score_loss(y, s)
   * R 4 / pROC 1.18.0: r <- roc(d$truth, d[[col]], levels=c(0,1), direction="<");
   *   auc(r); ci.auc(r, method="delong")
   */
  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of(
            "old",
            new double[] {0.775, 0.7480942379750103, 0.7998010448579344},
            new double[] {0.8188679245283019, 0.7680499790547416, 0.8605733022700183},
            new double[] {0.550761421319797, 0.5013908328014681, 0.599151730355651},
            new double[] {
              0.6585735963581184, 0.7861988901595574, 0.4951264892916083, 0.15691130289688898
            },
            new double[] {0.83206429780033841, 0.80495178944027201, 0.85917680616040482}),
        Arguments.of(
            "baseline",
            new double[] {0.833, 0.8086179403533302, 0.85483343849529},
            new double[] {0.8580441640378549, 0.8153287648704123, 0.8921857840110697},
            new double[] {0.6903553299492385, 0.6430482077614958, 0.7339864040777004},
            new double[] {
              0.7651195499296766, 0.8720721119732084, 0.392175939920975, 0.12196084890640499
            },
            new double[] {0.89364393292121092, 0.87255469033014721, 0.91473317551227462}),
        Arguments.of(
            "candidate",
            new double[] {0.913, 0.8939135189433066, 0.928925578547625},
            new double[] {0.9028871391076115, 0.869009094450272, 0.928722004846485},
            new double[] {0.8730964467005076, 0.8365875924350524, 0.9024002467697722},
            new double[] {
              0.8877419354838709, 0.9476611461453863, 0.24619082877946027, 0.071950061002843
            },
            new double[] {0.96288385183696035, 0.95207485627318789, 0.97369284740073281}));
  }

  @ParameterizedTest
  @MethodSource("references")
  void evaluate_spambasePredictions_matchesSklearnStatsmodelsAndPROC(
      String column,
      double[] accuracy,
      double[] precision,
      double[] recall,
      double[] others,
      double[] auc) {
    TestData data = TestData.spambase();

    MetricValues m = BinaryMetrics.evaluate(data.intColumn("truth"), data.column(column));

    assertEstimate(m.get(Metric.ACCURACY), accuracy, 1e-12);
    assertEstimate(m.get(Metric.PRECISION), precision, 1e-12);
    assertEstimate(m.get(Metric.RECALL), recall, 1e-12);
    assertEstimate(m.get(Metric.AUC), auc, 1e-12);
    assertThat(m.value(Metric.F1)).isCloseTo(others[0], within(1e-12));
    assertThat(m.value(Metric.AVERAGE_PRECISION)).isCloseTo(others[1], within(1e-12));
    assertThat(m.value(Metric.LOG_LOSS)).isCloseTo(others[2], within(1e-12));
    assertThat(m.value(Metric.BRIER)).isCloseTo(others[3], within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("references")
  void evaluate_intervals_containTheValue(
      String column, double[] a, double[] b, double[] c, double[] d, double[] e) {
    TestData data = TestData.spambase();

    MetricValues m = BinaryMetrics.evaluate(data.intColumn("truth"), data.column(column));

    for (Metric metric :
        new Metric[] {Metric.F1, Metric.LOG_LOSS, Metric.BRIER, Metric.AVERAGE_PRECISION}) {
      Estimate est = m.get(metric);
      assertThat(est.ciLow()).as(metric.name()).isLessThan(est.value());
      assertThat(est.ciHigh()).as(metric.name()).isGreaterThan(est.value());
    }
  }

  @Test
  void evaluate_scoreEqualToThreshold_countsTheRowAsPositive() {
    int[] truth = {1, 0};
    double[] score = {0.5, 0.4999};

    MetricValues m = BinaryMetrics.evaluate(truth, score);

    assertThat(m.value(Metric.ACCURACY)).isEqualTo(1.0);
  }

  static void assertEstimate(Estimate e, double[] expected, double tolerance) {
    assertThat(e.value()).isCloseTo(expected[0], within(tolerance));
    assertThat(e.ciLow()).isCloseTo(expected[1], within(tolerance));
    assertThat(e.ciHigh()).isCloseTo(expected[2], within(tolerance));
  }
}
