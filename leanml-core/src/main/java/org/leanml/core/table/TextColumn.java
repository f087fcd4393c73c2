package org.leanml.core.table;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A column of free text; {@code null} marks a missing cell. */
public final class TextColumn implements Column {
  private final String name;
  private final @Nullable String[] values;
  private final int missingCount;

  private TextColumn(String name, @Nullable String[] values) {
    this.name = Column.requireName(name);
    this.values = values;
    int m = 0;
    for (String v : values) {
      if (v == null) {
        m++;
      }
    }
    this.missingCount = m;
  }

  /**
   * A column from values; the array is copied.
   *
   * @param name the column name
   * @param values the cells, {@code null} where missing
   * @return the column
   * @throws IllegalArgumentException if the name is blank
   */
  public static TextColumn of(String name, @Nullable String... values) {
    return new TextColumn(name, values.clone());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.TEXT;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isMissing(int row) {
    return values[Objects.checkIndex(row, values.length)] == null;
  }

  @Override
  public int missingCount() {
    return missingCount;
  }

  /**
   * The text of a cell.
   *
   * @param row the row index
   * @return the text, or {@code null} when missing
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public @Nullable String get(int row) {
    return values[row];
  }

  @Override
  public TextColumn select(int[] rows) {
    @Nullable String[] out = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return new TextColumn(name, out);
  }

  @Override
  public TextColumn rename(String newName) {
    return new TextColumn(newName, values);
  }

  @Override
  public @Nullable String format(int row) {
    return get(row);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextColumn c && name.equals(c.name) && Arrays.equals(values, c.values);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "TextColumn[" + name + ", " + values.length + " rows]";
  }
}
