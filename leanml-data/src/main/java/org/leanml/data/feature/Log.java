package org.leanml.data.feature;

import java.util.Map;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;

/**
 * A logarithm of a numeric column as one feature: {@code log1p(x)} ({@link Math#log1p}) or {@code
 * log(x)} ({@link Math#log}).
 *
 * <p>Domain: {@code log1p} needs {@code x > -1} and {@code log} needs {@code x > 0}; the domain is
 * part of {@link #requires()} (as the smallest double above the bound), so a value outside it is a
 * contract violation naming the row and column, at training and at serving time alike, instead of a
 * silent {@code NaN} or infinity.
 */
public final class Log implements FeatureExtraction {
  /** Which logarithm. */
  public enum Kind {
    /** {@code ln(1 + x)}, for {@code x > -1}. */
    LOG1P,
    /** {@code ln(x)}, for {@code x > 0}. */
    LOG
  }

  private final Kind kind;
  private final String column;
  private final String name;

  private Log(Kind kind, String column, String name) {
    this.kind = kind;
    this.column = Column.requireName(column);
    this.name = Column.requireName(name);
  }

  /**
   * {@code log1p} of a column, as a feature named {@code "log1p(column)"}.
   *
   * @param column a numeric column with values above -1
   * @return the extraction, named {@code "log1p"}
   */
  public static Log log1p(String column) {
    return new Log(Kind.LOG1P, column, "log1p");
  }

  /**
   * The natural logarithm of a column, as a feature named {@code "log(column)"}.
   *
   * @param column a numeric column with positive values
   * @return the extraction, named {@code "log"}
   */
  public static Log log(String column) {
    return new Log(Kind.LOG, column, "log");
  }

  /**
   * This extraction under another stage name.
   *
   * @param newName the name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public Log named(String newName) {
    return new Log(kind, column, newName);
  }

  private String feature() {
    return (kind == Kind.LOG1P ? "log1p(" : "log(") + column + ")";
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config("column", column, "kind", kind.name());
  }

  @Override
  public InputContract requires() {
    double min = kind == Kind.LOG1P ? Math.nextUp(-1.0) : Double.MIN_VALUE;
    return Specs.numericAtLeast(column, min);
  }

  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires(), training, name);
    return new Fitted(this);
  }

  static Log restore(Kind kind, String column, String name) {
    return new Log(java.util.Objects.requireNonNull(kind, "kind"), column, name);
  }

  Kind kind() {
    return kind;
  }

  String column() {
    return column;
  }

  /** A fitted logarithm: no learned state beyond the configuration. */
  static final class Fitted extends FittedBase {
    final Log stage;
    private final boolean log1p;

    Fitted(Log stage) {
      super(
          stage.name,
          stage.configuration(),
          stage.requires(),
          InputContract.of(FeatureSpec.numeric(stage.feature())));
      this.stage = stage;
      this.log1p = stage.kind == Kind.LOG1P;
    }

    @Override
    void kernel(Bound b, int row, double[] out, int off) {
      double x = number(b, 0, row);
      out[off] = log1p ? Math.log1p(x) : Math.log(x);
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Stages.fingerprinter("leanml.feature.log.v1", name(), configuration()).finish();
    }
  }
}
