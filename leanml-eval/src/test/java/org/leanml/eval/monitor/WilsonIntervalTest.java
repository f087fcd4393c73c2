package org.leanml.eval.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

  // SciPy 1.17.1: ci = binomtest(k, n).proportion_ci(confidence_level=c, method='wilson');
  // print(ci.low, ci.high)
  @ParameterizedTest
  @CsvSource({
    "45, 50, 0.95, 0.7863976856252034, 0.9565242350681095",
    "0, 10, 0.95, 0.0, 0.27753279986288926",
    "10, 10, 0.95, 0.7224672001371109, 1.0",
    "700, 1000, 0.9, 0.6756502211337365, 0.7232704815703594",
    "1, 3, 0.99, 0.04042662929608476, 0.855783984952333"
  })
  void of_matchesScipyWilson(long k, long n, double c, double lo, double hi) {
    WilsonInterval w = WilsonInterval.of(k, n, c);

    assertThat(w.lower()).isCloseTo(lo, within(1e-9));
    assertThat(w.upper()).isCloseTo(hi, within(1e-9));
  }
}
