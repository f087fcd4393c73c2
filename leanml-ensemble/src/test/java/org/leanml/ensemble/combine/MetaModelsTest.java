package org.leanml.ensemble.combine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leanml.core.contract.OutputContract;

class MetaModelsTest {

  /**
   * Two members' probabilities of three classes (30 rows x 6), and the truth. Produced by {@code
   * /usr/bin/python3 leanml-ensemble/src/test/resources/reference/multinomial_reference.py}
   * (scikit-learn 1.2.1).
   */
  static final double[] P = {
    0.511, 0.277, 0.212, 0.642, 0.247, 0.111, 0.453, 0.196, 0.351, 0.83, 0.063, 0.107, 0.121,
    0.327, 0.552, 0.163, 0.028, 0.809, 0.217, 0.639, 0.144, 0.29, 0.483, 0.227, 0.357, 0.586,
    0.057, 0.043, 0.83, 0.127, 0.366, 0.569, 0.065, 0.024, 0.631, 0.345, 0.466, 0.224, 0.31,
    0.254, 0.13, 0.616, 0.504, 0.091, 0.405, 0.737, 0.077, 0.186, 0.241, 0.536, 0.223, 0.17,
    0.78, 0.05, 0.367, 0.216, 0.417, 0.393, 0.224, 0.383, 0.464, 0.525, 0.011, 0.352, 0.622,
    0.026, 0.077, 0.482, 0.441, 0.318, 0.27, 0.412, 0.562, 0.41, 0.028, 0.21, 0.428, 0.362,
    0.591, 0.268, 0.141, 0.508, 0.253, 0.239, 0.308, 0.524, 0.168, 0.121, 0.766, 0.113, 0.267,
    0.471, 0.262, 0.539, 0.203, 0.258, 0.084, 0.489, 0.427, 0.119, 0.253, 0.628, 0.031, 0.298,
    0.671, 0.113, 0.294, 0.593, 0.018, 0.547, 0.435, 0.27, 0.107, 0.623, 0.109, 0.548, 0.343,
    0.163, 0.572, 0.265, 0.288, 0.195, 0.517, 0.195, 0.097, 0.708, 0.175, 0.617, 0.208, 0.051,
    0.655, 0.294, 0.527, 0.347, 0.126, 0.493, 0.082, 0.425, 0.224, 0.393, 0.383, 0.243, 0.477,
    0.28, 0.042, 0.538, 0.42, 0.291, 0.461, 0.248, 0.107, 0.568, 0.325, 0.143, 0.695, 0.162,
    0.232, 0.282, 0.486, 0.058, 0.335, 0.607, 0.533, 0.402, 0.065, 0.551, 0.187, 0.262, 0.377,
    0.086, 0.537, 0.227, 0.286, 0.487, 0.428, 0.31, 0.262, 0.489, 0.274, 0.237
  };

  static final int[] Y = {
    0, 0, 2, 1, 1, 1, 2, 0, 1, 0, 1, 2, 1, 0, 1, 0, 2, 2, 2, 1, 2, 1, 0, 1, 1, 1, 2, 0, 2, 0
  };

  /**
   * {@code LogisticRegression(C=1.0, tol=1e-12, max_iter=2000, solver='newton-cg').fit(P, y)
   * .predict_proba(P)[:6]}, same script (the script says why newton-cg rather than lbfgs).
   */
  static final double[][] PROBA_C1 = {
    {0.6194151646949372, 0.24245710924272287, 0.13812772606234},
    {0.7409834292463763, 0.1193101172994768, 0.13970645345414695},
    {0.14884315133645362, 0.11382815695603919, 0.7373286917075071},
    {0.21391131503085328, 0.6152115994050227, 0.17087708556412415},
    {0.09209252550445482, 0.8306780200027111, 0.07722945449283418},
    {0.12917599850950137, 0.7077561137766808, 0.1630678877138177},
  };

  /** As {@link #PROBA_C1} with {@code C=0.1}. */
  static final double[][] PROBA_C01 = {
    {0.3509948227692735, 0.37601040450089995, 0.27299477272982653},
    {0.37505683936539846, 0.3410150303599909, 0.2839281302746106},
    {0.2864840692065922, 0.3383044942884423, 0.3752114365049655},
    {0.2850934236920906, 0.4390404377419678, 0.27586613856594155},
    {0.2581737044061173, 0.4908452188063891, 0.25098107678749365},
    {0.26547096897633066, 0.4583219695546068, 0.27620706146906243},
  };

  static OutOfFoldPredictions reference(int copies) {
    int n = Y.length;
    double[][] outputs = new double[n * copies][];
    boolean[][] present = new boolean[n * copies][];
    double[] truth = new double[n * copies];
    for (int r = 0; r < n * copies; r++) {
      int i = r % n;
      outputs[r] = java.util.Arrays.copyOfRange(P, i * 6, i * 6 + 6);
      present[r] = new boolean[] {true, true};
      truth[r] = Y[i];
    }
    return new OutOfFoldPredictions(
        OutputContract.multiclass("y", List.of("a", "b", "c")), 2, outputs, present, truth);
  }

  static Stream<Arguments> scikitLearnFits() {
    return Stream.of(Arguments.of(1.0, PROBA_C1), Arguments.of(10.0, PROBA_C01));
  }

  @ParameterizedTest
  @MethodSource("scikitLearnFits")
  void logistic_threeClasses_matchesScikitLearnMultinomialWithCOneOverLambda(
      double lambda, double[][] expected) {
    OutOfFoldPredictions oof = reference(1);

    StackedLogisticCombiner c = MetaModels.logistic(oof, lambda);

    double[] out = new double[3];
    for (int i = 0; i < expected.length; i++) {
      c.combine(oof.outputs()[i], oof.present()[i], out);
      assertThat(out).as("row %d", i).containsExactly(expected[i], within(1e-7));
    }
  }

