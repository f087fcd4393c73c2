package org.leanml.eval.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leanml.eval.TestData;

class StatisticalTestsTest {

  /*
   * /usr/bin/python3, statsmodels 0.13.5, scipy 1.10.1, spambase_binary.csv at threshold 0.5
   * (b = baseline right and candidate wrong, c = the reverse; tab = [[both, b], [c, neither]]):
   *   mcnemar(tab, exact=True).pvalue
   *   2*stats.binom.cdf(min(b,c), b+c, 0.5) - stats.binom.pmf(min(b,c), b+c, 0.5)
   *   mcnemar(tab, exact=False, correction=True).statistic / .pvalue
   */
  static Stream<Arguments> mcnemarReferences() {
    return Stream.of(
        Arguments.of(
            16,
            96,
            4.377733803134596e-15,
            2.5449599180816073e-15,
            55.723214285714285,
            8.342728185901891e-14),
        Arguments.of(
            25,
            163,
            5.207556613255448e-26,
            2.9974927194726616e-26,
            99.83510638297872,
            1.65628208054913e-23));
  }

  @ParameterizedTest
  @MethodSource("mcnemarReferences")
  void mcnemar_spambaseDiscordantPairs_matchesStatsmodelsAndScipy(
      long b, long c, double exact, double mid, double chi2, double pChi2) {

    McNemarResult r = McNemarTest.test(b, c);

    assertThat(r.pExact()).isCloseTo(exact, within(exact * 1e-9));
    assertThat(r.pMid()).isCloseTo(mid, within(mid * 1e-9));
    assertThat(r.chi2cc()).isCloseTo(chi2, within(1e-12));
    assertThat(r.pChi2cc()).isCloseTo(pChi2, within(pChi2 * 1e-9));
  }

  @Test
  void mcnemar_noDiscordantPair_givesPOne() {

    McNemarResult r = McNemarTest.test(0, 0);

    assertThat(r.pExact()).isEqualTo(1.0);
    assertThat(r.pMid()).isEqualTo(1.0);
    assertThat(r.pChi2cc()).isEqualTo(1.0);
    assertThat(r.reject(0.05)).isFalse();
  }

  @Test
  void mcnemar_smallTable_matchesHandComputedBinomial() {
    // b=1, c=5: 2·P(X<=1 | Bin(6, .5)) = 2·7/64; mid-p = 14/64 − 6/64.

    McNemarResult r = McNemarTest.test(1, 5);

    assertThat(r.pExact()).isCloseTo(14.0 / 64, within(1e-15));
    assertThat(r.pMid()).isCloseTo(8.0 / 64, within(1e-15));
    assertThat(r.chi2cc()).isCloseTo(9.0 / 6, within(1e-15));
  }

  /*
   * R 4, pROC 1.18.0 (roc(d$truth, s, levels=c(0,1), direction="<")):
   *   roc.test(r_first, r_second, method="delong", paired=TRUE)$statistic and $p.value
   * pROC's Z is (AUC_first − AUC_second)/se, so the candidate-minus-baseline z is −Z.
   * The "ties" row uses round(d$baseline, 1) and round(d$candidate, 1).
   */
  static Stream<Arguments> delongReferences() {
    return Stream.of(
        Arguments.of("baseline", "candidate", -1, -8.3088268932198996, 9.6652797114951869e-17),
        Arguments.of("old", "candidate", -1, -10.476125639207986, 1.1120664531619641e-25),
        Arguments.of("baseline", "candidate", 1, -8.0605893802828579, 7.5927472581241535e-16));
  }

  @ParameterizedTest
  @MethodSource("delongReferences")
  void delong_spambasePredictions_matchesPROC(
      String first, String second, int roundTo, double pRocZ, double p) {
    TestData data = TestData.spambase();
    double[] b = data.column(first);
    double[] c = data.column(second);
    if (roundTo > 0) {
      b = TestData.round(b, roundTo);
      c = TestData.round(c, roundTo);
    }

    DeLongResult r = DeLongTest.paired(data.intColumn("truth"), b, c);

    assertThat(r.z()).isCloseTo(-pRocZ, within(1e-10));
    assertThat(r.pValue()).isCloseTo(p, within(p * 1e-7));
    assertThat(r.diff()).isEqualTo(r.aucCandidate() - r.aucBaseline());
    assertThat(r.reject(0.05)).isTrue();
  }

