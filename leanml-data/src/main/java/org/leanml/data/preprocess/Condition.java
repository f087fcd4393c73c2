package org.leanml.data.preprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;

/**
 * A test of one cell of one column, used by {@link FilterRows}. A missing cell fails every
 * condition except {@link Op#IS_MISSING}; {@code NaN} fails every comparison. Being a value rather
 * than a lambda, a condition can be recorded, compared and fingerprinted.
 *
 * @param column the column tested
 * @param op the test
 * @param a the first operand (comparisons and ranges); {@code NaN} when unused
 * @param b the second operand (the upper bound of {@link Op#BETWEEN}); {@code NaN} when unused
 * @param levels the levels of {@link Op#IN} and {@link Op#NOT_IN}; empty otherwise
 */
public record Condition(String column, Op op, double a, double b, List<String> levels) {

  /** The tests a condition can make. */
  public enum Op {
    /** {@code x < a}. */
    LESS_THAN,
    /** {@code x <= a}. */
    AT_MOST,
    /** {@code x > a}. */
    GREATER_THAN,
    /** {@code x >= a}. */
    AT_LEAST,
    /** {@code a <= x <= b}. */
    BETWEEN,
    /** {@code x == a}. */
    EQUAL_TO,
    /** The level is one of {@code levels}. */
    IN,
    /** The level is present and none of {@code levels}. */
    NOT_IN,
    /** The cell is present. */
    IS_PRESENT,
    /** The cell is missing. */
    IS_MISSING
  }

  /**
   * Validates and copies.
   *
   * @param column the column tested
   * @param op the test
   * @param a the first operand (comparisons and ranges); {@code NaN} when unused
   * @param b the second operand (the upper bound of {@link Op#BETWEEN}); {@code NaN} when unused
   * @param levels the levels of {@link Op#IN} and {@link Op#NOT_IN}; empty otherwise
   * @throws IllegalArgumentException if the column is blank, a needed operand is NaN, {@code a > b}
   *     for {@code BETWEEN}, or levels are missing for {@code IN}/{@code NOT_IN}
   */
  public Condition {
    Column.requireName(column);
    Objects.requireNonNull(op, "op");
    levels = List.copyOf(levels);
    if (isNumeric(op) && Double.isNaN(a)) {
      throw new IllegalArgumentException("condition " + op + " on '" + column + "' needs a number");
    }
    if (op == Op.BETWEEN && !(a <= b)) {
      throw new IllegalArgumentException(
          "BETWEEN on '" + column + "' needs lower <= upper but got [" + a + ", " + b + "]");
    }
    if ((op == Op.IN || op == Op.NOT_IN) && levels.isEmpty()) {
      throw new IllegalArgumentException(op + " on '" + column + "' needs at least one level");
    }
  }

  private static boolean isNumeric(Op op) {
    return switch (op) {
      case LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST, BETWEEN, EQUAL_TO -> true;
      case IN, NOT_IN, IS_PRESENT, IS_MISSING -> false;
    };
  }

  private static Condition numeric(String column, Op op, double a, double b) {
    return new Condition(column, op, a, b, List.of());
  }

  /**
   * {@code column < value}.
   *
   * @param column a numeric column
   * @param value the bound
   * @return the condition
   */
  public static Condition lessThan(String column, double value) {
    return numeric(column, Op.LESS_THAN, value, Double.NaN);
  }

  /**
   * {@code column <= value}.
   *
   * @param column a numeric column
   * @param value the bound
   * @return the condition
   */
  public static Condition atMost(String column, double value) {
    return numeric(column, Op.AT_MOST, value, Double.NaN);
  }

  /**
   * {@code column > value}.
   *
   * @param column a numeric column
   * @param value the bound
   * @return the condition
   */
  public static Condition greaterThan(String column, double value) {
    return numeric(column, Op.GREATER_THAN, value, Double.NaN);
  }

  /**
   * {@code column >= value}.
   *
   * @param column a numeric column
   * @param value the bound
   * @return the condition
   */
  public static Condition atLeast(String column, double value) {
    return numeric(column, Op.AT_LEAST, value, Double.NaN);
  }

  /**
   * {@code lower <= column <= upper}.
   *
   * @param column a numeric column
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the condition
   * @throws IllegalArgumentException if {@code lower > upper}
   */
  public static Condition between(String column, double lower, double upper) {
    return numeric(column, Op.BETWEEN, lower, upper);
  }

  /**
   * {@code column == value}.
   *
   * @param column a numeric column
   * @param value the value
   * @return the condition
   */
  public static Condition equalTo(String column, double value) {
    return numeric(column, Op.EQUAL_TO, value, Double.NaN);
  }

  /**
   * The level is one of the given levels.
   *
   * @param column a categorical column
   * @param levels the accepted levels
   * @return the condition
   */
  public static Condition in(String column, String... levels) {
    return new Condition(column, Op.IN, Double.NaN, Double.NaN, List.of(levels));
  }

