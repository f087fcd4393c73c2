package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KolmogorovSmirnovTest {

  /**
   * a = weyl(n, PHI, 0, 1, ties), b = weyl(m, SQ2, shift, scale, ties). Produced by SciPy 1.17.1:
   *
   * <pre>
   * import math, numpy as np; from scipy.stats import ks_2samp
   * def sample(n, mult, shift, scale, ties):
   *     out = []
   *     for i in range(1, n + 1):
   *         x = (i * mult) % 1.0 * scale + shift
   *         out.append(math.floor(x * 10) / 10 if ties else x)
   *     return np.array(out)
   * a = sample(n, 0.6180339887498949, 0.0, 1.0, ties); b = sample(m, 0.41421356237309515, shift, scale, ties)
   * r = ks_2samp(a, b, method='exact' if n * m &lt;= 10000 else 'asymp'); print(r.statistic, r.pvalue)
   * </pre>
   */
  static Stream<Arguments> scipyReference() {
    return Stream.of(
        Arguments.of(5, 6, 0.0, 1.0, false, 0.23333333333333334, 0.9913419913419914), // exact
        Arguments.of(30, 40, 0.5, 1.0, false, 0.5333333333333333, 5.781035240589902e-05), // exact
        Arguments.of(20, 30, 0.2, 1.0, false, 0.25, 0.39947710597025404), // exact
        Arguments.of(50, 50, 0.1, 1.0, false, 0.14, 0.7166468440414822), // exact
        Arguments.of(40, 100, 0.15, 1.0, true, 0.175, 0.3164264340698098), // exact
        Arguments.of(100, 100, 0.05, 1.0, false, 0.06, 0.9942356257694902), // exact
        Arguments.of(120, 90, 0.1, 1.0, false, 0.12500000000000003, 0.3719853795050333), // asymp
        Arguments.of(1000, 1500, 0.03, 1.0, false, 0.032, 0.5596186337566695), // asymp
        Arguments.of(3000, 2000, 0.0, 1.05, false, 0.04783333333333328, 0.00797211300165751),
        Arguments.of(2000, 2500, 0.08, 1.0, false, 0.08139999999999997, 7.502112980059138e-07),
        Arguments.of(400, 300, 0.05, 1.0, true, 0.05083333333333334, 0.7491578794091864),
        // Far tail (en * D^2 >= 2.2): Birnbaum-Tingey up to en = 20,000, asymptotic above, 0 at
        // 370.
        Arguments.of(30000, 40000, 0.02, 1.0, false, 0.02010833333333333, 1.8791306935886263e-06),
        Arguments.of(30000, 40000, 0.01, 1.0, false, 0.01010833333333333, 0.05978853088092251),
        Arguments.of(100000, 100000, 0.01, 1.0, false, 0.010040000000000049, 8.323127640860564e-05),
        Arguments.of(100000, 100000, 0.006, 1.0, false, 0.006040000000000045, 0.05186711448000947),
        Arguments.of(200000, 100000, 0.1, 1.0, false, 0.10003000000000006, 0.0));
  }

  @ParameterizedTest
  @MethodSource("scipyReference")
  void test_matchesScipyKs2samp(
      int n, int m, double shift, double scale, boolean ties, double d, double p) {
    NumericSample a = NumericSample.of("x", Samples.weyl(n, Samples.PHI, 0, 1, ties));
    NumericSample b = NumericSample.of("x", Samples.weyl(m, Samples.SQ2, shift, scale, ties));

    KsResult r = KolmogorovSmirnov.test(a, b);

    assertThat(r.statistic()).isCloseTo(d, within(1e-12));
    assertThat(r.exact()).isEqualTo((long) n * m <= 10_000);
    // Exact p-values agree to rounding; asymptotic ones to the accuracy of Pelz-Good vs SciPy's
    // choice of method (relative 1e-3, or 1e-9 absolute in the far tail).
    Offset<Double> tolerance = r.exact() ? within(1e-12 + 1e-10 * p) : within(1e-9 + 1e-3 * p);
    assertThat(r.pValue()).isCloseTo(p, tolerance);
  }

  @Property(tries = 60)
  void exactPValue_tieFreeSamples_equalsCommonsMathEnumeration(
      @ForAll @Size(min = 2, max = 7) double[] rawA,
      @ForAll @IntRange(min = 2, max = 7) int m,
      @ForAll @IntRange(min = 0, max = 1000) int salt) {
    // Commons Math 3.6.1 enumerates all C(n+m, n) splits: only feasible for tiny samples, and it
    // treats ties differently, so values are made distinct; it needs 2 values per sample.
    double[] a = new double[rawA.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = i * 2 + ((salt * (i + 1)) % 7) * 0.1;
    }
    double[] b = new double[m];
    for (int j = 0; j < m; j++) {
      b[j] = j * 2.3 + 0.05 + ((salt + j) % 5) * 0.01;
    }
    org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest cm =
        new org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest();
    double d = cm.kolmogorovSmirnovStatistic(a, b);

    KsResult r = KolmogorovSmirnov.test(NumericSample.of("a", a), NumericSample.of("b", b));

    assertThat(r.statistic()).isCloseTo(d, within(1e-12));
    assertThat(r.pValue()).isCloseTo(cm.exactP(d, a.length, m, false), within(1e-9));
  }

  @Property(tries = 100)
  void test_swappingSamples_sameResult(
      @ForAll @Size(min = 1, max = 60) double[] a, @ForAll @Size(min = 1, max = 60) double[] b) {
    NumericSample x = NumericSample.of("x", a);
    NumericSample y = NumericSample.of("x", b);
    if (x.size() == 0 || y.size() == 0) {
      return;
    }

    KsResult xy = KolmogorovSmirnov.test(x, y);
    KsResult yx = KolmogorovSmirnov.test(y, x);

    assertThat(yx.statistic()).isEqualTo(xy.statistic());
    assertThat(yx.pValue()).isCloseTo(xy.pValue(), within(1e-12));
    assertThat(xy.pValue()).isBetween(0.0, 1.0);
  }
}
