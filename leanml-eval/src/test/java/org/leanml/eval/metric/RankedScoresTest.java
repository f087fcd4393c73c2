package org.leanml.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.leanml.eval.TestData;

class RankedScoresTest {

  @Test
  void equalErrorRate_crossingAtARocPoint_isThatPointsRate() {
    // ROC (0,0) (0,.5) (.5,.5) (.5,1) (1,1): FPR = FNR = 0.5 at the third point.
    RankedScores r = RankedScores.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.6, 0.4, 0.9});

    double eer = r.equalErrorRate();

    assertThat(eer).isEqualTo(0.5);
  }

  @Test
  void equalErrorRate_crossingInsideASegment_isInterpolatedLinearly() {
    // ROC (0,0) (0,1/3) (0,2/3) (.5,2/3) (.5,1) (1,1); on the segment from (0,2/3) to (.5,2/3)
    // FNR stays 1/3 while FPR grows from 0 to .5, so they meet at FPR = 1/3.
    RankedScores r =
        RankedScores.of(new int[] {0, 1, 0, 1, 1}, new double[] {0.2, 0.3, 0.5, 0.7, 0.8});

    double eer = r.equalErrorRate();

    assertThat(eer).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void roc_thinned_keepsBothEndsAndAgreesWithTheFullCurve() {
    TestData data = TestData.spambase();
    RankedScores r = RankedScores.of(data.intColumn("truth"), data.column("candidate"));

    RocCurve full = r.roc();
    RocCurve thin = r.roc(50);

    assertThat(thin.size()).isEqualTo(50);
    assertThat(thin.fpr()[0]).isZero();
    assertThat(thin.tpr()[49]).isEqualTo(1.0);
    assertThat(thin.fpr()).containsExactly(full.thin(50).fpr());
    assertThat(thin.tpr()).containsExactly(full.thin(50).tpr());
    assertThat(r.equalErrorRate()).isEqualTo(full.equalErrorRate());
  }

  @Test
  void aucEstimate_heavilyTiedScores_matchesPROCWithMidranks() {
    // R pROC 1.18.0: r1 <- roc(d$truth, round(d$baseline, 1), levels=c(0,1), direction="<")
    // auc(r1) 0.89075823826037426; ci.auc(r1, method="delong") 0.86934157205435603
    // 0.91217490446639271
    TestData data = TestData.spambase();
    double[] rounded = TestData.round(data.column("baseline"), 1);

    Estimate auc = RankedScores.of(data.intColumn("truth"), rounded).aucEstimate(0.95);

    assertThat(auc.value()).isCloseTo(0.89075823826037426, within(1e-13));
    assertThat(auc.ciLow()).isCloseTo(0.86934157205435603, within(1e-13));
    assertThat(auc.ciHigh()).isCloseTo(0.91217490446639271, within(1e-13));
  }

  @Test
  void aucVariance_spambaseBaseline_matchesPROC() {
    // R pROC 1.18.0: var(roc(d$truth, d$baseline, levels=c(0,1), direction="<"),
    //   method="delong") = 0.00011577793068321107
    TestData data = TestData.spambase();

    double var = RankedScores.of(data.intColumn("truth"), data.column("baseline")).aucVariance();

    assertThat(var).isCloseTo(0.00011577793068321107, within(1e-17));
  }

  @Property(tries = 100)
  void auc_strictlyIncreasingTransform_isUnchanged(
      @ForAll @IntRange(min = 2, max = 60) int n,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    int[] truth = new int[n];
    double[] score = new double[n];
    double[] transformed = new double[n];
    for (int i = 0; i < n; i++) {
      truth[i] = i < 2 ? i : rnd.nextInt(2);
      score[i] = rnd.nextInt(10) / 10.0;
      transformed[i] = Math.exp(3 * score[i]) - 7;
    }

    RankedScores a = RankedScores.of(truth, score);
    RankedScores b = RankedScores.of(truth, transformed);

    assertThat(b.auc()).isEqualTo(a.auc());
    assertThat(b.aucVariance()).isCloseTo(a.aucVariance(), within(1e-15));
    assertThat(b.averagePrecision()).isEqualTo(a.averagePrecision());
  }
}