  /**
   * The level is present and none of the given levels.
   *
   * @param column a categorical column
   * @param levels the rejected levels
   * @return the condition
   */
  public static Condition notIn(String column, String... levels) {
    return new Condition(column, Op.NOT_IN, Double.NaN, Double.NaN, List.of(levels));
  }

  /**
   * The cell is present.
   *
   * @param column a column of any type
   * @return the condition
   */
  public static Condition isPresent(String column) {
    return new Condition(column, Op.IS_PRESENT, Double.NaN, Double.NaN, List.of());
  }

  /**
   * The cell is missing.
   *
   * @param column a column of any type
   * @return the condition
   */
  public static Condition isMissing(String column) {
    return new Condition(column, Op.IS_MISSING, Double.NaN, Double.NaN, List.of());
  }

  /**
   * The column type this condition needs.
   *
   * @return {@code NUMERIC} for comparisons, {@code CATEGORICAL} for level tests, {@code null} when
   *     any type will do
   */
  public @Nullable ColumnType requiredType() {
    if (isNumeric(op)) {
      return ColumnType.NUMERIC;
    }
    return op == Op.IN || op == Op.NOT_IN ? ColumnType.CATEGORICAL : null;
  }

  /**
   * Marks the rows that pass.
   *
   * @param col the column, of the required type
   * @param pass rows passing so far; rows that fail are cleared
   */
  void retain(Column col, java.util.BitSet pass) {
    // the codes of the levels, used by IN and NOT_IN only (whose column is categorical)
    Set<Integer> codes = Set.of();
    if (col instanceof CategoricalColumn k && (op == Op.IN || op == Op.NOT_IN)) {
      codes = new HashSet<>();
      for (String l : levels) {
        int i = k.levels().indexOf(l);
        if (i >= 0) {
          codes.add(i);
        }
      }
    }
    for (int r = pass.nextSetBit(0); r >= 0; r = pass.nextSetBit(r + 1)) {
      if (!test(col, r, codes)) {
        pass.clear(r);
      }
    }
  }

  private boolean test(Column col, int r, Set<Integer> codes) {
    boolean missing = col.isMissing(r);
    if (op == Op.IS_MISSING) {
      return missing;
    }
    if (missing) {
      return false;
    }
    switch (op) {
      case IS_PRESENT -> {
        return true;
      }
      case IN -> {
        return codes.contains(((CategoricalColumn) col).code(r));
      }
      case NOT_IN -> {
        return !codes.contains(((CategoricalColumn) col).code(r));
      }
      default -> {}
    }
    double x = ((NumericColumn) col).get(r);
    return switch (op) {
      case LESS_THAN -> x < a;
      case AT_MOST -> x <= a;
      case GREATER_THAN -> x > a;
      case AT_LEAST -> x >= a;
      case BETWEEN -> x >= a && x <= b;
      case EQUAL_TO -> x == a;
      default -> throw new AssertionError(op);
    };
  }

  /** The spec of the column after rows failing this condition are gone. */
  FeatureSpec narrow(FeatureSpec s) {
    if (op == Op.IS_MISSING) {
      return s;
    }
    double min = s.min();
    double max = s.max();
    boolean finite = !s.allowNonFinite();
    List<String> cats = s.categories();
    switch (op) {
      case LESS_THAN, AT_MOST -> max = Math.min(max, a);
      case GREATER_THAN, AT_LEAST -> min = Math.max(min, a);
      case BETWEEN -> {
        min = Math.max(min, a);
        max = Math.min(max, b);
        finite |= Double.isFinite(a) && Double.isFinite(b);
      }
      case EQUAL_TO -> {
        min = a;
        max = a;
        finite |= Double.isFinite(a);
      }
      case IN -> {
        List<String> keep = new ArrayList<>();
        for (String l : levels) {
          if (cats.isEmpty() || cats.contains(l)) {
            keep.add(l);
          }
        }
        cats = keep.isEmpty() ? cats : keep;
      }
      case NOT_IN -> {
        if (!cats.isEmpty()) {
          List<String> keep = new ArrayList<>(cats);
          keep.removeAll(levels);
          cats = keep.isEmpty() ? cats : keep;
        }
      }
      default -> {}
    }
    if (min > max) {
      throw new IllegalArgumentException(
          "condition "
              + this
              + " rejects every value the input allows in ["
              + s.min()
              + ", "
              + s.max()
              + "]");
    }
    return new FeatureSpec(s.name(), s.type(), false, !finite, min, max, cats);
  }

  @Override
  public String toString() {
    return switch (op) {
      case IN, NOT_IN -> column + " " + op + " " + levels;
      case IS_PRESENT, IS_MISSING -> column + " " + op;
      case BETWEEN -> column + " BETWEEN " + a + " AND " + b;
      default -> column + " " + op + " " + a;
    };
  }
}
