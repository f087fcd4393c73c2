package org.leanml.core.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects rows in memory and builds a {@link Table}. Declare the columns first, then add rows
 * whose cells match the declared types: a {@link Number} for numeric, a {@link String} for
 * categorical and text, an {@link Instant} or epoch-millisecond {@link Long} for timestamps; {@code
 * null} marks a missing cell. Not thread-safe.
 */
public final class TableBuilder {
  private final Map<String, ColumnType> schema = new LinkedHashMap<>();
  private final List<@Nullable Object[]> rows = new ArrayList<>();

  TableBuilder() {}

  /**
   * Declares the next column.
   *
   * @param name the column name
   * @param type its type
   * @return this builder
   * @throws IllegalArgumentException if the name is blank or already declared
   * @throws IllegalStateException if rows were already added
   */
  public TableBuilder column(String name, ColumnType type) {
    Column.requireName(name);
    if (!rows.isEmpty()) {
      throw new IllegalStateException("declare every column before adding rows");
    }
    if (schema.putIfAbsent(name, type) != null) {
      throw new IllegalArgumentException("column '" + name + "' is declared twice");
    }
    return this;
  }

  /**
   * Declares a numeric column.
   *
   * @param name the column name
   * @return this builder
   * @throws IllegalArgumentException if the name is blank or already declared
   * @throws IllegalStateException if rows were already added
   */
  public TableBuilder numeric(String name) {
    return column(name, ColumnType.NUMERIC);
  }

  /**
   * Declares a categorical column.
   *
   * @param name the column name
   * @return this builder
   * @throws IllegalArgumentException if the name is blank or already declared
   * @throws IllegalStateException if rows were already added
   */
  public TableBuilder categorical(String name) {
    return column(name, ColumnType.CATEGORICAL);
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per declared column, in declaration order
   * @return this builder
   * @throws IllegalArgumentException if the number of cells differs from the number of columns, or
   *     a cell does not fit its column's type (the message names row and column)
   */
  public TableBuilder addRow(@Nullable Object... cells) {
    if (cells.length != schema.size()) {
      throw new IllegalArgumentException(
          "row "
              + rows.size()
              + " has "
              + cells.length
              + " cells but "
              + schema.size()
              + " columns are declared");
    }
    int c = 0;
    for (Map.Entry<String, ColumnType> e : schema.entrySet()) {
      @Nullable Object v = cells[c++];
      if (v != null && !fits(e.getValue(), v)) {
        throw new IllegalArgumentException(
            "row "
                + rows.size()
                + ", column '"
                + e.getKey()
                + "': "
                + v.getClass().getSimpleName()
                + " value '"
                + v
                + "' does not fit a "
                + e.getValue()
                + " column");
      }
    }
    rows.add(cells.clone());
    return this;
  }

  private static boolean fits(ColumnType type, Object v) {
    return switch (type) {
      case NUMERIC -> v instanceof Number;
      case CATEGORICAL, TEXT -> v instanceof String;
      case TIMESTAMP -> v instanceof Instant || v instanceof Long;
    };
  }

  /**
   * Builds the table; the builder can keep collecting rows afterwards.
   *
   * @return the table
   */
  public Table build() {
    List<Column> cols = new ArrayList<>(schema.size());
    int c = 0;
    int n = rows.size();
    for (Map.Entry<String, ColumnType> e : schema.entrySet()) {
      String name = e.getKey();
      final int ci = c++;
      switch (e.getValue()) {
        case NUMERIC -> {
          double[] v = new double[n];
          BitSet m = new BitSet(n);
          for (int r = 0; r < n; r++) {
            Object o = rows.get(r)[ci];
            if (o == null) {
              m.set(r);
            } else {
              v[r] = ((Number) o).doubleValue();
            }
          }
          cols.add(NumericColumn.adopt(name, v, m));
        }
        case CATEGORICAL -> {
          String[] v = new String[n];
          for (int r = 0; r < n; r++) {
            v[r] = (String) rows.get(r)[ci];
          }
          cols.add(CategoricalColumn.of(name, v));
        }
        case TEXT -> {
          String[] v = new String[n];
          for (int r = 0; r < n; r++) {
            v[r] = (String) rows.get(r)[ci];
          }
          cols.add(TextColumn.of(name, v));
        }
        case TIMESTAMP -> {
          long[] v = new long[n];
          BitSet m = new BitSet(n);
          for (int r = 0; r < n; r++) {
            Object o = rows.get(r)[ci];
            if (o == null) {
              m.set(r);
            } else {
              v[r] = o instanceof Instant i ? i.toEpochMilli() : (Long) o;
            }
          }
          cols.add(TimestampColumn.of(name, v, m));
        }
        default -> throw new AssertionError(e.getValue());
      }
    }
    return Table.of(cols);
  }
}
