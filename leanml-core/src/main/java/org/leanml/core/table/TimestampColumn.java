package org.leanml.core.table;

import java.time.Instant;
import java.util.BitSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A column of instants stored as epoch milliseconds, with explicit missing marks. */
public final class TimestampColumn implements Column {
  private final String name;
  private final long[] epochMillis;
  private final BitSet missing;

  private TimestampColumn(String name, long[] epochMillis, @Nullable BitSet missing) {
    this.name = Column.requireName(name);
    this.epochMillis = epochMillis;
    this.missing = MissingMarks.check(name, missing, epochMillis.length);
  }

  /**
   * A column from epoch milliseconds; both arguments are copied.
   *
   * @param name the column name
   * @param epochMillis the instants
   * @param missing rows whose cell is missing, or {@code null} for none
   * @return the column
   * @throws IllegalArgumentException if the name is blank or {@code missing} marks a row past the
   *     end
   */
  public static TimestampColumn of(String name, long[] epochMillis, @Nullable BitSet missing) {
    return new TimestampColumn(
        name, epochMillis.clone(), missing == null ? null : (BitSet) missing.clone());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.TIMESTAMP;
  }

  @Override
  public int size() {
    return epochMillis.length;
  }

  @Override
  public boolean isMissing(int row) {
    Objects.checkIndex(row, epochMillis.length);
    return missing.get(row);
  }

  @Override
  public int missingCount() {
    return missing.cardinality();
  }

  /**
   * The instant of a cell in epoch milliseconds; meaningless when the cell is missing.
   *
   * @param row the row index
   * @return epoch milliseconds
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public long getEpochMillis(int row) {
    return epochMillis[row];
  }

  /**
   * The instant of a cell.
   *
   * @param row the row index
   * @return the instant, or {@code null} when missing
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public @Nullable Instant get(int row) {
    return isMissing(row) ? null : Instant.ofEpochMilli(epochMillis[row]);
  }

  @Override
  public TimestampColumn select(int[] rows) {
    long[] out = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = epochMillis[rows[i]];
    }
    return new TimestampColumn(name, out, MissingMarks.select(missing, rows));
  }

  @Override
  public TimestampColumn rename(String newName) {
    return new TimestampColumn(newName, epochMillis, missing);
  }

  @Override
  public @Nullable String format(int row) {
    Instant i = get(row);
    return i == null ? null : i.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TimestampColumn c)
        || !name.equals(c.name)
        || epochMillis.length != c.epochMillis.length
        || !missing.equals(c.missing)) {
      return false;
    }
    for (int i = 0; i < epochMillis.length; i++) {
      if (!missing.get(i) && epochMillis[i] != c.epochMillis[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, missing, epochMillis.length);
  }

  @Override
  public String toString() {
    return "TimestampColumn[" + name + ", " + epochMillis.length + " rows]";
  }
}
