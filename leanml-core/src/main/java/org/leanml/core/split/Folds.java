package org.leanml.core.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A k-fold partition: every row belongs to exactly one fold. Fold {@code i}'s {@link
 * TrainTestSplit} validates on the rows of fold {@code i} and trains on all others.
 *
 * @param assignment per row, the index of its fold in {@code [0, k)}
 * @param k the number of folds
 */
// The array components are cloned in and out, and equals, hashCode and toString are overridden
// to use their contents, which is what ArrayRecordComponent guards against; the public
// accessors' int[]/double[] types are part of the API.
@SuppressWarnings("ArrayRecordComponent")
public record Folds(int[] assignment, int k) {
  /**
   * Validates and copies.
   *
   * @param assignment per row, the index of its fold in {@code [0, k)}
   * @param k the number of folds
   * @throws IllegalArgumentException if {@code k < 2}, an assignment is outside {@code [0, k)}, or
   *     a fold is empty
   */
  public Folds {
    if (k < 2) {
      throw new IllegalArgumentException("k must be >= 2 but was " + k);
    }
    assignment = assignment.clone();
    int[] sizes = new int[k];
    for (int r = 0; r < assignment.length; r++) {
      int f = assignment[r];
      if (f < 0 || f >= k) {
        throw new IllegalArgumentException(
            "row " + r + " is assigned to fold " + f + ", outside [0, " + k + ")");
      }
      sizes[f]++;
    }
    for (int f = 0; f < k; f++) {
      if (sizes[f] == 0) {
        throw new IllegalArgumentException("fold " + f + " of " + k + " is empty");
      }
    }
  }

  /**
   * A copy of the row-to-fold assignment.
   *
   * @return one fold index per row
   */
  @Override
  public int[] assignment() {
    return assignment.clone();
  }

  /**
   * The number of rows partitioned.
   *
   * @return the row count
   */
  public int rowCount() {
    return assignment.length;
  }

  /**
   * The split that validates on one fold and trains on the rest.
   *
   * @param fold the fold index
   * @return the split, indices ascending
   * @throws IndexOutOfBoundsException if the fold is outside {@code [0, k)}
   */
  public TrainTestSplit fold(int fold) {
    java.util.Objects.checkIndex(fold, k);
    int n = 0;
    for (int f : assignment) {
      n += f == fold ? 1 : 0;
    }
    int[] test = new int[n];
    int[] train = new int[assignment.length - n];
    int a = 0;
    int b = 0;
    for (int r = 0; r < assignment.length; r++) {
      if (assignment[r] == fold) {
        test[a++] = r;
      } else {
        train[b++] = r;
      }
    }
    return new TrainTestSplit(train, test);
  }

  /**
   * Every fold's split, in fold order.
   *
   * @return {@code k} splits
   */
  public List<TrainTestSplit> splits() {
    List<TrainTestSplit> out = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      out.add(fold(f));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Folds f && k == f.k && Arrays.equals(assignment, f.assignment);
  }

  @Override
  public int hashCode() {
    return 31 * k + Arrays.hashCode(assignment);
  }

  @Override
  public String toString() {
    return "Folds[" + k + " folds of " + assignment.length + " rows]";
  }
}
