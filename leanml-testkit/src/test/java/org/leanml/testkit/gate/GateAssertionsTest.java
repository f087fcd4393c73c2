package org.leanml.testkit.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leanml.testkit.gate.GateAssertions.assertThatCandidate;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Metric;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.decision.GateVerdict;

class GateAssertionsTest {
  private static final OutputContract SPAM = OutputContract.binary("y", "ham", "spam");

  /** A model that reads its positive-class probability from one column. */
  private static Predictor scoring(String column) {
    return new Predictor() {
      @Override
      public InputContract inputContract() {
        return InputContract.numeric(List.of(column));
      }

      @Override
      public OutputContract outputContract() {
        return SPAM;
      }

      @Override
      public Prediction predict(Row row) {
        double s = row.getDouble(column);
        return Prediction.ofProbabilities(1 - s, s);
      }
    };
  }

  /** Rows with label y and two score columns; {@code good} separates the classes better. */
  private static Table evalSet(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] y = new String[n];
    double[] good = new double[n];
    double[] weak = new double[n];
    for (int i = 0; i < n; i++) {
      boolean spam = rng.nextDouble() < 0.4;
      y[i] = spam ? "spam" : "ham";
      double noise = rng.nextGaussian();
      good[i] = sigmoid((spam ? 1.5 : -1.5) + noise);
      weak[i] = sigmoid((spam ? 0.3 : -0.3) + noise);
    }
    return Table.of(
        CategoricalColumn.of("y", y),
        NumericColumn.of("good", good),
        NumericColumn.of("weak", weak));
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void betterCandidate_passesNonInferiorityAndFlipChecks() {
    Table eval = evalSet(500, 1);

    ComparisonAssert a =
        assertThatCandidate(scoring("good"))
            .comparedTo(scoring("weak"))
            .on(eval)
            .withResamples(200)
            .isNotWorseThan(Metric.AUC, 0.01)
            .hasNegativeFlipRateBelow(0.2);

    assertThat(a.result().verdict()).isEqualTo(GateVerdict.IMPROVED);
  }

  @Test
  void worseCandidate_failsWithASummaryOfTheComparison() {
    Table eval = evalSet(500, 1);
    ComparisonAssert a =
        assertThatCandidate(scoring("weak"))
            .comparedTo(scoring("good"))
            .on(eval)
            .withResamples(200);

    assertThatThrownBy(() -> a.isNotWorseThan(Metric.AUC, 0.01))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no worse than the baseline on auc by more than 0.01")
        .hasMessageContaining("verdict is REGRESSED")
        .hasMessageContaining("auc on 500 rows: baseline 0.")
        .hasMessageContaining("difference (candidate - baseline)")
        .hasMessageContaining("flips:");
  }

  @Test
  void flipRateAtOrAboveTheBound_fails() {
    Table eval = evalSet(500, 1);
    ComparisonAssert a =
        assertThatCandidate(scoring("weak"))
            .comparedTo(scoring("good"))
            .on(eval)
            .withResamples(200);

    assertThatThrownBy(() -> a.hasNegativeFlipRateBelow(0.0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("negative-flip rate below 0.0")
        .hasMessageContaining("went from right to wrong");
  }

  @Test
  void rawScores_giveTheSameResultAsTheLibrary() {
    Table eval = evalSet(400, 2);
    int[] truth = new int[400];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = eval.categorical("y").get(i).equals("spam") ? 1 : 0;
    }
    double[] good = eval.numeric("good").toArray();
    double[] weak = eval.numeric("weak").toArray();

    ComparisonResult viaAssert =
        assertThatCandidate(good)
            .comparedTo(weak)
            .on(truth)
            .withResamples(200)
            .isNotWorseThan(Metric.ACCURACY, 0.0)
            .result();

    ComparisonResult direct =
        PairedComparison.binary(truth, weak, good).with(Metric.ACCURACY).withResamples(200).run();
    assertThat(viaAssert.primaryDiff()).isEqualTo(direct.primaryDiff());
    assertThat(viaAssert.verdict()).isEqualTo(direct.verdict());
  }

  @Test
  void regressionScores_lowerIsBetterMetricsWork() {
    SplittableRandom rng = new SplittableRandom(3);
    double[] y = new double[300];
    double[] base = new double[300];
    double[] cand = new double[300];
    for (int i = 0; i < y.length; i++) {
      y[i] = rng.nextDouble() * 10;
      base[i] = y[i] + rng.nextGaussian();
      cand[i] = y[i] + 3 * rng.nextGaussian();
    }

    ComparisonAssert a = assertThatCandidate(cand).comparedTo(base).on(y).withResamples(200);

    assertThatThrownBy(() -> a.isNotWorseThan(Metric.RMSE, 0.1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rmse is lower-is-better");
    assertThatThrownBy(() -> a.hasNegativeFlipRateBelow(0.1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void betterOn_requiresAnImprovement() {
    Table eval = evalSet(500, 1);

    assertThatCandidate(scoring("good"))
        .comparedTo(scoring("weak"))
        .on(eval)
        .withResamples(200)
        .isBetterOn(Metric.AUC);
    ComparisonAssert same =
        assertThatCandidate(scoring("good"))
            .comparedTo(scoring("good"))
            .on(eval)
            .withResamples(200);
    assertThatThrownBy(() -> same.isBetterOn(Metric.AUC)).hasMessageContaining("verdict is");
  }

  @Test
  void differentOutputContracts_areRejected() {
    Predictor other =
        new Predictor() {
          @Override
          public InputContract inputContract() {
            return InputContract.numeric(List.of("good"));
          }

          @Override
          public OutputContract outputContract() {
            return OutputContract.binary("y", "spam", "ham");
          }

          @Override
          public Prediction predict(Row row) {
            return Prediction.ofProbabilities(0.5, 0.5);
          }
        };

    assertThatThrownBy(() -> assertThatCandidate(scoring("good")).comparedTo(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("output contracts");
  }

  @Test
  void recorder_collectsTheComparisonsOfThisThreadOnlyWhenStarted() {
    Table eval = evalSet(200, 1);
    assertThatCandidate(scoring("good"))
        .comparedTo(scoring("weak"))
        .on(eval)
        .withResamples(200)
        .result();
    GateRecorder.start();

    assertThatCandidate(scoring("good"))
        .comparedTo(scoring("weak"))
        .on(eval)
        .withResamples(200)
        .result();

    assertThat(GateRecorder.stop()).hasSize(1);
    assertThat(GateRecorder.stop()).isEmpty();
  }
}
