package org.leanml.core.table;

import org.jspecify.annotations.Nullable;

/**
 * A view of one row of a {@link Table}. It copies nothing and is valid as long as the table is.
 *
 * <p>Name-based accessors look the column up each call; hot paths resolve column indices once with
 * {@link Table#columnIndex(String)} and use the index-based accessors.
 */
public final class Row {
  private final Table table;
  private final int index;

  Row(Table table, int index) {
    this.table = table;
    this.index = index;
  }

  /**
   * The table this row belongs to.
   *
   * @return the table
   */
  public Table table() {
    return table;
  }

  /**
   * This row's index in its table.
   *
   * @return the row index
   */
  public int index() {
    return index;
  }

  /**
   * Whether the cell in a column is missing.
   *
   * @param column the column index
   * @return {@code true} if missing
   * @throws IndexOutOfBoundsException if the column index is out of range
   */
  public boolean isMissing(int column) {
    return table.columns().get(column).isMissing(index);
  }

  /**
   * Whether the cell in a column is missing.
   *
   * @param column the column name
   * @return {@code true} if missing
   * @throws IllegalArgumentException if there is no such column
   */
  public boolean isMissing(String column) {
    return table.column(column).isMissing(index);
  }

  /**
   * The numeric value in a column.
   *
   * @param column the column index
   * @return the value, {@code NaN} when missing
   * @throws IllegalArgumentException if the column is not numeric
   * @throws IndexOutOfBoundsException if the column index is out of range
   */
  public double getDouble(int column) {
    Column c = table.columns().get(column);
    if (c instanceof NumericColumn n) {
      return n.get(index);
    }
    throw new IllegalArgumentException(
        "column '" + c.name() + "' is " + c.type() + ", not NUMERIC");
  }

  /**
   * The numeric value in a column.
   *
   * @param column the column name
   * @return the value, {@code NaN} when missing
   * @throws IllegalArgumentException if there is no such column or it is not numeric
   */
  public double getDouble(String column) {
    return getDouble(table.columnIndex(column));
  }

  /**
   * The cell in a column as text (categorical level, text, formatted number or instant).
   *
   * @param column the column index
   * @return the text, {@code null} when missing
   * @throws IndexOutOfBoundsException if the column index is out of range
   */
  public @Nullable String getString(int column) {
    return table.columns().get(column).format(index);
  }

  /**
   * The cell in a column as text.
   *
   * @param column the column name
   * @return the text, {@code null} when missing
   * @throws IllegalArgumentException if there is no such column
   */
  public @Nullable String getString(String column) {
    return getString(table.columnIndex(column));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Row[").append(index);
    for (Column c : table.columns()) {
      sb.append(", ").append(c.name()).append('=').append(c.format(index));
    }
    return sb.append(']').toString();
  }
}
