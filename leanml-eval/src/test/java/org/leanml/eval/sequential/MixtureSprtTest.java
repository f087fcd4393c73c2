package org.leanml.eval.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.leanml.core.metric.Direction;

class MixtureSprtTest {
  private static final double BOUND_1000 = 0.05 + 3 * Math.sqrt(0.05 * 0.95 / 1000);

  @Test
  void logLikelihoodRatio_pairedForm_equalsJohariEtAlFormula() {
    // Johari et al. (2017), eq. for the normal mixture: n = 50, sigma^2 = 2, tau^2 = 0.3,
    // xbar = 0.4, theta0 = 0.1.
    double n = 50;
    double s2 = 2;
    double t2 = 0.3;
    double xbar = 0.4;
    double expected =
        Math.log(Math.sqrt(s2 / (s2 + n * t2)))
            + n * n * t2 * (xbar - 0.1) * (xbar - 0.1) / (2 * s2 * (s2 + n * t2));

    double actual = MixtureSprt.logLikelihoodRatio(xbar, s2 / n, t2, 0.1);

    assertThat(actual).isCloseTo(expected, within(1e-12));
  }

  @Property(tries = 100)
  void halfWidth_boundaryOfConfidenceSequence_likelihoodRatioIsOneOverAlpha(
      @ForAll @DoubleRange(min = 0.001, max = 10) @Scale(6) double variance,
      @ForAll @DoubleRange(min = 0.001, max = 10) @Scale(6) double tau2,
      @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(6) double alpha) {
    double h = MixtureSprt.halfWidth(variance, tau2, alpha);

    double logLr = MixtureSprt.logLikelihoodRatio(1.0 + h, variance, tau2, 1.0);

    assertThat(logLr).isCloseTo(Math.log(1 / alpha), within(1e-9 * Math.max(1, logLr)));
  }

  @Property(tries = 50)
  void observe_pValue_neverIncreases(
      @ForAll long seed, @ForAll @IntRange(min = 10, max = 300) int n) {
    SequentialExperiment e = MixtureSprt.withDefaults().withMinSamples(2).start(Design.PAIRED);
    SplittableRandom rng = new SplittableRandom(seed);
    double previous = 1;

    for (int i = 0; i < n; i++) {
      Assessment a = e.observePair(rng.nextGaussian(), rng.nextGaussian() + 0.1);
      assertThat(a.pValue()).isLessThanOrEqualTo(previous);
      previous = a.pValue();
    }
  }

  @Test
  void observePair_aaExperimentsCheckedAfterEveryObservation_falseDecisionRateWithinAlpha() {
    MixtureSprt test = MixtureSprt.withDefaults().withMinSamples(20);
    SplittableRandom master = new SplittableRandom(20240601L);
    int runs = 1000;
    int wrong = 0;

    for (int r = 0; r < runs; r++) {
      SplittableRandom rng = new SplittableRandom(master.nextLong());
      SequentialExperiment e = test.start(Design.PAIRED);
      for (int i = 0; i < 400 && !e.assessment().isFinal(); i++) {
        // Per-unit log-loss-like metrics of two models with the same distribution.
        double shared = rng.nextGaussian();
        e.observePair(shared + rng.nextGaussian(), shared + rng.nextGaussian());
      }
      if (e.assessment().isFinal()) {
        wrong++;
      }
    }

    assertThat(wrong / (double) runs).isLessThanOrEqualTo(BOUND_1000);
  }

  @Test
  void observePair_candidateClearlyBetter_promotedInMostRuns() {
    MixtureSprt test = MixtureSprt.withDefaults().withMinSamples(20).with(Hypothesis.SUPERIORITY);
    SplittableRandom master = new SplittableRandom(7);
    int runs = 200;
    int promoted = 0;

    for (int r = 0; r < runs; r++) {
      SplittableRandom rng = new SplittableRandom(master.nextLong());
      SequentialExperiment e = test.start(Design.PAIRED);
      for (int i = 0; i < 400 && !e.assessment().isFinal(); i++) {
        e.observePair(1 + rng.nextGaussian(), 0.7 + rng.nextGaussian());
      }
      if (e.assessment().decision() == Decision.PROMOTE) {
        promoted++;
      }
    }

    assertThat(promoted / (double) runs).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void observeCandidate_higherIsBetterAndCandidateWorse_rollsBack() {
    SequentialExperiment e =
        MixtureSprt.withDefaults()
            .with(Direction.HIGHER_IS_BETTER)
            .withKnownVariance(1)
            .start(Design.TWO_SAMPLE);
    SplittableRandom rng = new SplittableRandom(3);
    Assessment a = e.assessment();

    for (int i = 0; i < 2000 && !a.isFinal(); i++) {
      e.observeChampion(1 + rng.nextGaussian());
      a = e.observeCandidate(rng.nextGaussian());
    }

    assertThat(a.decision()).isEqualTo(Decision.ROLLBACK);
    assertThat(a.upper()).isLessThan(0);
    assertThat(a.reason()).contains("worse than the margin 0.0");
  }

  @Test
  void observeCandidate_withinMargin_promotedAsNonInferior() {
    SequentialExperiment e =
        MixtureSprt.withDefaults().withMargin(0.3).withKnownVariance(1).start(Design.TWO_SAMPLE);
    SplittableRandom rng = new SplittableRandom(5);
    Assessment a = e.assessment();

    // The candidate is slightly worse (+0.05) but well within the margin.
    for (int i = 0; i < 5000 && !a.isFinal(); i++) {
      e.observeChampion(rng.nextGaussian());
      a = e.observeCandidate(0.05 + rng.nextGaussian());
    }

    assertThat(a.decision()).isEqualTo(Decision.PROMOTE);
    assertThat(a.upper()).isLessThan(0.3);
  }

  @Test
  void assessment_afterDecision_staysFinal() {
    SequentialExperiment e =
        MixtureSprt.withDefaults().withKnownVariance(1).withMinSamples(2).start(Design.PAIRED);
    Assessment a = e.assessment();
    for (int i = 0; i < 1000 && !a.isFinal(); i++) {
      a = e.observePair(0, 2);
    }

    Assessment after = e.observePair(2, 0);

    assertThat(after).isEqualTo(a);
    assertThat(after.decision()).isEqualTo(Decision.ROLLBACK);
  }

  @Test
  void observeChampion_onPairedExperiment_rejectedAsMisuse() {
    SequentialExperiment e = MixtureSprt.withDefaults().start(Design.PAIRED);

    assertThatThrownBy(() -> e.observeChampion(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PAIRED");
  }

  @Test
  void withAlpha_outOfRange_rejectedNamingTheValue() {
    assertThatThrownBy(() -> MixtureSprt.withDefaults().withAlpha(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be in (0, 1) but was 1.5");
  }
}
