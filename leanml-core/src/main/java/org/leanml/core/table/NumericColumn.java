package org.leanml.core.table;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of doubles. Missing cells are tracked in a bit set and read as {@code NaN} from {@link
 * #get(int)}; a present {@code NaN} is possible too (the contract decides whether it is allowed).
 */
public final class NumericColumn implements Column {
  private final String name;
  private final double[] values;
  private final BitSet missing;

  private NumericColumn(String name, double[] values, @Nullable BitSet missing, boolean copy) {
    this.name = Column.requireName(name);
    Objects.requireNonNull(values, "values");
    this.values = copy ? values.clone() : values;
    this.missing =
        MissingMarks.check(
            name, missing == null || !copy ? missing : (BitSet) missing.clone(), values.length);
    for (int i = this.missing.nextSetBit(0); i >= 0; i = this.missing.nextSetBit(i + 1)) {
      this.values[i] = Double.NaN;
    }
  }

  /**
   * A column with no missing cells; the array is copied.
   *
   * @param name the column name
   * @param values the values
   * @return the column
   * @throws IllegalArgumentException if the name is blank
   */
  public static NumericColumn of(String name, double... values) {
    return new NumericColumn(name, values, null, true);
  }

  /**
   * A column with missing cells; both arguments are copied.
   *
   * @param name the column name
   * @param values the values (cells marked missing are ignored)
   * @param missing the rows whose cell is missing
   * @return the column
   * @throws IllegalArgumentException if the name is blank or {@code missing} marks a row past the
   *     end
   */
  public static NumericColumn of(String name, double[] values, BitSet missing) {
    return new NumericColumn(name, values, missing, true);
  }

  /**
   * A column that takes ownership of the arrays without copying them, for readers and transforms
   * that build large columns. The caller must not touch either argument afterwards.
   *
   * @param name the column name
   * @param values the values, handed over
   * @param missing the missing rows, handed over, or {@code null} for none
   * @return the column
   * @throws IllegalArgumentException if the name is blank or {@code missing} marks a row past the
   *     end
   */
  public static NumericColumn adopt(String name, double[] values, @Nullable BitSet missing) {
    return new NumericColumn(name, values, missing, false);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.NUMERIC;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    Objects.checkIndex(row, values.length);
    return missing.get(row);
  }

  @Override
  public int missingCount() {
    return missing.cardinality();
  }

  /**
   * The value of a cell; {@code NaN} when missing.
   *
   * @param row the row index
   * @return the value
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public double get(int row) {
    return values[row];
  }

  /**
   * A copy of all values ({@code NaN} where missing).
   *
   * @return a new array
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * A copy of the missing-cell marks.
   *
   * @return a new bit set
   */
  public BitSet missingRows() {
    return (BitSet) missing.clone();
  }

  @Override
  public NumericColumn select(int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return adopt(name, out, MissingMarks.select(missing, rows));
  }

  @Override
  public NumericColumn rename(String newName) {
    return new NumericColumn(newName, values, missing, false);
  }

  @Override
  public @Nullable String format(int row) {
    if (isMissing(row)) {
      return null;
    }
    double v = values[row];
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumericColumn c
        && name.equals(c.name)
        && missing.equals(c.missing)
        && Arrays.equals(values, c.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, missing, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "NumericColumn[" + name + ", " + values.length + " rows]";
  }
}
