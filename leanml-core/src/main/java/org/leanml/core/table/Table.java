package org.leanml.core.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, columnar table: an ordered list of uniquely named {@link Column}s of equal length.
 *
 * <p>Projection ({@link #select}) shares column data; row selection ({@link #rows}) copies the
 * selected cells; {@link #row(int)} is a view that copies nothing.
 */
public final class Table {
  private final List<Column> columns;
  private final Map<String, Integer> index;
  private final int rowCount;

  private Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
    Map<String, Integer> idx = new HashMap<>();
    int rows = -1;
    for (int i = 0; i < this.columns.size(); i++) {
      Column c = this.columns.get(i);
      if (idx.put(c.name(), i) != null) {
        throw new IllegalArgumentException("column '" + c.name() + "' appears more than once");
      }
      if (rows < 0) {
        rows = c.size();
      } else if (c.size() != rows) {
        throw new IllegalArgumentException(
            "column '"
                + c.name()
                + "' has "
                + c.size()
                + " rows but column '"
                + this.columns.get(0).name()
                + "' has "
                + rows);
      }
    }
    this.index = Collections.unmodifiableMap(idx);
    this.rowCount = Math.max(rows, 0);
  }

  /**
   * A table of the given columns.
   *
   * @param columns the columns, in order
   * @return the table
   * @throws IllegalArgumentException if names repeat or lengths differ
   */
  public static Table of(Column... columns) {
    return new Table(Arrays.asList(columns));
  }

  /**
   * A table of the given columns.
   *
   * @param columns the columns, in order
   * @return the table
   * @throws IllegalArgumentException if names repeat or lengths differ
   */
  public static Table of(List<? extends Column> columns) {
    return new Table(new ArrayList<>(columns));
  }

  /**
   * A builder that collects rows in memory.
   *
   * @return a new, empty builder
   */
  public static TableBuilder builder() {
    return new TableBuilder();
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return rowCount;
  }

  /**
   * The number of columns.
   *
   * @return the column count
   */
  public int columnCount() {
    return columns.size();
  }

  /**
   * The columns, in order.
   *
   * @return an unmodifiable list
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The column names, in order.
   *
   * @return a new list
   */
  public List<String> columnNames() {
    List<String> names = new ArrayList<>(columns.size());
    for (Column c : columns) {
      names.add(c.name());
    }
    return names;
  }

  /**
   * Whether a column exists.
   *
   * @param name the column name
   * @return {@code true} if the table has it
   */
  public boolean hasColumn(String name) {
    return index.containsKey(name);
  }

  /**
   * The position of a column.
   *
   * @param name the column name
   * @return its index in {@link #columns()}
   * @throws IllegalArgumentException if there is no such column
   */
  public int columnIndex(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException(
          "no column '" + name + "'; the table has " + columnNames());
    }
    return i;
  }

  /**
   * A column by name, if present.
   *
   * @param name the column name
   * @return the column, or empty
   */
  public Optional<Column> findColumn(String name) {
    Integer i = index.get(name);
    return i == null ? Optional.empty() : Optional.of(columns.get(i));
  }

  /**
   * A column by name.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column
   */
  public Column column(String name) {
    return columns.get(columnIndex(name));
  }

  /**
   * A numeric column by name.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column or it is not numeric
   */
  public NumericColumn numeric(String name) {
    return typed(name, NumericColumn.class, ColumnType.NUMERIC);
  }

  /**
   * A categorical column by name.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column or it is not categorical
   */
  public CategoricalColumn categorical(String name) {
    return typed(name, CategoricalColumn.class, ColumnType.CATEGORICAL);
  }

  /**
   * A text column by name.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column or it is not text
   */
  public TextColumn text(String name) {
    return typed(name, TextColumn.class, ColumnType.TEXT);
  }

  /**
   * A timestamp column by name.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column or it is not a timestamp column
   */
  public TimestampColumn timestamp(String name) {
    return typed(name, TimestampColumn.class, ColumnType.TIMESTAMP);
  }

  private <C extends Column> C typed(String name, Class<C> kind, ColumnType type) {
    Column c = column(name);
    if (!kind.isInstance(c)) {
      throw new IllegalArgumentException(
          "column '" + name + "' is " + c.type() + " but " + type + " was expected");
    }
    return kind.cast(c);
  }

  /**
   * The named columns, in the given order, sharing this table's data.
   *
   * @param names column names
   * @return the projection
   * @throws IllegalArgumentException if a name is unknown or repeated
   */
  public Table select(String... names) {
    return select(Arrays.asList(names));
  }

  /**
   * The named columns, in the given order, sharing this table's data.
   *
   * @param names column names
   * @return the projection
   * @throws IllegalArgumentException if a name is unknown or repeated
   */
  public Table select(List<String> names) {
    List<Column> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(column(n));
    }
    return new Table(out);
  }

  /**
   * This table without the named columns.
   *
   * @param names columns to drop
   * @return the remaining columns
   * @throws IllegalArgumentException if a name is unknown
   */
  public Table drop(String... names) {
    Map<String, Boolean> gone = new LinkedHashMap<>();
    for (String n : names) {
      columnIndex(n);
      gone.put(n, true);
    }
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (!gone.containsKey(c.name())) {
        out.add(c);
      }
    }
    return new Table(out);
  }

  /**
   * This table with a column added, or replaced when one of that name exists.
   *
   * @param column the column
   * @return the new table
   * @throws IllegalArgumentException if the column's length differs from the table's
   */
  public Table withColumn(Column column) {
    Objects.requireNonNull(column, "column");
    List<Column> out = new ArrayList<>(columns);
    Integer i = index.get(column.name());
    if (i == null) {
      out.add(column);
    } else {
      out.set(i, column);
    }
    return new Table(out);
  }

  /**
   * A new table of the given rows, in the given order (rows may repeat).
   *
   * @param rows row indices
   * @return the new table
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public Table rows(int[] rows) {
    for (int r : rows) {
      Objects.checkIndex(r, rowCount);
    }
    List<Column> out = new ArrayList<>(columns.size());
    for (Column c : columns) {
      out.add(c.select(rows));
    }
    return new Table(out);
  }

  /**
   * The first rows of this table.
   *
   * @param n how many rows at most
   * @return a new table
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Table head(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0 but was " + n);
    }
    int k = Math.min(n, rowCount);
    int[] idx = new int[k];
    for (int i = 0; i < k; i++) {
      idx[i] = i;
    }
    return rows(idx);
  }

  /**
   * A view of one row; nothing is copied.
   *
   * @param row the row index
   * @return the view
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Row row(int row) {
    return new Row(this, Objects.checkIndex(row, rowCount));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table t && columns.equals(t.columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
  }

  @Override
  public String toString() {
    return "Table[" + rowCount + " rows x " + columns.size() + " columns " + columnNames() + "]";
  }
}
