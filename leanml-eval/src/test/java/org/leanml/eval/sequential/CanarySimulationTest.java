package org.leanml.eval.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class CanarySimulationTest {
  private static final double BOUND_1000 = 0.05 + 3 * Math.sqrt(0.05 * 0.95 / 1000);

  @Test
  void run_aaCanaryCheckedAfterEveryUnit_falseDecisionRateWithinAlpha() {
    CanaryPlan plan = CanaryPlan.of(0.1, 0.1, 3000, 1000).withSeed(11);

    CanarySimulationResult result = CanarySimulation.on(Runnable::run).run(plan);

    assertThat(result.runs()).isEqualTo(1000);
    assertThat(result.falseDecisionRate()).isLessThanOrEqualTo(BOUND_1000);
    assertThat(result.falseDecisionRate())
        .isEqualTo((result.promote() + result.rollback()) / 1000.0);
  }

  @Test
  void run_aaCanaryWithSmallShare_falseDecisionRateWithinAlpha() {
    CanaryPlan plan = CanaryPlan.of(0.3, 0.3, 5000, 1000).withSeed(12).withCandidateShare(0.1);

    CanarySimulationResult result = CanarySimulation.on(Runnable::run).run(plan);

    assertThat(result.falseDecisionRate()).isLessThanOrEqualTo(BOUND_1000);
  }

  @Test
  void run_candidateErrorRateDoubled_rolledBackWithHighPower() {
    CanaryPlan plan = CanaryPlan.of(0.1, 0.2, 4000, 200).withSeed(13);

    CanarySimulationResult result = CanarySimulation.on(Runnable::run).run(plan);

    assertThat(result.rollback()).isGreaterThanOrEqualTo(190);
    assertThat(result.promote()).isZero();
    assertThat(result.medianUnitsToDecision()).isLessThan(4000);
  }

  @Test
  void run_candidateErrorRateHalved_promotedWithHighPower() {
    CanaryPlan plan = CanaryPlan.of(0.2, 0.1, 4000, 200).withSeed(14);

    CanarySimulationResult result = CanarySimulation.on(Runnable::run).run(plan);

    assertThat(result.promote()).isGreaterThanOrEqualTo(190);
    assertThat(result.falseDecisionRate()).isZero();
  }

  @Test
  void run_equalRatesWithMargin_promotionIsCorrectAndRollbackRare() {
    CanaryPlan plan = CanaryPlan.of(0.1, 0.1, 6000, 200).withSeed(15).withMargin(0.03);

    CanarySimulationResult result = CanarySimulation.on(Runnable::run).run(plan);

    assertThat(result.promote()).isGreaterThanOrEqualTo(150);
    assertThat(result.falseDecisionRate()).isEqualTo(result.rollback() / 200.0);
  }

  @Test
  void run_sameSeedDifferentThreadCounts_identicalResults() throws Exception {
    CanaryPlan plan = CanaryPlan.of(0.1, 0.12, 2000, 120).withSeed(99);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CanarySimulationResult single = CanarySimulation.on(Runnable::run).run(plan);

      CanarySimulationResult pooled = CanarySimulation.on(pool).run(plan);

      assertThat(pooled).isEqualTo(single);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void run_sameDecisionCodeAsSequentialExperiment_sameDecisionAtSameUnit() {
    // One run re-played unit by unit through SequentialExperiment must stop where the fast path
    // did.
    CanaryPlan plan = CanaryPlan.of(0.1, 0.25, 3000, 1).withSeed(5);
    CanarySimulationResult fast = CanarySimulation.on(Runnable::run).run(plan);
    java.util.SplittableRandom rng =
        new java.util.SplittableRandom(new java.util.SplittableRandom(5).nextLong());
    SequentialExperiment e = CanarySimulation.testFor(plan).start(Design.TWO_SAMPLE);
    int stoppedAt = -1;

    for (int u = 1; u <= 3000 && stoppedAt < 0; u++) {
      Assessment a =
          rng.nextDouble() < 0.5
              ? e.observeCandidate(rng.nextDouble() < 0.25 ? 1 : 0)
              : e.observeChampion(rng.nextDouble() < 0.1 ? 1 : 0);
      if (a.isFinal()) {
        stoppedAt = u;
      }
    }

    assertThat(fast.rollback()).isEqualTo(1);
    assertThat((double) stoppedAt).isEqualTo(fast.medianUnitsToDecision());
  }

  @Test
  void toJson_fieldNamesOfTheCommand() {
    CanarySimulationResult r = new CanarySimulationResult(10, 2, 1, 7, 0.3, Double.NaN);

    assertThat(r.toJson())
        .isEqualTo(
            "{\"runs\":10,\"promote\":2,\"rollback\":1,\"continue\":7,"
                + "\"false_decision_rate\":0.3,\"median_units_to_decision\":null}");
  }

  @Test
  void verdict_guardrailWorse_forcesRollbackWhilePrimaryContinues() {
    SequentialExperiment primary = MixtureSprt.withDefaults().start(Design.PAIRED);
    SequentialExperiment latency =
        MixtureSprt.withDefaults().withKnownVariance(1).withMinSamples(2).start(Design.PAIRED);
    GuardedExperiment g = GuardedExperiment.of(primary, Map.of("latency", latency));

    for (int i = 0; i < 200; i++) {
      primary.observePair(0, 0);
      latency.observePair(0, 1);
    }
    CanaryDecision v = g.verdict();

    assertThat(v.decision()).isEqualTo(Decision.ROLLBACK);
    assertThat(v.reason()).startsWith("guardrail 'latency' forced a rollback");
    assertThat(v.primary().decision()).isEqualTo(Decision.CONTINUE);
  }
}
