package org.leanml.eval.history;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.contract.Task;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.Table;

/**
 * The frozen evaluation set: its fingerprint and its truth.
 *
 * @param fingerprint the fingerprint of the evaluation table
 * @param task the task
 * @param truthClass the class per row (0/1 for binary); null for regression
 * @param truthValue the target per row for regression; null otherwise
 */
// Holds every evaluated row, so the arrays are handed over without copying and the record is
// never compared by value (its equality is that of the arrays' identity); see issue 13, whose
// per-task results replace these nullable per-task arrays.
@SuppressWarnings("ArrayRecordComponent")
public record FrozenSet(
    Fingerprint fingerprint,
    Task task,
    int @Nullable [] truthClass,
    double @Nullable [] truthValue) {

  /**
   * Validates; the arrays are not copied (they may be large) and must not change.
   *
   * @param fingerprint the fingerprint of the evaluation table
   * @param task the task
   * @param truthClass the class per row (0/1 for binary); null for regression
   * @param truthValue the target per row for regression; null otherwise
   * @throws NullPointerException if the fingerprint or task is null
   * @throws IllegalArgumentException if the truth array does not match the task
   */
  public FrozenSet {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(task, "task");
    if ((task == Task.REGRESSION) != (truthValue != null)
        || (task == Task.REGRESSION) == (truthClass != null)) {
      throw new IllegalArgumentException(
          "a "
              + task
              + " frozen set needs "
              + (task == Task.REGRESSION ? "truthValue" : "truthClass")
              + " only");
    }
  }

  /**
   * A binary frozen set.
   *
   * @param fingerprint the set's fingerprint
   * @param truth 0/1 truth per row
   * @return the set
   */
  public static FrozenSet binary(Fingerprint fingerprint, int[] truth) {
    return new FrozenSet(fingerprint, Task.BINARY, truth, null);
  }

  /**
   * A multiclass frozen set.
   *
   * @param fingerprint the set's fingerprint
   * @param truth the class index per row
   * @return the set
   */
  public static FrozenSet multiclass(Fingerprint fingerprint, int[] truth) {
    return new FrozenSet(fingerprint, Task.MULTICLASS, truth, null);
  }

  /**
   * A regression frozen set.
   *
   * @param fingerprint the set's fingerprint
   * @param truth the target per row
   * @return the set
   */
  public static FrozenSet regression(Fingerprint fingerprint, double[] truth) {
    return new FrozenSet(fingerprint, Task.REGRESSION, null, truth);
  }

  /**
   * The frozen set of an evaluation table, fingerprinted with {@link Fingerprints#of(Table)}.
   *
   * @param table the evaluation table holding the label column
   * @param contract the output contract
   * @return the set
   * @throws org.leanml.core.contract.ContractViolationException if a label is invalid
   */
  public static FrozenSet of(Table table, OutputContract contract) {
    Fingerprint f = Fingerprints.of(table);
    switch (contract.task()) {
      case BINARY:
        {
          int[] classes = contract.classIndices(table);
          int positive = contract.positiveIndex();
          int[] truth = new int[classes.length];
          for (int i = 0; i < truth.length; i++) {
            truth[i] = classes[i] == positive ? 1 : 0;
          }
          return binary(f, truth);
        }
      case MULTICLASS:
        return multiclass(f, contract.classIndices(table));
      case REGRESSION:
        contract.validate(table, 10).throwIfInvalid("targets");
        return regression(f, table.numeric(contract.labelColumn()).toArray());
      default:
        throw new AssertionError(contract.task());
    }
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return truthClass != null
        ? truthClass.length
        : Objects.requireNonNull(truthValue, "truthValue").length;
  }
}
