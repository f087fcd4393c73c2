package org.leanml.eval.sequential;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.leanml.core.metric.Direction;

/**
 * Plans a canary by simulation: many rollouts of Bernoulli outcomes (a rate such as the error rate)
 * routed to the champion or the candidate, each checked after every unit with exactly the decision
 * code of {@link MixtureSprt} in its {@link Design#TWO_SAMPLE two-sample} form, stopping at the
 * first PROMOTE or ROLLBACK.
 *
 * <p>Each run draws from its own {@link SplittableRandom}, seeded from the plan's seed in run order
 * before any work starts, and writes only its own slot of the result arrays, so the result is the
 * same for a seed whatever the executor and its thread count.
 */
public final class CanarySimulation {
  private static final int CHUNK = 25;

  private final Executor executor;

  private CanarySimulation(Executor executor) {
    this.executor = executor;
  }

  /**
   * A simulation that runs on an executor.
   *
   * @param executor where the runs execute ({@code Runnable::run} for the calling thread)
   * @return the simulation
   * @throws NullPointerException if the executor is null
   */
  public static CanarySimulation on(Executor executor) {
    return new CanarySimulation(Objects.requireNonNull(executor, "executor"));
  }

  /**
   * The test a plan implies: the defaults of {@link MixtureSprt} with the plan's α, margin and
   * direction.
   *
   * @param plan the plan
   * @return the test
   */
  public static MixtureSprt testFor(CanaryPlan plan) {
    return MixtureSprt.withDefaults()
        .withAlpha(plan.alpha())
        .withMargin(plan.margin())
        .with(plan.direction());
  }

  /**
   * Runs the plan with the test it implies ({@link #testFor}).
   *
   * @param plan the plan
   * @return the result
   */
  public CanarySimulationResult run(CanaryPlan plan) {
    return run(plan, testFor(plan));
  }

  /**
   * Runs the plan with a given test (its own α, margin and direction are used, not the plan's).
   *
   * @param plan the plan
   * @param test the decision rule
   * @return the result
   * @throws java.util.concurrent.CompletionException if a run fails
   */
  public CanarySimulationResult run(CanaryPlan plan, MixtureSprt test) {
    int runs = plan.runs();
    long[] seeds = new long[runs];
    SplittableRandom master = new SplittableRandom(plan.seed());
    for (int r = 0; r < runs; r++) {
      seeds[r] = master.nextLong();
    }
    Decision[] decisions = new Decision[runs];
    int[] unitsAt = new int[runs];
    int chunks = (runs + CHUNK - 1) / CHUNK;
    CompletableFuture<?>[] futures = new CompletableFuture<?>[chunks];
    for (int c = 0; c < chunks; c++) {
      int from = c * CHUNK;
      int to = Math.min(runs, from + CHUNK);
      futures[c] =
          CompletableFuture.runAsync(
              () -> {
                for (int r = from; r < to; r++) {
                  simulateOne(plan, test, seeds[r], decisions, unitsAt, r);
                }
              },
              executor);
    }
    CompletableFuture.allOf(futures).join();

    int promote = 0;
    int rollback = 0;
    int wrong = 0;
    int[] decided = new int[runs];
    int nDecided = 0;
    double worse =
        (test.direction() == Direction.LOWER_IS_BETTER ? 1 : -1)
            * (plan.candidateRate() - plan.baselineRate());
    double promoteBound = test.hypothesis() == Hypothesis.NON_INFERIORITY ? test.margin() : 0;
    for (int r = 0; r < runs; r++) {
      if (decisions[r] == Decision.PROMOTE) {
        promote++;
        if (worse >= promoteBound) {
          wrong++;
        }
      } else if (decisions[r] == Decision.ROLLBACK) {
        rollback++;
        if (worse <= test.margin()) {
          wrong++;
        }
      }
      if (decisions[r] != Decision.CONTINUE) {
        decided[nDecided++] = unitsAt[r];
      }
    }
    double median = Double.NaN;
    if (nDecided > 0) {
      int[] d = Arrays.copyOf(decided, nDecided);
      Arrays.sort(d);
      median = nDecided % 2 == 1 ? d[nDecided / 2] : (d[nDecided / 2 - 1] + d[nDecided / 2]) / 2.0;
    }
    return new CanarySimulationResult(
        runs, promote, rollback, runs - promote - rollback, wrong / (double) runs, median);
  }

  private static void simulateOne(
      CanaryPlan plan, MixtureSprt test, long seed, Decision[] decisions, int[] unitsAt, int slot) {
    SplittableRandom rng = new SplittableRandom(seed);
    long nA = 0;
    long kA = 0;
    long nB = 0;
    long kB = 0;
    double share = plan.candidateShare();
    double pA = plan.baselineRate();
    double pB = plan.candidateRate();
    for (int u = 1; u <= plan.units(); u++) {
      if (rng.nextDouble() < share) {
        nB++;
        if (rng.nextDouble() < pB) {
          kB++;
        }
      } else {
        nA++;
        if (rng.nextDouble() < pA) {
          kA++;
        }
      }
      if (nA < 2 || nB < 2) {
        continue;
      }
      double meanA = kA / (double) nA;
      double meanB = kB / (double) nB;
      // Unbiased sample variances of 0/1 outcomes, as SequentialExperiment's Welford gives.
      double varA = kA * (double) (nA - kA) / ((double) nA * (nA - 1));
      double varB = kB * (double) (nB - kB) / ((double) nB * (nB - 1));
      Decision d = test.decide(Design.TWO_SAMPLE, nA, nB, meanB - meanA, varA, varB);
      if (d != Decision.CONTINUE) {
        decisions[slot] = d;
        unitsAt[slot] = u;
        return;
      }
    }
    decisions[slot] = Decision.CONTINUE;
    unitsAt[slot] = plan.units();
  }
}
