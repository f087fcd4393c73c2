package org.leanml.core.fingerprint;

import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TextColumn;
import org.leanml.core.table.TimestampColumn;

/**
 * Fingerprints of tables.
 *
 * <p>The canonical table encoding (domain {@code leanml.table.v1}): the column count; then per
 * column its name, its type and its row count, the set of missing rows, and every present value in
 * row order (doubles canonical, categorical levels and text as UTF-8 strings, timestamps as epoch
 * milliseconds). Categorical dictionaries are not encoded, only the level of each row, so the order
 * in which levels were first seen never matters. Any changed cell, reordered row or renamed column
 * changes the fingerprint.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /**
   * The fingerprint of a table.
   *
   * @param table the table
   * @return its fingerprint
   */
  public static Fingerprint of(Table table) {
    Fingerprinter f = Fingerprinter.forDomain("leanml.table.v1");
    f.putInt(table.columnCount());
    for (Column c : table.columns()) {
      f.putString(c.name());
      f.putString(c.type().name());
      f.putInt(c.size());
      if (c instanceof NumericColumn n) {
        // Missing cells hold NaN; the bit set says which NaNs are missing rather than present.
        f.putBits(n.missingRows());
        for (int r = 0, size = n.size(); r < size; r++) {
          f.putDouble(n.get(r));
        }
      } else if (c instanceof CategoricalColumn k) {
        for (int r = 0; r < k.size(); r++) {
          f.putString(k.get(r));
        }
      } else if (c instanceof TextColumn t) {
        for (int r = 0; r < t.size(); r++) {
          f.putString(t.get(r));
        }
      } else if (c instanceof TimestampColumn t) {
        for (int r = 0; r < t.size(); r++) {
          boolean missing = t.isMissing(r);
          f.putBoolean(missing);
          f.putLong(missing ? 0L : t.getEpochMillis(r));
        }
      } else {
        throw new IllegalStateException("unknown column kind " + c.getClass());
      }
    }
    return f.finish();
  }
}
