package org.leanml.ensemble;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/**
 * The simplest feature extraction of a sub-model: some columns of the ensemble's shared input,
 * passed through unchanged. It has no learned state, so it is its own fitted form.
 *
 * <p>Because the columns keep their names, an ensemble hands the shared row straight to a member
 * behind a projection, without copying anything.
 */
public final class ColumnProjection implements FeatureExtraction, FeatureExtraction.FittedFeatures {
  private final InputContract columns;
  private final Fingerprint fingerprint;

  private ColumnProjection(InputContract columns) {
    this.columns = Objects.requireNonNull(columns, "columns");
    if (columns.size() == 0) {
      throw new IllegalArgumentException("a projection needs at least one column");
    }
    Fingerprinter f = Fingerprinter.forDomain("leanml.feature.projection.v1");
    f.putInt(columns.size());
    for (FeatureSpec s : columns.features()) {
      f.putString(s.name());
      f.putString(s.type().name());
    }
    this.fingerprint = f.finish();
  }

  /**
   * A projection of the given features, with their specs.
   *
   * @param columns the projected features
   * @return the projection
   * @throws IllegalArgumentException if no column is given
   */
  public static ColumnProjection of(InputContract columns) {
    return new ColumnProjection(columns);
  }

  /**
   * A projection of some columns of a shared input contract, in the given order.
   *
   * @param shared the ensemble's shared input contract
   * @param names the columns to keep
   * @return the projection
   * @throws IllegalArgumentException if a name is not in {@code shared}, repeats, or none is given
   */
  public static ColumnProjection of(InputContract shared, List<String> names) {
    return new ColumnProjection(shared.project(names));
  }

  /**
   * A projection of required, finite numeric columns.
   *
   * @param names the columns, in order
   * @return the projection
   * @throws IllegalArgumentException if a name is blank or repeats, or none is given
   */
  public static ColumnProjection numeric(List<String> names) {
    return new ColumnProjection(InputContract.numeric(names));
  }

  /**
   * The projected column names, in order.
   *
   * @return a new list
   */
  public List<String> columnNames() {
    return columns.names();
  }

  @Override
  public String name() {
    return "projection";
  }

  @Override
  public Map<String, String> configuration() {
    return Map.of("columns", String.join(",", columns.names()));
  }

  @Override
  public InputContract requires() {
    return columns;
  }

  @Override
  public InputContract produces() {
    return columns;
  }

  /**
   * A projection needs no fitting: returns itself.
   *
   * @param training the training table (checked against {@link #requires()})
   * @return this projection
   * @throws org.leanml.core.contract.ContractViolationException if the table breaks {@link
   *     #requires()}
   */
  @Override
  public FittedFeatures fit(Table training) {
    columns.validate(training).throwIfInvalid("projection " + columns.names());
    return this;
  }

  @Override
  public Fingerprint stateFingerprint() {
    return fingerprint;
  }

  /**
   * The projected columns of a table, sharing its data.
   *
   * @param table a table holding every projected column
   * @return the projection
   * @throws IllegalArgumentException if a column is absent
   */
  @Override
  public Table transform(Table table) {
    return table.select(columns.names());
  }

  @Override
  public void transformRow(Row row, double[] out) {
    if (out.length != columns.size()) {
      throw new IllegalArgumentException(
          "out has "
              + out.length
              + " entries but the projection has "
              + columns.size()
              + " columns");
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = row.getDouble(columns.features().get(i).name());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnProjection p && columns.equals(p.columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
  }

  @Override
  public String toString() {
    return "ColumnProjection" + columns.names();
  }
}
