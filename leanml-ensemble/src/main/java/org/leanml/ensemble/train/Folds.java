package org.leanml.ensemble.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded k-fold assignment for out-of-fold predictions: stratified by class for classification,
 * plain for regression. A stop-gap until {@code org.leanml.core.split} is on the class path.
 */
final class Folds {
  private Folds() {}

  /**
   * The fold of every row.
   *
   * @param classes per row its class index, or {@code null} for unstratified folds
   * @param rows the number of rows
   * @param k the number of folds
   * @param seed the shuffle seed
   * @return per row a fold in {@code [0, k)}
   */
  static int[] assign(int[] classes, int rows, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] fold = new int[rows];
    List<List<Integer>> strata = new ArrayList<>();
    if (classes == null) {
      List<Integer> all = new ArrayList<>(rows);
      for (int r = 0; r < rows; r++) {
        all.add(r);
      }
      strata.add(all);
    } else {
      for (int r = 0; r < rows; r++) {
        while (strata.size() <= classes[r]) {
          strata.add(new ArrayList<>());
        }
        strata.get(classes[r]).add(r);
      }
    }
    int offset = 0;
    for (List<Integer> stratum : strata) {
      int[] idx = stratum.stream().mapToInt(Integer::intValue).toArray();
      for (int i = idx.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
      }
      // Continue the round-robin across strata so fold sizes differ by at most one overall.
      for (int i = 0; i < idx.length; i++) {
        fold[idx[i]] = (offset + i) % k;
      }
      offset = (offset + idx.length) % k;
    }
    return fold;
  }
}
