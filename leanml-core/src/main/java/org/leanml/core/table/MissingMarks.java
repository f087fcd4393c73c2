package org.leanml.core.table;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/** The missing-cell marks that numeric and timestamp columns keep beside their values. */
final class MissingMarks {
  private MissingMarks() {}

  /**
   * Checks marks against the column's size.
   *
   * @param column the column's name, for the message
   * @param missing the marks, or null for none
   * @param size the number of rows
   * @return the marks, an empty set for null
   * @throws IllegalArgumentException if a mark is past the last row
   */
  static BitSet check(String column, @Nullable BitSet missing, int size) {
    BitSet m = missing == null ? new BitSet(0) : missing;
    if (m.length() > size) {
      throw new IllegalArgumentException(
          "column '"
              + column
              + "': missing marks row "
              + (m.length() - 1)
              + " but the column has "
              + size
              + " rows");
    }
    return m;
  }

  /**
   * The marks of selected rows, renumbered from 0.
   *
   * @param missing the marks
   * @param rows the selected rows, in order
   * @return a new set
   */
  static BitSet select(BitSet missing, int[] rows) {
    BitSet m = new BitSet(rows.length);
    if (missing.isEmpty()) {
      return m;
    }
    for (int i = 0; i < rows.length; i++) {
      if (missing.get(rows[i])) {
        m.set(i);
      }
    }
    return m;
  }
}
