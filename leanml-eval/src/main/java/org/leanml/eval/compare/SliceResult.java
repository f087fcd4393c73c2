package org.leanml.eval.compare;

import java.util.Objects;
import org.leanml.eval.decision.GateVerdict;

/**
 * The comparison on one slice: the rows whose slice column holds one value.
 *
 * @param column the slice column
 * @param value the value that defines the slice
 * @param n the number of rows in the slice
 * @param tested whether the slice reached the minimum size and was compared
 * @param diff the primary-metric difference, candidate minus baseline (NaN when not tested)
 * @param ciLow the lower bound of its interval
 * @param ciHigh the upper bound of its interval
 * @param pValue the raw p-value of the primary comparison
 * @param pHolm the Holm-adjusted p-value across the tested slices
 * @param verdict the verdict; {@link GateVerdict#REGRESSED} only when the Holm-adjusted p-value is
 *     below alpha, {@link GateVerdict#INCONCLUSIVE} when not tested
 */
public record SliceResult(
    String column,
    String value,
    int n,
    boolean tested,
    double diff,
    double ciLow,
    double ciHigh,
    double pValue,
    double pHolm,
    GateVerdict verdict) {

  /**
   * Validates.
   *
   * @param column the slice column
   * @param value the value that defines the slice
   * @param n the number of rows in the slice
   * @param tested whether the slice reached the minimum size and was compared
   * @param diff the primary-metric difference, candidate minus baseline (NaN when not tested)
   * @param ciLow the lower bound of its interval
   * @param ciHigh the upper bound of its interval
   * @param pValue the raw p-value of the primary comparison
   * @param pHolm the Holm-adjusted p-value across the tested slices
   * @param verdict the verdict; {@link GateVerdict#REGRESSED} only when the Holm-adjusted p-value
   *     is below alpha, {@link GateVerdict#INCONCLUSIVE} when not tested
   * @throws NullPointerException if a name, value or verdict is null
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SliceResult {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(verdict, "verdict");
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0 but was " + n);
    }
  }

  /**
   * A readable name, {@code column=value}.
   *
   * @return the name
   */
  public String label() {
    return column + "=" + value;
  }
}
