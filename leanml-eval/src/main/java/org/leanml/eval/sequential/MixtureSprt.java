package org.leanml.eval.sequential;

import java.util.Objects;
import org.leanml.core.metric.Direction;

/**
 * The normal-mixture sequential probability ratio test (mSPRT) for the difference of a per-request
 * metric between a candidate and a champion, with always-valid p-values and confidence sequences
 * that may be inspected after every observation without inflating the error rate.
 *
 * <p><b>Statistic.</b> Let {@code D} be the estimated difference candidate − champion and {@code V}
 * its variance: {@code V = s²/n} for a {@link Design#PAIRED paired} design ({@code s²} the variance
 * of the per-unit differences) and {@code V = s_A²/n_A + s_B²/n_B} for {@link Design#TWO_SAMPLE two
 * samples}. Mixing the alternative {@code θ ~ N(θ0, τ²)} gives the likelihood ratio
 *
 * <pre>Λ(θ0) = sqrt(V / (V + τ²)) · exp(τ² (D − θ0)² / (2 V (V + τ²)))</pre>
 *
 * which for the paired design is exactly Johari et al.'s {@code sqrt(σ²/(σ²+nτ²)) exp(n²τ²(x̄ −
 * θ0)² / (2σ²(σ²+nτ²)))}. Under {@code θ = θ0} it is a non-negative martingale, so by Ville's
 * inequality {@code P(sup Λ ≥ 1/α) ≤ α}. The always-valid p-value is {@code p_n = min(p_{n−1}, 1 /
 * Λ_n(0))} and the confidence sequence is {@code {θ0 : Λ_n(θ0) < 1/α}}, i.e. {@code D ± sqrt(2V(V +
 * τ²)/τ² · (ln(1/α) + ½ ln((V + τ²)/V)))}; it covers the true difference at all times at once with
 * probability at least {@code 1 − α}.
 *
 * <p><b>Decisions.</b> Let {@code w = D} when lower is better and {@code w = −D} when higher is
 * better ({@code w > 0} means the candidate is worse) and {@code [w_lo, w_hi]} the confidence
 * sequence mapped the same way. {@link Decision#ROLLBACK} when {@code w_lo > margin} (the candidate
 * is worse than the margin); {@link Decision#PROMOTE} when {@code w_hi < margin} for {@link
 * Hypothesis#NON_INFERIORITY} or {@code w_hi < 0} for {@link Hypothesis#SUPERIORITY}; otherwise
 * {@link Decision#CONTINUE}. Each terminal decision needs the confidence sequence to exclude the
 * true difference whenever the decision is wrong, so the probability of ever taking a wrong
 * decision is at most {@code α} — in particular in an A/A test with margin 0 any decision is wrong.
 * Nothing is decided before each arm has {@link #minSamples()} observations.
 *
 * <p><b>Variance and mixing.</b> By default the variances are the running unbiased sample variances
 * (plug-in, as Johari et al. do in practice; the guarantee then holds asymptotically and the
 * simulation tests check it at the sample sizes used); {@link #withKnownVariance} fixes the
 * per-observation variance instead (the same for both arms), which makes the guarantee exact for
 * normal data. The mixing variance is {@code τ² = (mixingScale · σ)²} where {@code σ²} is the
 * per-observation variance of a difference ({@code s²} paired, {@code s_A² + s_B²} two-sample), so
 * {@code mixingScale} is the expected effect in standard deviations (default 0.1); {@link
 * #withMixingVariance} sets an absolute {@code τ²} instead. The two-sample form uses the normal
 * approximation of the difference of means and is valid for any fixed allocation ratio, which is
 * what a canary needs (1% vs 99% of units).
 *
 * <p>Reference: R. Johari, P. Koomen, L. Pekelis, D. Walsh, "Peeking at A/B Tests: Why It Matters,
 * and What to Do About It", KDD 2017, doi:10.1145/3097983.3097992; H. Robbins, "Statistical methods
 * related to the law of the iterated logarithm", Ann. Math. Statist. 41 (1970).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MixtureSprt {
  private final double alpha;
  private final double margin;
  private final Hypothesis hypothesis;
  private final Direction direction;
  private final double mixingScale;
  private final double mixingVariance;
  private final double knownVariance;
  private final int minSamples;

  private MixtureSprt(
      double alpha,
      double margin,
      Hypothesis hypothesis,
      Direction direction,
      double mixingScale,
      double mixingVariance,
      double knownVariance,
      int minSamples) {
    this.alpha = alpha;
    this.margin = margin;
    this.hypothesis = hypothesis;
    this.direction = direction;
    this.mixingScale = mixingScale;
    this.mixingVariance = mixingVariance;
    this.knownVariance = knownVariance;
    this.minSamples = minSamples;
  }

  /**
   * The defaults: α = 0.05, margin 0, non-inferiority, lower is better, mixing scale 0.1, estimated
   * variance, 100 observations per arm before any decision.
   *
   * @return the test
   */
  public static MixtureSprt withDefaults() {
    return new MixtureSprt(
        0.05,
        0,
        Hypothesis.NON_INFERIORITY,
        Direction.LOWER_IS_BETTER,
        0.1,
        Double.NaN,
        Double.NaN,
        100);
  }

  /**
   * With a significance level.
   *
   * @param alpha the bound on the probability of ever taking a wrong decision, in (0, 1)
   * @return a copy
   * @throws IllegalArgumentException if alpha is outside (0, 1)
   */
  public MixtureSprt withAlpha(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1) but was " + alpha);
    }
    return new MixtureSprt(
        alpha,
        margin,
        hypothesis,
        direction,
        mixingScale,
        mixingVariance,
        knownVariance,
        minSamples);
  }

  /**
   * With a margin: how much worse than the champion (on the metric's scale) the candidate may be.
   *
   * @param margin the margin, finite and {@code >= 0}
   * @return a copy
   * @throws IllegalArgumentException if the margin is negative or not finite
   */
  public MixtureSprt withMargin(double margin) {
    if (!(margin >= 0 && Double.isFinite(margin))) {
      throw new IllegalArgumentException("margin must be finite and >= 0 but was " + margin);
    }
    return new MixtureSprt(
        alpha,
        margin,
        hypothesis,
        direction,
        mixingScale,
        mixingVariance,
        knownVariance,
        minSamples);
  }

  /**
   * With a promotion hypothesis.
   *
   * @param hypothesis what a promotion requires
   * @return a copy
   * @throws NullPointerException if the hypothesis is null
   */
  public MixtureSprt with(Hypothesis hypothesis) {
    return new MixtureSprt(
        alpha,
        margin,
        Objects.requireNonNull(hypothesis, "hypothesis"),
        direction,
        mixingScale,
        mixingVariance,
        knownVariance,
        minSamples);
  }

  /**
   * With the metric's direction.
   *
   * @param direction which way the metric improves
   * @return a copy
   * @throws NullPointerException if the direction is null
   */
  public MixtureSprt with(Direction direction) {
    return new MixtureSprt(
        alpha,
        margin,
        hypothesis,
        Objects.requireNonNull(direction, "direction"),
        mixingScale,
        mixingVariance,
        knownVariance,
        minSamples);
  }

  /**
   * With a mixing scale: {@code τ = scale · σ}, the effect size (in standard deviations of a
   * difference) the test is tuned to detect fastest.
   *
   * @param scale the scale, finite and {@code > 0}
   * @return a copy (any absolute mixing variance is dropped)
   * @throws IllegalArgumentException if the scale is not positive and finite
   */
  public MixtureSprt withMixingScale(double scale) {
    if (!(scale > 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("mixing scale must be finite and > 0 but was " + scale);
    }
    return new MixtureSprt(
        alpha, margin, hypothesis, direction, scale, Double.NaN, knownVariance, minSamples);
  }

  /**
   * With an absolute mixing variance {@code τ²} on the metric's squared scale.
   *
   * @param tau2 the mixing variance, finite and {@code > 0}
   * @return a copy
   * @throws IllegalArgumentException if tau2 is not positive and finite
   */
  public MixtureSprt withMixingVariance(double tau2) {
    if (!(tau2 > 0 && Double.isFinite(tau2))) {
      throw new IllegalArgumentException("mixing variance must be finite and > 0 but was " + tau2);
    }
    return new MixtureSprt(
        alpha, margin, hypothesis, direction, mixingScale, tau2, knownVariance, minSamples);
  }

  /**
   * With a known per-observation variance of the metric in each arm (for a paired design: of the
   * per-unit difference), instead of estimating it.
   *
   * @param variance the variance, finite and {@code > 0}
   * @return a copy
   * @throws IllegalArgumentException if the variance is not positive and finite
   */
  public MixtureSprt withKnownVariance(double variance) {
    if (!(variance > 0 && Double.isFinite(variance))) {
      throw new IllegalArgumentException(
          "known variance must be finite and > 0 but was " + variance);
    }
    return new MixtureSprt(
        alpha, margin, hypothesis, direction, mixingScale, mixingVariance, variance, minSamples);
  }

  /**
   * With the number of observations each arm needs before any decision (a burn-in that keeps the
   * plug-in variance away from its noisy start).
   *
   * @param minSamples the minimum, {@code >= 2}
   * @return a copy
   * @throws IllegalArgumentException if minSamples is below 2
   */
  public MixtureSprt withMinSamples(int minSamples) {
    if (minSamples < 2) {
      throw new IllegalArgumentException("minSamples must be >= 2 but was " + minSamples);
    }
    return new MixtureSprt(
        alpha,
        margin,
        hypothesis,
        direction,
        mixingScale,
        mixingVariance,
        knownVariance,
        minSamples);
  }

  /**
   * The significance level.
   *
   * @return alpha
   */
  public double alpha() {
    return alpha;
  }

  /**
   * The margin.
   *
   * @return the margin
   */
  public double margin() {
    return margin;
  }

  /**
   * The promotion hypothesis.
   *
   * @return the hypothesis
   */
  public Hypothesis hypothesis() {
    return hypothesis;
  }

  /**
   * The metric's direction.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The burn-in per arm.
   *
   * @return the minimum number of observations per arm
   */
  public int minSamples() {
    return minSamples;
  }

  /**
   * A new, empty experiment using this test.
   *
   * @param design paired or two-sample
   * @return the experiment
   * @throws NullPointerException if the design is null
   */
  public SequentialExperiment start(Design design) {
    return new SequentialExperiment(this, Objects.requireNonNull(design, "design"));
  }

  /**
   * The logarithm of the mixture likelihood ratio.
   *
   * @param estimate the estimated difference D
   * @param variance the variance V of the estimate, {@code > 0}
   * @param tau2 the mixing variance, {@code > 0}
   * @param theta0 the null difference
   * @return {@code ln Λ(θ0)}
   */
  static double logLikelihoodRatio(double estimate, double variance, double tau2, double theta0) {
    double d = estimate - theta0;
    return 0.5 * Math.log(variance / (variance + tau2))
        + tau2 * d * d / (2 * variance * (variance + tau2));
  }

  /**
   * The half-width of the confidence sequence.
   *
   * @param variance the variance V of the estimate
   * @param tau2 the mixing variance
   * @param alpha the level
   * @return the half-width
   */
  static double halfWidth(double variance, double tau2, double alpha) {
    return Math.sqrt(
        2
            * variance
            * (variance + tau2)
            / tau2
            * (Math.log(1 / alpha) + 0.5 * Math.log((variance + tau2) / variance)));
  }

  /**
   * Assesses sufficient statistics; used by {@link SequentialExperiment}.
   *
   * @param design the design
   * @param nChampion champion count
   * @param nCandidate candidate count
   * @param estimate D
   * @param varChampion per-observation variance of the champion (of the difference when paired)
   * @param varCandidate per-observation variance of the candidate (unused when paired)
   * @param previousP the previous always-valid p-value
   * @return the assessment
   */
  Assessment assess(
      Design design,
      long nChampion,
      long nCandidate,
      double estimate,
      double varChampion,
      double varCandidate,
      double previousP) {
    if (nChampion < minSamples || nCandidate < minSamples) {
      return new Assessment(
          Decision.CONTINUE,
          "warming up: "
              + nChampion
              + " champion and "
              + nCandidate
              + " candidate observations, "
              + minSamples
              + " needed per arm",
          nChampion,
          nCandidate,
          nChampion > 0 && nCandidate > 0 ? estimate : Double.NaN,
          Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY,
          previousP);
    }
    double v = estimateVariance(design, nChampion, nCandidate, varChampion, varCandidate);
    if (!(v > 0)) {
      return new Assessment(
          Decision.CONTINUE,
          "the observations do not vary yet, so their variance cannot be estimated",
          nChampion,
          nCandidate,
          estimate,
          Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY,
          previousP);
    }
    double tau2 = tau2(design, varChampion, varCandidate);
    double logLr = logLikelihoodRatio(estimate, v, tau2, 0);
    double p = Math.min(previousP, Math.min(1, Math.exp(-logLr)));
    double h = halfWidth(v, tau2, alpha);
    double lower = estimate - h;
    double upper = estimate + h;
    Decision decision = decide(lower, upper);
    // Plain concatenation: assessments are built after every observation, String.format is slow.
    String ci =
        "the "
            + (1 - alpha)
            + " confidence sequence for candidate − champion is ["
            + lower
            + ", "
            + upper
            + "]";
    String reason;
    if (decision == Decision.ROLLBACK) {
      reason = ci + ": worse than the margin " + margin;
    } else if (decision == Decision.PROMOTE) {
      reason =
          ci
              + (hypothesis == Hypothesis.NON_INFERIORITY
                  ? ": not worse than the margin " + margin
                  : ": better than the champion");
    } else {
      reason = ci + ": not yet conclusive";
    }
    return new Assessment(decision, reason, nChampion, nCandidate, estimate, lower, upper, p);
  }

  /**
   * The decision for a confidence sequence; the single place where decisions are taken, shared by
   * {@link SequentialExperiment} and {@link CanarySimulation}.
   *
   * @param lower lower end for candidate − champion
   * @param upper upper end for candidate − champion
   * @return the decision
   */
  Decision decide(double lower, double upper) {
    boolean lowerBetter = direction == Direction.LOWER_IS_BETTER;
    double wLo = lowerBetter ? lower : -upper;
    double wHi = lowerBetter ? upper : -lower;
    if (wLo > margin) {
      return Decision.ROLLBACK;
    }
    if (wHi < (hypothesis == Hypothesis.NON_INFERIORITY ? margin : 0)) {
      return Decision.PROMOTE;
    }
    return Decision.CONTINUE;
  }

  /**
   * The decision from sufficient statistics without building a reason (the simulation's fast path;
   * {@link #assess} takes exactly the same decision).
   */
  Decision decide(
      Design design,
      long nChampion,
      long nCandidate,
      double estimate,
      double varChampion,
      double varCandidate) {
    if (nChampion < minSamples || nCandidate < minSamples) {
      return Decision.CONTINUE;
    }
    double v = estimateVariance(design, nChampion, nCandidate, varChampion, varCandidate);
    if (!(v > 0)) {
      return Decision.CONTINUE;
    }
    double h = halfWidth(v, tau2(design, varChampion, varCandidate), alpha);
    return decide(estimate - h, estimate + h);
  }

  private double estimateVariance(
      Design design, long nChampion, long nCandidate, double varChampion, double varCandidate) {
    double sA = Double.isNaN(knownVariance) ? varChampion : knownVariance;
    double sB = Double.isNaN(knownVariance) ? varCandidate : knownVariance;
    return design == Design.PAIRED ? sA / nChampion : sA / nChampion + sB / nCandidate;
  }

  private double tau2(Design design, double varChampion, double varCandidate) {
    if (!Double.isNaN(mixingVariance)) {
      return mixingVariance;
    }
    double sA = Double.isNaN(knownVariance) ? varChampion : knownVariance;
    double sB = Double.isNaN(knownVariance) ? varCandidate : knownVariance;
    double sigma2 = design == Design.PAIRED ? sA : sA + sB;
    return mixingScale * mixingScale * sigma2;
  }

  @Override
  public String toString() {
    return "MixtureSprt[alpha="
        + alpha
        + ", margin="
        + margin
        + ", "
        + hypothesis
        + ", "
        + direction
        + (Double.isNaN(mixingVariance)
            ? ", mixingScale=" + mixingScale
            : ", tau2=" + mixingVariance)
        + (Double.isNaN(knownVariance) ? ", estimated variance" : ", variance=" + knownVariance)
        + ", minSamples="
        + minSamples
        + "]";
  }
}
