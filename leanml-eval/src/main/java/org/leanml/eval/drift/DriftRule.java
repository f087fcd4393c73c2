package org.leanml.eval.drift;

/**
 * When a feature counts as drifted.
 *
 * <p>The default rule: a feature has drifted when its PSI is at least 0.25, or when its test's
 * p-value (KS for numeric, chi-square for categorical) is below {@code α / (number of features)}
 * (Bonferroni, α = 0.05) <em>and</em> its effect size is at least 0.1 — the KS statistic D for
 * numeric features, the Jensen–Shannon distance for categorical ones. The effect-size condition
 * keeps huge samples from flagging trivial shifts that any test would call significant.
 *
 * @param psiThreshold PSI at or above which a feature has drifted, {@code > 0}
 * @param alpha the family-wise significance level before the Bonferroni division, in (0, 1)
 * @param minEffect the effect size a significant test also needs, {@code >= 0}
 * @param correction whether α is divided by the number of features
 */
public record DriftRule(
    double psiThreshold, double alpha, double minEffect, Correction correction) {

  /** Multiple-testing correction of the per-feature level. */
  public enum Correction {
    /** Per-feature level {@code α / (number of features)}. */
    BONFERRONI,
    /** Per-feature level α. */
    NONE
  }

  /**
   * Validates.
   *
   * @param psiThreshold PSI at or above which a feature has drifted, {@code > 0}
   * @param alpha the family-wise significance level before the Bonferroni division, in (0, 1)
   * @param minEffect the effect size a significant test also needs, {@code >= 0}
   * @param correction whether α is divided by the number of features
   * @throws IllegalArgumentException if a value breaks the rule stated for its component
   * @throws NullPointerException if correction is null
   */
  public DriftRule {
    if (!(psiThreshold > 0)) {
      throw new IllegalArgumentException("psiThreshold must be > 0 but was " + psiThreshold);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1) but was " + alpha);
    }
    if (!(minEffect >= 0)) {
      throw new IllegalArgumentException("minEffect must be >= 0 but was " + minEffect);
    }
    java.util.Objects.requireNonNull(correction, "correction");
  }

  /**
   * The default rule: PSI ≥ 0.25, or p &lt; 0.05 / features with effect ≥ 0.1.
   *
   * @return the rule
   */
  public static DriftRule defaults() {
    return new DriftRule(0.25, 0.05, 0.1, Correction.BONFERRONI);
  }

  /**
   * With a PSI threshold.
   *
   * @param psiThreshold the threshold
   * @return a copy
   * @throws IllegalArgumentException if not positive
   */
  public DriftRule withPsiThreshold(double psiThreshold) {
    return new DriftRule(psiThreshold, alpha, minEffect, correction);
  }

  /**
   * With a significance level.
   *
   * @param alpha the level
   * @return a copy
   * @throws IllegalArgumentException if outside (0, 1)
   */
  public DriftRule withAlpha(double alpha) {
    return new DriftRule(psiThreshold, alpha, minEffect, correction);
  }

  /**
   * With a minimum effect size.
   *
   * @param minEffect the effect size
   * @return a copy
   * @throws IllegalArgumentException if negative
   */
  public DriftRule withMinEffect(double minEffect) {
    return new DriftRule(psiThreshold, alpha, minEffect, correction);
  }

  /**
   * With a multiple-testing correction.
   *
   * @param correction the correction
   * @return a copy
   */
  public DriftRule with(Correction correction) {
    return new DriftRule(psiThreshold, alpha, minEffect, correction);
  }

  /**
   * The per-feature significance level.
   *
   * @param features the number of features tested
   * @return the level
   */
  public double perFeatureAlpha(int features) {
    return correction == Correction.BONFERRONI ? alpha / Math.max(1, features) : alpha;
  }

  /**
   * Applies the rule.
   *
   * @param psi the feature's PSI
   * @param pValue its test's p-value
   * @param effect its effect size
   * @param features the number of features tested
   * @return whether the feature has drifted (NaN inputs never count)
   */
  public boolean drifted(double psi, double pValue, double effect, int features) {
    return psi >= psiThreshold || (pValue < perFeatureAlpha(features) && effect >= minEffect);
  }
}
