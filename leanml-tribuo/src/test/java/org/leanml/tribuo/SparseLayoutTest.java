package org.leanml.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Linear models train on examples without their zero values (Tribuo's SGD then keeps them sparse):
 * the learned weights must equal, bit for bit, those learned from every value.
 */
class SparseLayoutTest {

  private static double[][] weights(org.leanml.core.predict.Predictor p) {
    AbstractLinearSGDModel<?> m = (AbstractLinearSGDModel<?>) ((TribuoPredictor) p).model();
    org.tribuo.math.la.DenseMatrix w = m.getWeightsCopy();
    double[][] out = new double[w.getDimension1Size()][w.getDimension2Size()];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = w.get(i, j);
      }
    }
    return out;
  }

  private static org.tribuo.classification.sgd.linear.LinearSGDTrainer logistic(double lr) {
    return new org.tribuo.classification.sgd.linear.LinearSGDTrainer(
        new LogMulticlass(), new AdaGrad(lr, 0.1), 3, 1000, 1, 17L);
  }

  @Test
  void logistic_spambaseMostlyZeros_sparseLayoutLearnsTheSameWeights() {
    TrainingData data =
        TrainingData.of(
            TestData.spambase(), TestData.spambaseFeatures(), TestData.spambaseOutput());

    for (double lr : new double[] {0.1, 1.0}) {
      double[][] dense =
          weights(
              TribuoTraining.fitClassifier("d", logistic(lr), data, TribuoTraining.Layout.DENSE));
      double[][] sparse =
          weights(
              TribuoTraining.fitClassifier("s", logistic(lr), data, TribuoTraining.Layout.SPARSE));

      assertThat(sparse).isDeepEqualTo(dense);
    }
  }

  @Test
  void logistic_rowsOfOnlyZerosAndMissingCells_sparseLayoutLearnsTheSameWeights() {
    Table t = zeroHeavy(400, 3);
    List<String> xs = List.of("x0", "x1", "x2", "x3");
    InputContract in = InputContract.inferFrom(t.select(xs));
    OutputContract out = OutputContract.multiclass("y", List.of("p", "q", "r"));
    TrainingData data = TrainingData.of(t, in, out);

    double[][] dense =
        weights(
            TribuoTraining.fitClassifier("d", logistic(0.5), data, TribuoTraining.Layout.DENSE));
    double[][] sparse =
        weights(
            TribuoTraining.fitClassifier("s", logistic(0.5), data, TribuoTraining.Layout.SPARSE));

    assertThat(sparse).isDeepEqualTo(dense);
  }

  @Test
  void linearRegression_zeroHeavyData_sparseLayoutLearnsTheSameWeights() {
    Table t = zeroHeavy(400, 5);
    List<String> xs = List.of("x0", "x1", "x2", "x3");
    InputContract in = InputContract.inferFrom(t.select(xs));
    TrainingData data = TrainingData.of(t, in, OutputContract.regression("target"));

    double[][] dense =
        weights(TribuoTraining.fitRegressor("d", regression(), data, TribuoTraining.Layout.DENSE));
    double[][] sparse =
        weights(TribuoTraining.fitRegressor("s", regression(), data, TribuoTraining.Layout.SPARSE));

    assertThat(sparse).isDeepEqualTo(dense);
  }

  private static org.tribuo.regression.sgd.linear.LinearSGDTrainer regression() {
    return new org.tribuo.regression.sgd.linear.LinearSGDTrainer(
        new SquaredLoss(), new AdaGrad(0.3, 0.1), 4, 1000, 1, 23L);
  }

  /**
   * Four features, each zero with probability 0.6 and missing with probability 0.1 (a row may be
   * all zeros); a class label and a numeric target depending on them.
   */
  private static Table zeroHeavy(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] v = new double[4][n];
    java.util.BitSet[] miss = new java.util.BitSet[4];
    String[] y = new String[n];
    double[] target = new double[n];
    for (int c = 0; c < 4; c++) {
      miss[c] = new java.util.BitSet();
    }
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int c = 0; c < 4; c++) {
        double u = rng.nextDouble();
        if (u < 0.1) {
          v[c][i] = Double.NaN;
          miss[c].set(i);
        } else {
          v[c][i] = u < 0.7 ? 0.0 : rng.nextDouble(-2, 2);
          sum += (c + 1) * v[c][i];
        }
      }
      y[i] = sum < -0.5 ? "p" : sum < 0.5 ? "q" : "r";
      target[i] = sum + 0.1 * TestData.gaussian(rng);
    }
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      cols.add(NumericColumn.of("x" + c, v[c], miss[c]));
    }
    cols.add(org.leanml.core.table.CategoricalColumn.of("y", y));
    cols.add(NumericColumn.of("target", target));
    return Table.of(cols);
  }
}
