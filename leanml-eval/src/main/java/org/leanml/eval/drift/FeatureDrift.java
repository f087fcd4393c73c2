package org.leanml.eval.drift;

import java.util.Objects;

/**
 * The drift of one feature. For a numeric feature the test is Kolmogorov–Smirnov ({@code statistic}
 * = D, the effect size); for a categorical one it is chi-square ({@code statistic} = χ², the effect
 * size being the Jensen–Shannon distance). Statistics are NaN when either side has no values, and
 * such a feature never counts as drifted.
 *
 * @param name the feature's name
 * @param type numeric or categorical
 * @param referenceCount non-missing reference values
 * @param currentCount non-missing current values
 * @param psi the population stability index
 * @param jsDistance the Jensen–Shannon distance (base 2)
 * @param statistic KS D or χ²
 * @param pValue the test's p-value
 * @param degreesOfFreedom χ² degrees of freedom; 0 for numeric features
 * @param drifted whether the {@link DriftRule} flags it
 */
public record FeatureDrift(
    String name,
    FeatureType type,
    long referenceCount,
    long currentCount,
    double psi,
    double jsDistance,
    double statistic,
    double pValue,
    int degreesOfFreedom,
    boolean drifted) {
  /**
   * Validates.
   *
   * @param name the feature's name
   * @param type numeric or categorical
   * @param referenceCount non-missing reference values
   * @param currentCount non-missing current values
   * @param psi the population stability index
   * @param jsDistance the Jensen–Shannon distance (base 2)
   * @param statistic KS D or χ²
   * @param pValue the test's p-value
   * @param degreesOfFreedom χ² degrees of freedom; 0 for numeric features
   * @param drifted whether the {@link DriftRule} flags it
   * @throws NullPointerException if name or type is null
   * @throws IllegalArgumentException if a count is negative
   */
  public FeatureDrift {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (referenceCount < 0 || currentCount < 0) {
      throw new IllegalArgumentException(
          "feature '"
              + name
              + "': counts must be >= 0 but were "
              + referenceCount
              + ", "
              + currentCount);
    }
  }

  /**
   * The effect size the drift rule uses: KS D for numeric, Jensen–Shannon distance for categorical
   * features.
   *
   * @return the effect size
   */
  public double effectSize() {
    return type == FeatureType.NUMERIC ? statistic : jsDistance;
  }
}
