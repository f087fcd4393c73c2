package org.leanml.eval.sequential;

import java.util.Objects;
import org.leanml.core.metric.Direction;

/**
 * The inputs of a {@link CanarySimulation}: a per-request metric that is a rate (for example the
 * error rate, lower is better), observed once per unit in the arm the unit is routed to.
 *
 * @param baselineRate the champion's true rate, in [0, 1]
 * @param candidateRate the candidate's true rate, in [0, 1]
 * @param units the maximum number of units per simulated rollout, {@code >= 1}
 * @param runs the number of simulated rollouts, {@code >= 1}
 * @param margin the non-inferiority margin on the rate, {@code >= 0}
 * @param alpha the significance level, in (0, 1)
 * @param seed the seed of the simulation
 * @param candidateShare the probability that a unit is routed to the candidate, in (0, 1)
 * @param direction which way the rate improves
 */
public record CanaryPlan(
    double baselineRate,
    double candidateRate,
    int units,
    int runs,
    double margin,
    double alpha,
    long seed,
    double candidateShare,
    Direction direction) {

  /**
   * Validates.
   *
   * @param baselineRate the champion's true rate, in [0, 1]
   * @param candidateRate the candidate's true rate, in [0, 1]
   * @param units the maximum number of units per simulated rollout, {@code >= 1}
   * @param runs the number of simulated rollouts, {@code >= 1}
   * @param margin the non-inferiority margin on the rate, {@code >= 0}
   * @param alpha the significance level, in (0, 1)
   * @param seed the seed of the simulation
   * @param candidateShare the probability that a unit is routed to the candidate, in (0, 1)
   * @param direction which way the rate improves
   * @throws IllegalArgumentException if a value breaks the rule stated for its component
   * @throws NullPointerException if the direction is null
   */
  public CanaryPlan {
    requireRate("baselineRate", baselineRate);
    requireRate("candidateRate", candidateRate);
    if (units < 1) {
      throw new IllegalArgumentException("units must be >= 1 but was " + units);
    }
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1 but was " + runs);
    }
    if (!(margin >= 0 && Double.isFinite(margin))) {
      throw new IllegalArgumentException("margin must be finite and >= 0 but was " + margin);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1) but was " + alpha);
    }
    if (!(candidateShare > 0 && candidateShare < 1)) {
      throw new IllegalArgumentException(
          "candidateShare must be in (0, 1) but was " + candidateShare);
    }
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * A plan with margin 0, α = 0.05, seed 42, an even split and lower-is-better rates.
   *
   * @param baselineRate the champion's rate
   * @param candidateRate the candidate's rate
   * @param units units per rollout
   * @param runs rollouts
   * @return the plan
   * @throws IllegalArgumentException as {@link #CanaryPlan}
   */
  public static CanaryPlan of(double baselineRate, double candidateRate, int units, int runs) {
    return new CanaryPlan(
        baselineRate, candidateRate, units, runs, 0, 0.05, 42, 0.5, Direction.LOWER_IS_BETTER);
  }

  /**
   * With a margin.
   *
   * @param margin the margin
   * @return a copy
   * @throws IllegalArgumentException if the margin is negative
   */
  public CanaryPlan withMargin(double margin) {
    return new CanaryPlan(
        baselineRate, candidateRate, units, runs, margin, alpha, seed, candidateShare, direction);
  }

  /**
   * With a significance level.
   *
   * @param alpha the level
   * @return a copy
   * @throws IllegalArgumentException if alpha is outside (0, 1)
   */
  public CanaryPlan withAlpha(double alpha) {
    return new CanaryPlan(
        baselineRate, candidateRate, units, runs, margin, alpha, seed, candidateShare, direction);
  }

  /**
   * With a seed.
   *
   * @param seed the seed
   * @return a copy
   */
  public CanaryPlan withSeed(long seed) {
    return new CanaryPlan(
        baselineRate, candidateRate, units, runs, margin, alpha, seed, candidateShare, direction);
  }

  /**
   * With the candidate's share of units.
   *
   * @param candidateShare the share
   * @return a copy
   * @throws IllegalArgumentException if the share is outside (0, 1)
   */
  public CanaryPlan withCandidateShare(double candidateShare) {
    return new CanaryPlan(
        baselineRate, candidateRate, units, runs, margin, alpha, seed, candidateShare, direction);
  }

  /**
   * With the rate's direction.
   *
   * @param direction which way the rate improves
   * @return a copy
   */
  public CanaryPlan with(Direction direction) {
    return new CanaryPlan(
        baselineRate, candidateRate, units, runs, margin, alpha, seed, candidateShare, direction);
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was " + rate);
    }
  }
}
