package org.leanml.eval.decision;

/**
 * Conditions besides the verdict that the gate requires: an optional maximum negative-flip rate and
 * no regressed slice.
 *
 * @param maxNegativeFlipRate the largest allowed share of rows the baseline got right and the
 *     candidate wrong, in {@code [0, 1]}; NaN for no limit
 */
public record Guardrails(double maxNegativeFlipRate) {
  /** No flip limit; slices must still not regress. */
  public static final Guardrails DEFAULT = new Guardrails(Double.NaN);

  /**
   * Validates.
   *
   * @param maxNegativeFlipRate the largest allowed share of rows the baseline got right and the
   *     candidate wrong, in {@code [0, 1]}; NaN for no limit
   * @throws IllegalArgumentException if the rate is a number outside {@code [0, 1]}
   */
  public Guardrails {
    if (!Double.isNaN(maxNegativeFlipRate)
        && !(maxNegativeFlipRate >= 0 && maxNegativeFlipRate <= 1)) {
      throw new IllegalArgumentException(
          "maxNegativeFlipRate must be in [0, 1] but was " + maxNegativeFlipRate);
    }
  }

  /**
   * Whether a flip limit is set.
   *
   * @return {@code true} if {@link #maxNegativeFlipRate()} is a number
   */
  public boolean limitsFlips() {
    return !Double.isNaN(maxNegativeFlipRate);
  }
}