  @Test
  void logistic_penaltyIsOnTheSummedLoss_twiceTheRowsEqualsHalfTheLambda() {
    OutOfFoldPredictions once = reference(1);
    OutOfFoldPredictions twice = reference(2);

    StackedLogisticCombiner a = MetaModels.logistic(once, 1.0);
    StackedLogisticCombiner b = MetaModels.logistic(twice, 2.0);
    StackedLogisticCombiner weaker = MetaModels.logistic(twice, 1.0);

    double[] pa = new double[3];
    double[] pb = new double[3];
    double[] pw = new double[3];
    double moved = 0;
    for (int i = 0; i < Y.length; i++) {
      a.combine(once.outputs()[i], once.present()[i], pa);
      b.combine(once.outputs()[i], once.present()[i], pb);
      weaker.combine(once.outputs()[i], once.present()[i], pw);
      assertThat(pb).as("row %d", i).containsExactly(pa, within(1e-7));
      moved = Math.max(moved, Math.abs(pw[0] - pa[0]));
    }
    assertThat(moved).isGreaterThan(1e-3);
  }

  @Test
  void logistic_sameInputTwice_identicalCombiner() {
    OutOfFoldPredictions oof = CombinerFittingTest.randomMulticlass(5L, 300, 7, 2);

    StackedLogisticCombiner first = MetaModels.logistic(oof, 1.0);
    StackedLogisticCombiner second = MetaModels.logistic(oof, 1.0);

    assertThat(first).isEqualTo(second);
  }

  @Test
  void logistic_twentySixClassesThreeMembers_fitsAndBeatsTheUniformGuessOnItsTrainingData() {
    // 3 x 26 x 26 coefficients and 26 intercepts: beyond what the former Newton solver accepted.
    OutOfFoldPredictions oof = CombinerFittingTest.randomMulticlass(3L, 400, 26, 3);

    StackedLogisticCombiner c = MetaModels.logistic(oof, 1.0);

    double stacked = 0;
    double[] out = new double[26];
    for (int i = 0; i < oof.rowCount(); i++) {
      c.combine(oof.outputs()[i], oof.present()[i], out);
      assertThat(java.util.Arrays.stream(out).sum()).isCloseTo(1.0, within(1e-12));
      stacked -= Math.log(out[(int) oof.truth()[i]]);
    }
    assertThat(c.coefficients()).hasNumberOfRows(25);
    assertThat(stacked / oof.rowCount()).isLessThan(Math.log(26) - 0.1);
  }

  @Test
  void logistic_manyBlocksOfRows_sameCombinerOnAnyExecutor() throws Exception {
    OutOfFoldPredictions oof =
        CombinerFittingTest.randomMulticlass(9L, 3 * SoftmaxRegression.BLOCK + 17, 5, 2);
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.ExecutorService three =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {

      StackedLogisticCombiner calling = MetaModels.logistic(oof, 1.0, Runnable::run);
      StackedLogisticCombiner onTwo = MetaModels.logistic(oof, 1.0, two);
      StackedLogisticCombiner onThree = MetaModels.logistic(oof, 1.0, three);

      assertThat(onTwo).isEqualTo(calling);
      assertThat(onThree).isEqualTo(calling);
      assertThat(MetaModels.logistic(oof, 1.0)).isEqualTo(calling);
    } finally {
      two.shutdown();
      three.shutdown();
    }
  }

  @Test
  void logistic_negativeLambda_isRefusedNamingIt() {
    OutOfFoldPredictions oof = reference(1);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetaModels.logistic(oof, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda")
        .hasMessageContaining("-1");
  }

  /**
   * The stored form (last class as reference, K - 1 probabilities per member) predicts what the
   * symmetric fit predicts, for present and abstaining members alike.
   */
  @Property(tries = 100)
  void toReferenceForm_predictsTheSymmetricSoftmax(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int k = 2 + r.nextInt(6);
    int members = 1 + r.nextInt(3);
    int d = 1 + members * k;
    double[] theta = new double[k * d];
    for (int q = 0; q < theta.length; q++) {
      theta[q] = 4 * r.nextDouble() - 2;
    }
    double[] fillAll = new double[members * k];
    double[] outputs = new double[members * k];
    boolean[] present = new boolean[members];
    for (int m = 0; m < members; m++) {
      System.arraycopy(distribution(r, k), 0, fillAll, m * k, k);
      System.arraycopy(distribution(r, k), 0, outputs, m * k, k);
      present[m] = r.nextInt(4) != 0;
    }

    StackedLogisticCombiner stored = MetaModels.toReferenceForm(theta, k, members, fillAll);

    double[] expected = new double[k];
    for (int c = 0; c < k; c++) {
      double e = theta[c * d];
      for (int m = 0; m < members; m++) {
        for (int j = 0; j < k; j++) {
          double x = present[m] ? outputs[m * k + j] : fillAll[m * k + j];
          e += theta[c * d + 1 + m * k + j] * x;
        }
      }
      expected[c] = e;
    }
    StackedLogisticCombiner.softmaxInPlace(expected);
    double[] actual = new double[k];
    stored.combine(outputs, present, actual);
    assertThat(actual).containsExactly(expected, within(1e-12));
  }

  private static double[] distribution(SplittableRandom r, int k) {
    double[] p = new double[k];
    double sum = 0;
    for (int j = 0; j < k; j++) {
      p[j] = r.nextInt(3) == 0 ? 0 : r.nextDouble();
      sum += p[j];
    }
    if (sum == 0) {
      p[0] = 1;
      sum = 1;
    }
    for (int j = 0; j < k; j++) {
      p[j] /= sum;
    }
    return p;
  }
}
