package org.leanml.core.table;

import org.jspecify.annotations.Nullable;

/**
 * One named, typed, immutable column of a {@link Table}. Every kind tracks missing cells
 * explicitly, so a missing numeric cell is distinguishable from a present {@code NaN}.
 */
public sealed interface Column
    permits NumericColumn, CategoricalColumn, TextColumn, TimestampColumn {

  /**
   * The column's name.
   *
   * @return the name, never blank
   */
  String name();

  /**
   * The column's storage type.
   *
   * @return the type
   */
  ColumnType type();

  /**
   * The number of cells.
   *
   * @return the number of rows
   */
  int size();

  /**
   * Whether a cell is missing.
   *
   * @param row the row index
   * @return {@code true} when the cell holds no value
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  boolean isMissing(int row);

  /**
   * The number of missing cells.
   *
   * @return how many cells are missing
   */
  int missingCount();

  /**
   * A new column holding the given rows, in the given order (rows may repeat).
   *
   * @param rows row indices into this column
   * @return the selected column, with the same name and type
   * @throws IndexOutOfBoundsException if an index is outside {@code [0, size())}
   */
  Column select(int[] rows);

  /**
   * The same data under another name.
   *
   * @param newName the new name
   * @return a renamed column sharing this column's data
   * @throws IllegalArgumentException if {@code newName} is blank
   */
  Column rename(String newName);

  /**
   * The cell rendered as text, for messages and CSV output; {@code null} when missing.
   *
   * @param row the row index
   * @return the cell as text, or {@code null}
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  @Nullable String format(int row);

  /**
   * Checks a column name.
   *
   * @param name the candidate name
   * @return the name
   * @throws IllegalArgumentException if the name is null or blank
   */
  static String requireName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("column name must not be blank but was '" + name + "'");
    }
    return name;
  }
}
