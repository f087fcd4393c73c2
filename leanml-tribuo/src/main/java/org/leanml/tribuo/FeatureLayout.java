package org.leanml.tribuo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.Violation;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * The mapping between an input contract and Tribuo feature names, computed once: Tribuo keeps an
 * example's features sorted by name, so the names are held pre-sorted with, for each sorted slot,
 * the contract feature it reads. Immutable.
 */
final class FeatureLayout {
  private final InputContract contract;
  private final String[] sortedNames;
  private final int[] sortedToContract;
  private final boolean[] sortedNullable;
  private final boolean[] sortedNonFinite;

  FeatureLayout(InputContract contract) {
    this.contract = contract;
    List<FeatureSpec> fs = contract.features();
    if (fs.isEmpty()) {
      throw new IllegalArgumentException("the input contract has no features");
    }
    Integer[] order = new Integer[fs.size()];
    for (int i = 0; i < order.length; i++) {
      FeatureSpec f = fs.get(i);
      if (f.type() != org.leanml.core.table.ColumnType.NUMERIC) {
        throw new IllegalArgumentException(
            "feature '"
                + f.name()
                + "' is "
                + f.type()
                + " but Tribuo models read NUMERIC features only; encode it in a feature stage");
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> fs.get(a).name().compareTo(fs.get(b).name()));
    sortedNames = new String[order.length];
    sortedToContract = new int[order.length];
    sortedNullable = new boolean[order.length];
    sortedNonFinite = new boolean[order.length];
    for (int s = 0; s < order.length; s++) {
      FeatureSpec f = fs.get(order[s]);
      sortedNames[s] = f.name();
      sortedToContract[s] = order[s];
      sortedNullable[s] = f.nullable();
      sortedNonFinite[s] = f.allowNonFinite();
    }
  }

  InputContract contract() {
    return contract;
  }

  int size() {
    return sortedNames.length;
  }

  /** The shared names array, sorted; callers must not modify it. */
  String[] sortedNames() {
    return sortedNames;
  }

  /**
   * The table's columns in sorted-name order.
   *
   * @throws ContractViolationException if a column is absent or not numeric
   */
  NumericColumn[] resolve(Table table) {
    NumericColumn[] out = new NumericColumn[sortedNames.length];
    for (int s = 0; s < out.length; s++) {
      Optional<Column> c = table.findColumn(sortedNames[s]);
      if (c.isEmpty()) {
        throw violation(-1, sortedNames[s], "missing column");
      }
      if (!(c.get() instanceof NumericColumn n)) {
        throw violation(-1, sortedNames[s], "type " + c.get().type() + " but NUMERIC required");
      }
      out[s] = n;
    }
    return out;
  }

  /**
   * Reads one row's values in sorted-name order, checking them against the contract. A missing
   * cell, or a NaN where the contract allows non-finite values, is left as NaN: absent.
   *
   * @param cols the table's columns from {@link #resolve}
   * @param row the row index
   * @param values receives the values, one per sorted slot
   * @return how many values are present (not NaN)
   * @throws ContractViolationException if a required value is missing or non-finite, or every
   *     feature of the row is absent
   */
  int values(NumericColumn[] cols, int row, double[] values) {
    int present = 0;
    for (int s = 0; s < cols.length; s++) {
      NumericColumn c = cols[s];
      double v = c.get(row);
      if (Double.isNaN(v)) {
        boolean missing = c.isMissing(row);
        if (missing ? !sortedNullable[s] : !sortedNonFinite[s]) {
          throw violation(
              row,
              sortedNames[s],
              missing ? "missing value not allowed" : "NaN or infinite value not allowed");
        }
      } else if (Double.isInfinite(v) && !sortedNonFinite[s]) {
        throw violation(row, sortedNames[s], "NaN or infinite value not allowed");
      } else {
        present++;
      }
      values[s] = v;
    }
    if (present == 0) {
      throw violation(row, sortedNames[0], "every feature of the row is missing");
    }
    return present;
  }

  /**
   * Builds the Tribuo example of one row. A missing cell, or a NaN where the contract allows
   * non-finite values, is left out of the example: Tribuo reads an absent feature as "no
   * information", which is also how such cells were presented in training.
   *
   * @throws ContractViolationException as {@link #values}
   */
  <T extends Output<T>> ArrayExample<T> example(NumericColumn[] cols, int row, T output) {
    double[] values = new double[cols.length];
    int present = values(cols, row, values);
    if (present == cols.length) {
      // The common case: the shared, pre-sorted names array, copied once and never re-sorted.
      return new PresortedExample<>(output, sortedNames, values, present);
    }
    String[] names = new String[present];
    double[] kept = new double[present];
    int k = 0;
    for (int s = 0; s < cols.length; s++) {
      if (!Double.isNaN(values[s])) {
        names[k] = sortedNames[s];
        kept[k++] = values[s];
      }
    }
    return new PresortedExample<>(output, names, kept, present);
  }

  /**
   * As {@link #example}, but without the row's zero values: Tribuo reads an absent feature as zero,
   * so for a linear model this is the same example, and Tribuo's SGD trainer keeps it sparse. A row
   * whose present values are all zero keeps its first one, since Tribuo refuses an empty example.
   *
   * @throws ContractViolationException as {@link #values}
   */
  <T extends Output<T>> ArrayExample<T> sparseExample(NumericColumn[] cols, int row, T output) {
    double[] values = new double[cols.length];
    values(cols, row, values);
    int nonZero = 0;
    int firstPresent = -1;
    for (int s = 0; s < values.length; s++) {
      double v = values[s];
      if (!Double.isNaN(v)) {
        if (firstPresent < 0) {
          firstPresent = s;
        }
        if (v != 0) {
          nonZero++;
        }
      }
    }
    if (nonZero == 0) {
      return new PresortedExample<>(
          output, new String[] {sortedNames[firstPresent]}, new double[] {values[firstPresent]}, 1);
    }
    String[] names = new String[nonZero];
    double[] kept = new double[nonZero];
    int k = 0;
    for (int s = 0; s < values.length; s++) {
      double v = values[s];
      if (!Double.isNaN(v) && v != 0) {
        names[k] = sortedNames[s];
        kept[k++] = v;
      }
    }
    return new PresortedExample<>(output, names, kept, nonZero);
  }

  /** The contract index of the feature in a sorted slot. */
  int contractIndex(int sortedSlot) {
    return sortedToContract[sortedSlot];
  }

  static ContractViolationException violation(int row, String column, String rule) {
    return new ContractViolationException(
        "Tribuo model input", List.of(new Violation(row, column, rule, null)), false);
  }
}
