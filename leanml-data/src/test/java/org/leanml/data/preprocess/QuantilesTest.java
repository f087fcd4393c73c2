package org.leanml.data.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantilesTest {
  static final double[] X = {3.5, -1.0, 7.25, 2.0, 10.0, 0.5, 4.0, 8.0};

  /**
   * Reference values from NumPy 1.x/2.x (default method 'linear'):
   *
   * <pre>
   * python3 -c "import numpy as np; x=[3.5,-1.0,7.25,2.0,10.0,0.5,4.0,8.0];
   *   print([repr(float(np.quantile(x,p))) for p in (0.05,0.1,0.25,0.9,0.99)])"
   * -> ['-0.475', '0.0500000000000001', '1.625', '8.6', '9.86']
   * </pre>
   */
  static Stream<Arguments> numpyQuantiles() {
    return Stream.of(
        Arguments.of(0.05, -0.475),
        Arguments.of(0.1, 0.0500000000000001),
        Arguments.of(0.25, 1.625),
        Arguments.of(0.9, 8.6),
        Arguments.of(0.99, 9.86),
        Arguments.of(0.0, -1.0),
        Arguments.of(1.0, 10.0));
  }

  @ParameterizedTest
  @MethodSource("numpyQuantiles")
  void quantile_matchesNumpyLinear(double p, double expected) {
    double[] sorted = X.clone();
    Arrays.sort(sorted);

    assertThat(Quantiles.quantile(sorted, p)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void median_evenCount_averagesTheMiddle() {
    double[] sorted = X.clone();
    Arrays.sort(sorted);

    // numpy: np.median(x) -> 3.75
    assertThat(Quantiles.median(sorted)).isEqualTo(3.75);
    assertThat(Quantiles.median(new double[] {1, 2, 9})).isEqualTo(2);
  }

  @Test
  void quantile_badArguments_areRejected() {
    assertThatThrownBy(() -> Quantiles.quantile(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.quantile(new double[] {1}, 1.5))
        .hasMessage("p must be in [0, 1] but was 1.5");
  }
}
