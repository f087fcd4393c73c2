package org.leanml.testkit.stage;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.ValidationResult;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Preprocess.FittedPreprocess;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Checks of the promises every LeanML stage makes. Each check throws an {@link AssertionError}
 * whose message names the stage, the row and the column that broke the promise, so it reads well in
 * a JUnit or jqwik failure.
 *
 * <pre>{@code
 * StageChecks checks = StageChecks.exact();
 * checks.reappliesIdentically(myFeatures, training, serving);
 * checks.independentOfRowOrder(myFeatures, training, serving, 42);
 * }</pre>
 */
public final class StageChecks {
  private final double tolerance;

  private StageChecks(double tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * Checks that demand bit-identical numbers.
   *
   * @return the checks
   */
  public static StageChecks exact() {
    return new StageChecks(0);
  }

  /**
   * The same checks, allowing numeric cells to differ by at most {@code absolute} in the row-order
   * check (e.g. a mean summed in another order). Re-application stays exact.
   *
   * @param absolute the allowed absolute difference
   * @return new checks
   * @throws IllegalArgumentException if {@code absolute} is negative or NaN
   */
  public StageChecks withTolerance(double absolute) {
    if (!(absolute >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0 but was " + absolute);
    }
    return new StageChecks(absolute);
  }

  /**
   * A feature stage fitted twice on the same data has the same state; its transform of other data
   * is the same every time; and {@code transformRow} of every row equals, bit for bit, that row of
   * {@code transform} — the promise serving relies on.
   *
   * @param stage the stage
   * @param training data to fit on
   * @param other data to apply to (e.g. serving rows)
   * @throws AssertionError if a promise is broken
   */
  public void reappliesIdentically(FeatureExtraction stage, Table training, Table other) {
    FittedFeatures a = stage.fit(training);
    FittedFeatures b = stage.fit(training);
    if (!a.stateFingerprint().equals(b.stateFingerprint())) {
      throw new AssertionError(
          "stage '"
              + stage.name()
              + "': fitting twice on the same data gave different states "
              + a.stateFingerprint().shortHex()
              + " and "
              + b.stateFingerprint().shortHex());
    }
    Table first = a.transform(other);
    assertSame(stage.name(), "re-applying the fitted stage", first, a.transform(other), 0);
    assertSame(stage.name(), "the other fit", first, b.transform(other), 0);
    double[] row = new double[a.produces().size()];
    List<String> names = a.produces().names();
    for (int r = 0; r < other.rowCount(); r++) {
      a.transformRow(other.row(r), row);
      for (int c = 0; c < row.length; c++) {
        double batch = first.numeric(names.get(c)).get(r);
        if (Double.doubleToLongBits(batch) != Double.doubleToLongBits(row[c])) {
          throw new AssertionError(
              "stage '"
                  + stage.name()
                  + "': transformRow gives "
                  + row[c]
                  + " at row "
                  + r
                  + ", column '"
                  + names.get(c)
                  + "' but transform gives "
                  + batch);
        }
      }
    }
  }

  /**
   * A preprocessing stage fitted twice on the same data has the same state and re-applies to other
   * data identically.
   *
   * @param stage the stage
   * @param training data to fit on
   * @param other data to apply to
   * @throws AssertionError if a promise is broken
   */
  public void reappliesIdentically(Preprocess stage, Table training, Table other) {
    FittedPreprocess a = stage.fit(training);
    FittedPreprocess b = stage.fit(training);
    if (!a.stateFingerprint().equals(b.stateFingerprint())) {
      throw new AssertionError(
          "stage '" + stage.name() + "': fitting twice on the same data gave different states");
    }
    Table first = a.apply(other);
    assertSame(stage.name(), "re-applying the fitted stage", first, a.apply(other), 0);
    assertSame(stage.name(), "the other fit", first, b.apply(other), 0);
  }

  /**
   * The output of a fitted feature stage satisfies the contract it declares.
   *
   * @param stage the stage
   * @param training data to fit on
   * @param other data to transform
   * @throws AssertionError listing the violations if the output breaks the declared contract
   */
  public void outputSatisfiesContract(FeatureExtraction stage, Table training, Table other) {
    FittedFeatures f = stage.fit(training);
    ValidationResult r = f.produces().validate(f.transform(other));
    if (!r.isValid()) {
      throw new AssertionError(
          "stage '" + stage.name() + "': output breaks its declared contract: " + r.violations());
    }
  }

  /**
   * Fitting on the training rows in a shuffled order gives the same transform of other data (within
   * the tolerance).
   *
   * @param stage the stage
   * @param training data to fit on
   * @param other data to transform
   * @param seed the seed of the shuffle
   * @throws AssertionError naming the first differing row and column
   */
  public void independentOfRowOrder(
      FeatureExtraction stage, Table training, Table other, long seed) {
    Table shuffled = training.rows(permutation(training.rowCount(), seed));
    assertSame(
        stage.name(),
        "fitting on shuffled rows",
        stage.fit(training).transform(other),
        stage.fit(shuffled).transform(other),
        tolerance);
  }

  /**
   * Fitting on the training rows in a shuffled order gives the same result on other data (within
   * the tolerance).
   *
   * @param stage the stage
   * @param training data to fit on
   * @param other data to apply to
   * @param seed the seed of the shuffle
   * @throws AssertionError naming the first differing row and column
   */
  public void independentOfRowOrder(Preprocess stage, Table training, Table other, long seed) {
    Table shuffled = training.rows(permutation(training.rowCount(), seed));
    assertSame(
        stage.name(),
        "fitting on shuffled rows",
        stage.fit(training).apply(other),
        stage.fit(shuffled).apply(other),
        tolerance);
  }

  /**
   * A computation gives equal results whatever the number of threads it is given.
   *
   * @param computation runs the work on the given executor and returns its result
   * @param threadCounts thread counts to try, e.g. {@code 1, 2, 4}
   * @param <T> the result type, compared with {@code equals}
   * @return the result (the same for every thread count)
   * @throws AssertionError naming the thread counts whose results differ
   * @throws IllegalArgumentException if no thread count is given or one is below 1
   */
  public <T> T independentOfThreadCount(
      Function<java.util.concurrent.Executor, T> computation, int... threadCounts) {
    if (threadCounts.length == 0) {
      throw new IllegalArgumentException("give at least one thread count");
    }
    @Nullable T first = null;
    for (int i = 0; i < threadCounts.length; i++) {
      int n = threadCounts[i];
      if (n < 1) {
        throw new IllegalArgumentException("thread count must be >= 1 but was " + n);
      }
      ExecutorService pool = Executors.newFixedThreadPool(n);
      T result;
      try {
        result = computation.apply(pool);
      } finally {
        pool.shutdownNow();
      }
      if (i == 0) {
        first = result;
      } else if (!Objects.equals(first, result)) {
        throw new AssertionError(
            "result with "
                + n
                + " threads differs from the result with "
                + threadCounts[0]
                + ": "
                + result
                + " vs "
                + first);
      }
    }
    // the loop ran at least once (no thread counts is rejected above), so first is set
    return Objects.requireNonNull(first, "no thread count ran");
  }

  private static int[] permutation(int n, long seed) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static void assertSame(
      String stage, String what, Table expected, Table actual, double tolerance) {
    if (!expected.columnNames().equals(actual.columnNames())
        || expected.rowCount() != actual.rowCount()) {
      throw new AssertionError(
          "stage '"
              + stage
              + "': "
              + what
              + " changed the shape from "
              + expected
              + " to "
              + actual);
    }
    for (Column e : expected.columns()) {
      Column a = actual.column(e.name());
      for (int r = 0; r < e.size(); r++) {
        boolean same;
        if (e instanceof NumericColumn en && a instanceof NumericColumn an) {
          double x = en.get(r);
          double y = an.get(r);
          same =
              en.isMissing(r) == an.isMissing(r)
                  && (Double.doubleToLongBits(x) == Double.doubleToLongBits(y)
                      || Math.abs(x - y) <= tolerance);
        } else {
          same = Objects.equals(e.format(r), a.format(r));
        }
        if (!same) {
          throw new AssertionError(
              "stage '"
                  + stage
                  + "': "
                  + what
                  + " changed row "
                  + r
                  + ", column '"
                  + e.name()
                  + "' from "
                  + e.format(r)
                  + " to "
                  + a.format(r));
        }
      }
    }
  }
}
