package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChiSquareHomogeneityTest {

  /**
   * SciPy 1.17.1: {@code r = chi2_contingency(np.array([ref, cur]), correction=False);
   * print(r.statistic, r.dof, r.pvalue)}.
   */
  static Stream<Arguments> scipyReference() {
    return Stream.of(
        Arguments.of(
            new long[] {10, 20, 30},
            new long[] {15, 15, 40},
            2.3877551020408165,
            2,
            0.30304391468510006),
        Arguments.of(
            new long[] {100, 1, 5},
            new long[] {90, 3, 2},
            2.2166789242221747,
            2,
            0.3301066608289301),
        Arguments.of(
            new long[] {5000, 3000, 2000},
            new long[] {5200, 2900, 1900},
            8.180586445790833,
            2,
            0.016734325951596057),
        Arguments.of(
            new long[] {50, 50}, new long[] {80, 20}, 19.78021978021978, 1, 8.68771167700004e-06),
        Arguments.of(
            new long[] {300, 200, 100, 50, 10},
            new long[] {200, 250, 150, 40, 40},
            54.380273321449785,
            4,
            4.38097593232504e-11));
  }

  @ParameterizedTest
  @MethodSource("scipyReference")
  void test_matchesScipyChi2ContingencyWithoutCorrection(
      long[] ref, long[] cur, double chi2, int df, double p) {
    ChiSquareResult r = ChiSquareHomogeneity.test(ref, cur);

    assertThat(r.statistic()).isCloseTo(chi2, within(1e-9));
    assertThat(r.degreesOfFreedom()).isEqualTo(df);
    assertThat(r.pValue()).isCloseTo(p, within(1e-12 * Math.max(1, p / 1e-12) * 1e-6 + 1e-15));
  }

  @Test
  void test_singleCategory_noEvidence() {
    ChiSquareResult r = ChiSquareHomogeneity.test(new long[] {5}, new long[] {7});

    assertThat(r.statistic()).isZero();
    assertThat(r.pValue()).isEqualTo(1.0);
  }

  @Test
  void test_categoryEmptyInBothRows_rejectedNamingIt() {
    assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[] {5, 0}, new long[] {7, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category 1 is empty in both rows");
  }
}
