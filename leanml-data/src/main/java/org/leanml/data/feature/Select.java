package org.leanml.data.feature;

import java.util.List;
import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;

/**
 * Projection: passes numeric columns through unchanged, as features of the same names. The columns
 * must be present and finite (impute first); no state is learned.
 */
public final class Select implements FeatureExtraction {
  private final List<String> columns;
  private final String name;

  private Select(List<String> columns, String name) {
    this.columns = columns;
    this.name = Column.requireName(name);
  }

  /**
   * A projection of numeric columns.
   *
   * @param columns the columns, in feature order
   * @return the extraction, named {@code "select"}
   * @throws IllegalArgumentException if no column is given or a name repeats
   */
  public static Select of(String... columns) {
    return new Select(Stages.columns(columns), "select");
  }

  /**
   * A projection of numeric columns.
   *
   * @param columns the columns, in feature order
   * @return the extraction, named {@code "select"}
   * @throws IllegalArgumentException if no column is given or a name repeats
   */
  public static Select of(List<String> columns) {
    return of(columns.toArray(new String[0]));
  }

  /**
   * This extraction under another name.
   *
   * @param newName the name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public Select named(String newName) {
    return new Select(columns, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config("columns", columns.toString());
  }

  @Override
  public InputContract requires() {
    return InputContract.numeric(columns);
  }

  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires(), training, name);
    return new Fitted(this);
  }

  List<String> columns() {
    return columns;
  }

  /** A fitted projection: no learned state beyond the configuration. */
  static final class Fitted extends FittedBase {
    final Select stage;

    Fitted(Select stage) {
      super(stage.name, stage.configuration(), stage.requires(), stage.requires());
      this.stage = stage;
    }

    @Override
    void kernel(Bound b, int row, double[] out, int off) {
      for (int k = 0; k < b.columns.length; k++) {
        out[off + k] = number(b, k, row);
      }
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Stages.fingerprinter("leanml.feature.select.v1", name(), configuration()).finish();
    }
  }
}
