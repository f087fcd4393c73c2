package org.leanml.eval.label;

import java.util.Objects;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.table.Table;

/**
 * An evaluation set after importing expert labels.
 *
 * @param table the evaluation set with the newly labelled rows appended
 * @param fingerprint the new table's fingerprint
 * @param added how many labelled rows were appended
 * @param unlabelled how many exported rows came back without a label (skipped)
 */
public record LabelledSet(Table table, Fingerprint fingerprint, int added, int unlabelled) {
  /**
   * Validates.
   *
   * @param table the evaluation set with the newly labelled rows appended
   * @param fingerprint the new table's fingerprint
   * @param added how many labelled rows were appended
   * @param unlabelled how many exported rows came back without a label (skipped)
   * @throws NullPointerException if table or fingerprint is null
   */
  public LabelledSet {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
