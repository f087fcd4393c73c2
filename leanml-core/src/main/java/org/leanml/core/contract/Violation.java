package org.leanml.core.contract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule in one cell (or, with {@code row == -1}, in a whole column).
 *
 * @param row the row index, or {@code -1} for a column-level violation
 * @param column the column name
 * @param rule the rule broken, e.g. {@code "missing column"}, {@code "not nullable"}, {@code "below
 *     minimum 0.0"}
 * @param value the offending value as text, or {@code null}
 */
public record Violation(int row, String column, String rule, @Nullable String value) {
  /**
   * Validates the fields.
   *
   * @param row the row index, or {@code -1} for a column-level violation
   * @param column the column name
   * @param rule the rule broken, e.g. {@code "missing column"}, {@code "not nullable"}, {@code
   *     "below minimum 0.0"}
   * @param value the offending value as text, or {@code null}
   * @throws IllegalArgumentException if {@code row < -1}
   * @throws NullPointerException if column or rule is null
   */
  public Violation {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rule, "rule");
    if (row < -1) {
      throw new IllegalArgumentException("row must be >= -1 but was " + row);
    }
  }

  @Override
  public String toString() {
    String where = row < 0 ? "column '" + column + "'" : "row " + row + ", column '" + column + "'";
    return where + ": " + rule + (value == null ? "" : " (value '" + value + "')");
  }
}
