package org.leanml.ensemble.combine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.OutputContract;

class CombinerFittingTest {

  @Test
  void minimiseLogLoss_matchesScipyOnReferenceData() {
    OutOfFoldPredictions oof = ReferenceData.classification();

    double[] w = SimplexWeights.minimiseLogLoss(oof);

    assertThat(w).containsExactly(ReferenceData.LOG_LOSS_WEIGHTS, within(1e-5));
    assertThat(meanLogLoss(oof, w)).isCloseTo(ReferenceData.MIN_LOG_LOSS, within(1e-9));
  }

  @Test
  void minimiseSquaredError_matchesScipyOnReferenceData() {
    double[] w = SimplexWeights.minimiseSquaredError(ReferenceData.regression());

    assertThat(w).containsExactly(ReferenceData.SQUARED_ERROR_WEIGHTS, within(1e-6));
  }

  @Test
  void logisticMetaModel_matchesScikitLearnProbabilities() {
    OutOfFoldPredictions oof = ReferenceData.classification();

    StackedLogisticCombiner c = MetaModels.logistic(oof, 1.0);

    double[] out = new double[2];
    for (int i = 0; i < 5; i++) {
      c.combine(oof.outputs()[i], oof.present()[i], out);
      assertThat(out[1]).isCloseTo(ReferenceData.LOGISTIC_P1[i], within(1e-7));
    }
  }

  @Test
  void linearMetaModel_matchesScikitLearnRidge() {
    StackedLinearCombiner c = MetaModels.linear(ReferenceData.regression(), 1.0);

    assertThat(c.intercept()).isCloseTo(ReferenceData.RIDGE[0], within(1e-9));
    assertThat(c.coefficients())
        .containsExactly(
            new double[] {ReferenceData.RIDGE[1], ReferenceData.RIDGE[2], ReferenceData.RIDGE[3]},
            within(1e-9));
  }

  @Test
  void logisticMetaModel_abstainingMember_usesItsMeanOutOfFoldFeatures() {
    OutOfFoldPredictions oof = ReferenceData.classification();
    StackedLogisticCombiner c = MetaModels.logistic(oof, 1.0);
    double[] row = oof.outputs()[0].clone();
    double[] filled = row.clone();
    filled[2] = c.fill()[1];
    filled[3] = 1 - c.fill()[1];
    double[] a = new double[2];
    double[] b = new double[2];

    c.combine(row, new boolean[] {true, false, true}, a);
    c.combine(filled, new boolean[] {true, true, true}, b);

    assertThat(a[1]).isCloseTo(b[1], within(1e-15));
  }

  @Test
  void stackedAttribution_softmaxOfTotalIsThePrediction() {
    OutOfFoldPredictions oof = ReferenceData.classification();
    StackedLogisticCombiner c = MetaModels.logistic(oof, 1.0);
    double[] out = new double[2];
    c.combine(oof.outputs()[3], oof.present()[3], out);

    Attribution a = c.attribute(oof.outputs()[3], oof.present()[3], 2);

    double[] eta = a.total();
    double p0 = 1 / (1 + Math.exp(-(eta[0] - eta[1])));
    assertThat(a.scale()).isEqualTo(Attribution.Scale.LOG_ODDS);
    assertThat(p0).isCloseTo(out[0], within(1e-12));
  }

  @Property(tries = 100)
  void learnedWeights_areNonNegativeAndSumToOne(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int members,
      @ForAll @IntRange(min = 2, max = 4) int classes) {
    SplittableRandom r = new SplittableRandom(seed);
    int rows = 30;
    double[][] outputs = new double[rows][members * classes];
    boolean[][] present = new boolean[rows][members];
    double[] truth = new double[rows];
    for (int i = 0; i < rows; i++) {
      truth[i] = r.nextInt(classes);
      for (int m = 0; m < members; m++) {
        present[i][m] = true;
        double sum = 0;
        for (int c = 0; c < classes; c++) {
          outputs[i][m * classes + c] = r.nextDouble() < 0.1 ? 0 : r.nextDouble();
          sum += outputs[i][m * classes + c];
        }
        for (int c = 0; c < classes; c++) {
          outputs[i][m * classes + c] =
              sum == 0 ? 1.0 / classes : outputs[i][m * classes + c] / sum;
        }
      }
    }
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("c" + c);
    }
    OutOfFoldPredictions oof =
        new OutOfFoldPredictions(
            OutputContract.multiclass("y", labels), members, outputs, present, truth);

