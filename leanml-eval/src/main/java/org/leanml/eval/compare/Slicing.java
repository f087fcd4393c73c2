package org.leanml.eval.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;

/**
 * The slice columns of a comparison: for every column, each of its values defines a slice (the rows
 * holding that value), compared on its own.
 *
 * @param columns the slice columns; empty for no slicing
 */
public record Slicing(List<SliceColumn> columns) {
  /** The value that stands for a missing cell. */
  public static final String MISSING = "<missing>";

  /**
   * One slice column: a name and the value of every row.
   *
   * @param name the column name
   * @param values the value of each row
   */
  // The array components are cloned in and out, and equals, hashCode and toString are overridden
  // to use their contents, which is what ArrayRecordComponent guards against; the public
  // accessors' array types are part of the API.
  @SuppressWarnings("ArrayRecordComponent")
  public record SliceColumn(String name, String[] values) {
    /**
     * Validates and copies.
     *
     * @param name the column name
     * @param values the value of each row
     * @throws IllegalArgumentException if the name is blank or a value is null
     */
    public SliceColumn {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("slice column name must not be blank");
      }
      values = values.clone();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          throw new IllegalArgumentException(
              "slice column '" + name + "' has a null value at row " + i);
        }
      }
    }

    /**
     * The value of each row.
     *
     * @return a copy
     */
    @Override
    public String[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SliceColumn c && c.name.equals(name) && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "SliceColumn[" + name + ", " + values.length + " rows]";
    }

    String value(int row) {
      return values[row];
    }

    int size() {
      return values.length;
    }
  }

  /**
   * Copies.
   *
   * @param columns the slice columns; empty for no slicing
   * @throws IllegalArgumentException if two columns share a name
   */
  public Slicing {
    columns = List.copyOf(columns);
    if (columns.stream().map(SliceColumn::name).distinct().count() != columns.size()) {
      throw new IllegalArgumentException("slice column names repeat");
    }
  }

  /**
   * No slicing.
   *
   * @return the empty slicing
   */
  public static Slicing none() {
    return new Slicing(List.of());
  }

  /**
   * Slicing by one column.
   *
   * @param name the column name
   * @param values the value of each row
   * @return the slicing
   */
  public static Slicing by(String name, String[] values) {
    return new Slicing(List.of(new SliceColumn(name, values)));
  }

  /**
   * This slicing and one more column.
   *
   * @param name the column name
   * @param values the value of each row
   * @return a new slicing
   */
  public Slicing and(String name, String[] values) {
    List<SliceColumn> c = new ArrayList<>(columns);
    c.add(new SliceColumn(name, values));
    return new Slicing(c);
  }

  /**
   * Slicing by columns of a table, using each cell's formatted value ({@value #MISSING} when
   * missing).
   *
   * @param table the table
   * @param names the slice columns
   * @return the slicing
   * @throws IllegalArgumentException if a column is absent
   */
  public static Slicing of(Table table, String... names) {
    List<SliceColumn> c = new ArrayList<>();
    for (String name : names) {
      Column col = table.column(Objects.requireNonNull(name, "name"));
      String[] v = new String[col.size()];
      for (int r = 0; r < v.length; r++) {
        v[r] = col.isMissing(r) ? MISSING : col.format(r);
      }
      c.add(new SliceColumn(name, v));
    }
    return new Slicing(c);
  }

  /**
   * Whether there is no slice column.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return columns.isEmpty();
  }
}