  /*
   * /usr/bin/python3, scipy 1.10.1, spambase_regression.csv, eb = |baseline − truth|,
   * ec = |candidate − truth|:
   *   wilcoxon(ec, eb, zero_method="wilcox", correction=False, method="approx")
   *     -> statistic 14555.0, pvalue 9.642148607512072e-08 (300 non-zero, 5 tie groups)
   *   wilcoxon(ec, eb, zero_method="wilcox", correction=True, method="approx")
   *     -> pvalue 9.659828012686768e-08
   *   wilcoxon(ec[:40], eb[:40], zero_method="wilcox", method="exact") -> 222.0, 0.010628069954691455
   *   wilcoxon(ec[:12], eb[:12], zero_method="wilcox", method="exact") -> 28.0, 0.423828125
   */
  @Test
  void wilcoxon_approximationWithTies_matchesScipy() {
    TestData data = TestData.load("spambase_regression.csv");
    double[][] e = absoluteErrors(data);

    WilcoxonResult plain = WilcoxonSignedRankTest.test(e[0], e[1]);
    WilcoxonResult corrected =
        WilcoxonSignedRankTest.test(e[0], e[1], WilcoxonSignedRankTest.Correction.CONTINUITY);

    assertThat(plain.statistic()).isEqualTo(14555.0);
    assertThat(plain.nNonzero()).isEqualTo(300);
    assertThat(plain.exact()).isFalse();
    assertThat(plain.pValue()).isCloseTo(9.642148607512072e-08, within(1e-18));
    assertThat(corrected.pValue()).isCloseTo(9.659828012686768e-08, within(1e-18));
  }

  @ParameterizedTest
  @MethodSource("exactReferences")
  void wilcoxon_smallSampleWithoutTies_usesTheExactDistributionLikeScipy(
      int rows, double statistic, double p) {
    TestData data = TestData.load("spambase_regression.csv");
    double[][] e = absoluteErrors(data);

    WilcoxonResult r =
        WilcoxonSignedRankTest.test(Arrays.copyOf(e[0], rows), Arrays.copyOf(e[1], rows));

    assertThat(r.exact()).isTrue();
    assertThat(r.statistic()).isEqualTo(statistic);
    assertThat(r.pValue()).isCloseTo(p, within(1e-14));
  }

  static Stream<Arguments> exactReferences() {
    return Stream.of(
        Arguments.of(40, 222.0, 0.010628069954691455), Arguments.of(12, 28.0, 0.423828125));
  }

  @Test
  void wilcoxon_identicalErrors_givesPOne() {
    double[] e = {1, 2, 3};

    WilcoxonResult r = WilcoxonSignedRankTest.test(e, e.clone());

    assertThat(r.nNonzero()).isZero();
    assertThat(r.pValue()).isEqualTo(1.0);
  }

  @Test
  void holm_statsmodelsReference_matches() {
    // statsmodels 0.13.5: multipletests([0.01, 0.04, 0.03, 0.005, 0.5], method="holm")[1]
    //   -> [0.04, 0.09, 0.09, 0.025, 0.5]

    double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.5});

    assertThat(adjusted)
        .containsExactly(new double[] {0.04, 0.09, 0.09, 0.025, 0.5}, within(1e-15));
  }

  static double[][] absoluteErrors(TestData data) {
    double[] t = data.column("truth");
    double[] b = data.column("baseline");
    double[] c = data.column("candidate");
    double[] eb = new double[t.length];
    double[] ec = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      eb[i] = Math.abs(b[i] - t[i]);
      ec[i] = Math.abs(c[i] - t[i]);
    }
    return new double[][] {eb, ec};
  }
}