    double[] w = SimplexWeights.minimiseLogLoss(oof);

    assertThat(w).hasSize(members);
    assertThat(java.util.Arrays.stream(w).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
    assertThat(java.util.Arrays.stream(w).sum()).isCloseTo(1.0, within(1e-12));
    double[] uniform = new double[members];
    java.util.Arrays.fill(uniform, 1.0 / members);
    assertThat(meanLogLoss(oof, w)).isLessThanOrEqualTo(meanLogLoss(oof, uniform) + 1e-12);
  }

  @Property(tries = 100)
  void projectOntoSimplex_landsOnTheSimplex(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[1 + r.nextInt(8)];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextDouble(-5, 5);
    }

    SimplexWeights.projectOntoSimplex(v);

    assertThat(java.util.Arrays.stream(v).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
    assertThat(java.util.Arrays.stream(v).sum()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void logisticMetaModel_threeClasses_beatsUniformMeanOnItsTrainingData() {
    OutOfFoldPredictions oof = randomMulticlass(11L, 200, 3, 3);

    StackedLogisticCombiner c = MetaModels.logistic(oof, 1.0);

    double stacked = 0;
    double mean = 0;
    double[] out = new double[3];
    for (int i = 0; i < oof.rowCount(); i++) {
      int y = (int) oof.truth()[i];
      c.combine(oof.outputs()[i], oof.present()[i], out);
      assertThat(out[0] + out[1] + out[2]).isCloseTo(1.0, within(1e-12));
      stacked -= Math.log(out[y]);
      Combiner.mean().combine(oof.outputs()[i], oof.present()[i], out);
      mean -= Math.log(out[y]);
    }
    assertThat(stacked).isLessThan(mean);
  }

  /** Members that are informative about the true class, with noise. */
  static OutOfFoldPredictions randomMulticlass(long seed, int rows, int classes, int members) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] outputs = new double[rows][members * classes];
    boolean[][] present = new boolean[rows][members];
    double[] truth = new double[rows];
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("c" + c);
    }
    for (int i = 0; i < rows; i++) {
      int y = r.nextInt(classes);
      truth[i] = y;
      for (int m = 0; m < members; m++) {
        present[i][m] = true;
        double sum = 0;
        for (int c = 0; c < classes; c++) {
          double v = r.nextDouble() + (c == y ? 0.8 * (m + 1) / members : 0);
          outputs[i][m * classes + c] = v;
          sum += v;
        }
        for (int c = 0; c < classes; c++) {
          outputs[i][m * classes + c] /= sum;
        }
      }
    }
    return new OutOfFoldPredictions(
        OutputContract.multiclass("y", labels), members, outputs, present, truth);
  }

  @Test
  void weightedMean_renormalisesOverPresentMembers() {
    Combiner c = Combiner.weighted(1, 2, 1);
    double[] outputs = {0.2, 0.8, 0.6, 0.4, 0.9, 0.1};
    double[] out = new double[2];

    c.combine(outputs, new boolean[] {true, false, true}, out);

    assertThat(out[1]).isCloseTo((0.8 + 0.1) / 2, within(1e-15));
  }

  @Test
  void majorityVote_givesVoteShares() {
    double[] outputs = {0.2, 0.8, 0.6, 0.4, 0.3, 0.7};
    double[] out = new double[2];

    Combiner.majorityVote().combine(outputs, new boolean[] {true, true, true}, out);

    assertThat(out).containsExactly(1.0 / 3, 2.0 / 3);
  }

  static double meanLogLoss(OutOfFoldPredictions oof, double[] w) {
    int k = oof.width();
    double total = 0;
    for (int i = 0; i < oof.rowCount(); i++) {
      int y = (int) oof.truth()[i];
      double q = 0;
      for (int m = 0; m < w.length; m++) {
        q += w[m] * Math.max(1e-15, oof.outputs()[i][m * k + y]);
      }
      total -= Math.log(q);
    }
    return total / oof.rowCount();
  }
}
