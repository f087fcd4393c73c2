package org.leanml.data.preprocess;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Clips outliers of numeric columns into {@code [lower, upper]}: fixed bounds, or bounds fitted as
 * training quantiles ({@link Quantiles}, definition 7) of the present, finite values. Values below
 * the lower bound become the lower bound (infinities included); missing cells and a present {@code
 * NaN} are left as they are.
 */
public final class Clip implements Preprocess {
  private final List<String> columns;
  private final boolean fitted;
  private final double lower;
  private final double upper;
  private final String name;

  private Clip(List<String> columns, boolean fitted, double lower, double upper, String name) {
    this.columns = columns;
    this.fitted = fitted;
    this.lower = lower;
    this.upper = upper;
    this.name = StageSupport.name(name);
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException(
          "clip bounds must satisfy lower <= upper but were [" + lower + ", " + upper + "]");
    }
    if (fitted && (lower < 0 || upper > 1)) {
      throw new IllegalArgumentException(
          "quantile probabilities must lie in [0, 1] but were [" + lower + ", " + upper + "]");
    }
  }

  /**
   * Clipping to fixed bounds.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @param columns the numeric columns
   * @return the stage, named {@code "clip"}
   * @throws IllegalArgumentException if {@code lower > upper}, a bound is NaN, or no column is
   *     given
   */
  public static Clip fixed(double lower, double upper, String... columns) {
    return new Clip(Stages.columns(columns), false, lower, upper, "clip");
  }

  /**
   * Clipping to bounds learned as training quantiles.
   *
   * @param lowerP the probability of the lower bound, e.g. {@code 0.01}
   * @param upperP the probability of the upper bound, e.g. {@code 0.99}
   * @param columns the numeric columns
   * @return the stage, named {@code "clip"}
   * @throws IllegalArgumentException if the probabilities are outside {@code [0, 1]} or out of
   *     order, or no column is given
   */
  public static Clip quantiles(double lowerP, double upperP, String... columns) {
    return new Clip(Stages.columns(columns), true, lowerP, upperP, "clip");
  }

  /**
   * This stage under another name.
   *
   * @param newName the name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public Clip named(String newName) {
    return new Clip(columns, fitted, lower, upper, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config(
        "columns",
        columns.toString(),
        "bounds",
        fitted ? "quantiles" : "fixed",
        "lower",
        Double.toString(lower),
        "upper",
        Double.toString(upper));
  }

  @Override
  public InputContract requires() {
    return StageSupport.anyValues(columns, ColumnType.NUMERIC);
  }

  /**
   * {@inheritDoc} Here: with fixed bounds each clipped column's range is its input range clamped
   * into {@code [lower, upper]}; fitted bounds are not known before fitting, so the input is
   * unchanged.
   *
   * @throws IllegalArgumentException if a clipped column is not in {@code input}
   */
  @Override
  public InputContract produces(InputContract input) {
    if (fitted) {
      StageSupport.replaceEach(input, columns, s -> s); // checks that every column is there
      return input;
    }
    return StageSupport.replaceEach(
        input,
        columns,
        s ->
            new FeatureSpec(
                s.name(),
                s.type(),
                s.nullable(),
                s.allowNonFinite(),
                clamp(s.min(), lower, upper),
                clamp(s.max(), lower, upper),
                s.categories()));
  }

  private static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : (v > hi ? hi : v);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException with quantile bounds, if a column has no present, finite value
   */
  @Override
  public Fitted fit(Table training) {
    StageSupport.checkInput(requires(), training, name);
    double[] lo = new double[columns.size()];
    double[] hi = new double[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      if (fitted) {
        double[] sorted = Quantiles.sortedFinite(training.numeric(columns.get(i)));
        if (sorted.length == 0) {
          throw new IllegalArgumentException(
              "column '" + columns.get(i) + "' has no present, finite value to learn quantiles");
        }
        lo[i] = Quantiles.quantile(sorted, lower);
        hi[i] = Quantiles.quantile(sorted, upper);
      } else {
        lo[i] = lower;
        hi[i] = upper;
      }
    }
    return new Fitted(this, lo, hi);
  }

  /** Clipping with its bounds. */
  public static final class Fitted implements FittedPreprocess {
    private final Clip stage;
    private final double[] lower;
    private final double[] upper;

    private Fitted(Clip stage, double[] lower, double[] upper) {
      this.stage = stage;
      this.lower = lower;
      this.upper = upper;
    }

    /**
     * The bounds of a column.
     *
     * @param column a clipped column
     * @return {@code {lower, upper}}
     * @throws IllegalArgumentException if the column is not clipped
     */
    public double[] bounds(String column) {
      int i = stage.columns.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException(
            "column '" + column + "' is not clipped; clipped: " + stage.columns);
      }
      return new double[] {lower[i], upper[i]};
    }

    @Override
    public String name() {
      return stage.name;
    }

    @Override
    public Map<String, String> configuration() {
      return stage.configuration();
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Stages.fingerprinter("leanml.preprocess.clip.v1", stage.name, configuration())
          .putDoubles(lower)
          .putDoubles(upper)
          .finish();
    }

    @Override
    public Table apply(Table table) {
      StageSupport.checkInput(stage.requires(), table, stage.name);
      Table out = table;
      for (int i = 0; i < stage.columns.size(); i++) {
        NumericColumn col = table.numeric(stage.columns.get(i));
        double[] v = col.toArray();
        for (int r = 0; r < v.length; r++) {
          double x = v[r];
          if (x < lower[i]) {
            v[r] = lower[i];
          } else if (x > upper[i]) {
            v[r] = upper[i];
          }
        }
        out = out.withColumn(NumericColumn.adopt(col.name(), v, col.missingRows()));
      }
      return out;
    }

    @Override
    public String toString() {
      return "Clip.Fitted["
          + stage.name
          + ", lower="
          + Arrays.toString(lower)
          + ", upper="
          + Arrays.toString(upper)
          + "]";
    }
  }
}
