package org.leanml.core.split;

import java.util.Arrays;
import java.util.BitSet;
import org.leanml.core.table.Table;

/**
 * A partition of rows into training and test rows. Both arrays are sorted ascending, disjoint, and
 * copied in and out.
 *
 * @param train the training row indices
 * @param test the test row indices
 */
// The array components are cloned in and out, and equals, hashCode and toString are overridden
// to use their contents, which is what ArrayRecordComponent guards against; the public
// accessors' int[]/double[] types are part of the API.
@SuppressWarnings("ArrayRecordComponent")
public record TrainTestSplit(int[] train, int[] test) {
  /**
   * Validates and copies.
   *
   * @param train the training row indices
   * @param test the test row indices
   * @throws IllegalArgumentException if an index is negative, repeats, appears in both parts, or a
   *     part is not sorted ascending
   */
  public TrainTestSplit {
    train = train.clone();
    test = test.clone();
    BitSet seen = new BitSet();
    check("train", train, seen);
    check("test", test, seen);
  }

  private static void check(String part, int[] rows, BitSet seen) {
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      if (r < 0) {
        throw new IllegalArgumentException(part + " holds negative row index " + r);
      }
      if (i > 0 && rows[i - 1] >= r) {
        throw new IllegalArgumentException(
            part + " must be sorted ascending without repeats but holds " + rows[i - 1] + ", " + r);
      }
      if (seen.get(r)) {
        throw new IllegalArgumentException("row " + r + " is in both train and test");
      }
      seen.set(r);
    }
  }

  /**
   * A copy of the training rows.
   *
   * @return sorted row indices
   */
  @Override
  public int[] train() {
    return train.clone();
  }

  /**
   * A copy of the test rows.
   *
   * @return sorted row indices
   */
  @Override
  public int[] test() {
    return test.clone();
  }

  /**
   * The training rows of a table.
   *
   * @param table a table with the rows this split was made for
   * @return a new table
   * @throws IndexOutOfBoundsException if an index is beyond the table
   */
  public Table trainOf(Table table) {
    return table.rows(train);
  }

  /**
   * The test rows of a table.
   *
   * @param table a table with the rows this split was made for
   * @return a new table
   * @throws IndexOutOfBoundsException if an index is beyond the table
   */
  public Table testOf(Table table) {
    return table.rows(test);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrainTestSplit s
        && Arrays.equals(train, s.train)
        && Arrays.equals(test, s.test);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
  }

  @Override
  public String toString() {
    return "TrainTestSplit[" + train.length + " train, " + test.length + " test]";
  }
}
