package org.leanml.core.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dictionary-encoded column of string levels. Code {@code -1} marks a missing cell. Levels are
 * kept in first-seen order unless given explicitly.
 */
public final class CategoricalColumn implements Column {
  /** The code of a missing cell. */
  public static final int MISSING = -1;

  private final String name;
  private final List<String> levels;
  private final int[] codes;
  private final int missingCount;

  private CategoricalColumn(String name, List<String> levels, int[] codes) {
    this.name = Column.requireName(name);
    this.levels = List.copyOf(levels);
    this.codes = codes;
    int m = 0;
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      if (c == MISSING) {
        m++;
      } else if (c < 0 || c >= this.levels.size()) {
        throw new IllegalArgumentException(
            "column '"
                + name
                + "': row "
                + i
                + " has code "
                + c
                + " but there are "
                + this.levels.size()
                + " levels");
      }
    }
    this.missingCount = m;
    if (this.levels.stream().distinct().count() != this.levels.size()) {
      throw new IllegalArgumentException("column '" + name + "': levels repeat: " + this.levels);
    }
  }

  /**
   * A column from values; {@code null} marks a missing cell. Levels are ordered as first seen.
   *
   * @param name the column name
   * @param values the cells
   * @return the column
   * @throws IllegalArgumentException if the name is blank
   */
  public static CategoricalColumn of(String name, @Nullable String... values) {
    Map<String, Integer> index = new HashMap<>();
    List<String> levels = new ArrayList<>();
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      String v = values[i];
      if (v == null) {
        codes[i] = MISSING;
      } else {
        codes[i] =
            index.computeIfAbsent(
                v,
                k -> {
                  levels.add(k);
                  return levels.size() - 1;
                });
      }
    }
    return new CategoricalColumn(name, levels, codes);
  }

  /**
   * A column from explicit levels and codes; the codes are copied.
   *
   * @param name the column name
   * @param levels the distinct levels
   * @param codes per row, an index into {@code levels} or {@link #MISSING}
   * @return the column
   * @throws IllegalArgumentException if the name is blank, levels repeat or a code is out of range
   */
  public static CategoricalColumn of(String name, List<String> levels, int[] codes) {
    return new CategoricalColumn(name, levels, codes.clone());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.CATEGORICAL;
  }

  @Override
  public int size() {
    return codes.length;
  }

  @Override
  public boolean isMissing(int row) {
    return codes[Objects.checkIndex(row, codes.length)] == MISSING;
  }

  @Override
  public int missingCount() {
    return missingCount;
  }

  /**
   * The distinct levels, in code order.
   *
   * @return an unmodifiable list
   */
  public List<String> levels() {
    return levels;
  }

  /**
   * The code of a cell.
   *
   * @param row the row index
   * @return an index into {@link #levels()}, or {@link #MISSING}
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public int code(int row) {
    return codes[row];
  }

  /**
   * The level of a cell.
   *
   * @param row the row index
   * @return the level, or {@code null} when missing
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public @Nullable String get(int row) {
    int c = codes[row];
    return c == MISSING ? null : levels.get(c);
  }

  /**
   * A copy of the codes.
   *
   * @return a new array
   */
  public int[] codes() {
    return codes.clone();
  }

  @Override
  public CategoricalColumn select(int[] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = codes[rows[i]];
    }
    return new CategoricalColumn(name, levels, out);
  }

  @Override
  public CategoricalColumn rename(String newName) {
    return new CategoricalColumn(newName, levels, codes);
  }

  @Override
  public @Nullable String format(int row) {
    return get(row);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CategoricalColumn c) || !name.equals(c.name) || size() != c.size()) {
      return false;
    }
    for (int i = 0; i < codes.length; i++) {
      if (!Objects.equals(get(i), c.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = name.hashCode();
    for (int i = 0; i < codes.length; i++) {
      h = 31 * h + Objects.hashCode(get(i));
    }
    return h;
  }

  @Override
  public String toString() {
    return "CategoricalColumn[" + name + ", " + codes.length + " rows, levels=" + levels + "]";
  }
}
