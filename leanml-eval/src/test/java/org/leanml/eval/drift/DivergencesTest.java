package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DivergencesTest {

  @Test
  void quantileBins_tenDistinctValues_edgesAtInterpolatedQuantilesOneValuePerBin() {
    NumericSample ref = NumericSample.of("x", new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});

    QuantileBins bins = QuantileBins.of(ref, 10);

    // position k/10 * 9 = 0.9k between order statistics 1..10
    assertThat(bins.edges())
        .containsExactly(new double[] {1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1}, within(1e-12));
    assertThat(bins.counts(ref)).containsOnly(1L);
  }

  @Test
  void psiAndJs_allCurrentInFirstBin_matchHandComputation() {
    long[] ref = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    long[] cur = {10, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    // PSI: (1 - 0.1) ln(1 / 0.1) + 9 (1e-4 - 0.1) ln(1e-4 / 0.1)
    double psi = 0.9 * Math.log(10) + 9 * (1e-4 - 0.1) * Math.log(1e-3);
    // JSD (bits): m = (0.55, 0.05 x 9); 0.5 [0.1 log2(0.1/0.55) + 0.9 log2(0.1/0.05)] + 0.5
    // log2(1/0.55)
    double log2 = Math.log(2);
    double jsd =
        0.5 * (0.1 * Math.log(0.1 / 0.55) / log2 + 0.9 * 1) + 0.5 * Math.log(1 / 0.55) / log2;

    assertThat(Divergences.psi(ref, cur)).isCloseTo(psi, within(1e-12));
    assertThat(Divergences.jensenShannonDistance(ref, cur))
        .isCloseTo(Math.sqrt(jsd), within(1e-12));
  }

  @Test
  void psiAndJs_identicalHistograms_zero() {
    long[] h = {3, 0, 5, 2};

    assertThat(Divergences.psi(h, h)).isZero();
    assertThat(Divergences.jensenShannonDistance(h, h)).isZero();
  }

  /**
   * NumPy reference (numpy 2.4.6, scipy 1.17.1), with sample() as in KolmogorovSmirnovTest:
   *
   * <pre>
   * from scipy.spatial.distance import jensenshannon
   * def psi_js(ref, cur, B=10):
   *     e = np.unique(np.quantile(ref, np.arange(1, B) / B))
   *     r = np.bincount(np.searchsorted(e, ref, side='left'), minlength=len(e) + 1) / len(ref)
   *     c = np.bincount(np.searchsorted(e, cur, side='left'), minlength=len(e) + 1) / len(cur)
   *     rf, cf = np.maximum(r, 1e-4), np.maximum(c, 1e-4)
   *     return np.sum((cf - rf) * np.log(cf / rf)), jensenshannon(r, c, base=2)
   * psi_js(sample(n, PHI, 0, 1, ties), sample(m, SQ2, shift, scale, ties))
   * </pre>
   */
  static Stream<Arguments> numpyReference() {
    return Stream.of(
        Arguments.of(1000, 800, 0.1, 1.2, false, 0.9934495343331283, 0.31917871990137886),
        Arguments.of(500, 700, 0.0, 1.0, true, 0.00012245731047452562, 0.004699295849376543),
        Arguments.of(1000, 1000, 0.3, 0.5, false, 3.326287816993882, 0.5511560272473175));
  }

  @ParameterizedTest
  @MethodSource("numpyReference")
  void numericPsiAndJs_matchNumpyImplementation(
      int n, int m, double shift, double scale, boolean ties, double psi, double js) {
    NumericSample ref = NumericSample.of("x", Samples.weyl(n, Samples.PHI, 0, 1, ties));
    NumericSample cur = NumericSample.of("x", Samples.weyl(m, Samples.SQ2, shift, scale, ties));
    QuantileBins bins = QuantileBins.of(ref, 10);

    long[] rc = bins.counts(ref);
    long[] cc = bins.counts(cur);

    assertThat(Divergences.psi(rc, cc)).isCloseTo(psi, within(1e-10));
    assertThat(Divergences.jensenShannonDistance(rc, cc)).isCloseTo(js, within(1e-10));
  }

  @Test
  void countsFromSortedSample_equalBinOfEachValue() {
    double[] values = Samples.weyl(777, Samples.SQ2, 0.2, 1.3, true);
    NumericSample cur = NumericSample.of("x", values);
    QuantileBins bins =
        QuantileBins.of(NumericSample.of("x", Samples.weyl(500, Samples.PHI, 0, 1, true)), 10);
    long[] expected = new long[bins.binCount()];

    for (double v : values) {
      expected[bins.binOf(v)]++;
    }

    assertThat(bins.counts(cur)).containsExactly(expected);
  }

  @Test
  void categoricalPsiAndJs_matchNumpy() {
    // r = np.array([300,200,100,50,10]); c = np.array([200,250,150,40,40]);
    // r, c = r / r.sum(), c / c.sum(); same formulas as above:
    // PSI 0.1717944063974841, jensenshannon(r, c, base=2) 0.17349102272255187
    long[] r = {300, 200, 100, 50, 10};
    long[] c = {200, 250, 150, 40, 40};

    assertThat(Divergences.psi(r, c)).isCloseTo(0.1717944063974841, within(1e-12));
    assertThat(Divergences.jensenShannonDistance(r, c))
        .isCloseTo(0.17349102272255187, within(1e-12));
  }

  @Test
  void psi_emptyCategoriesOnEachSide_flooredAndFinite() {
    // r = [10,0,5], c = [0,7,3], normalised as above: PSI 12.069228805324297, JS 0.8270226035446503
    // (NumPy as above)
    long[] r = {10, 0, 5};
    long[] c = {0, 7, 3};

    assertThat(Divergences.psi(r, c)).isCloseTo(12.069228805324297, within(1e-10));
    assertThat(Divergences.jensenShannonDistance(r, c))
        .isCloseTo(0.8270226035446503, within(1e-12));
  }
}
