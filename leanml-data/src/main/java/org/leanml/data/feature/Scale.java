package org.leanml.data.feature;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Fitted scaling of numeric columns, each feature keeping its column's name.
 *
 * <ul>
 *   <li>{@link Method#STANDARD}: {@code (x - mean) / sd} with the training mean and population
 *       standard deviation (divisor {@code n}, as scikit-learn's {@code StandardScaler}); a
 *       constant column has {@code sd} taken as 1. Magnitudes near {@link Double#MAX_VALUE} are
 *       summed on exactly rescaled values, so the fitted state stays finite where a plain sum of
 *       squares would overflow.
 *   <li>{@link Method#MIN_MAX}: {@code (x - min) / (max - min)} with the training extremes (new
 *       data may fall outside {@code [0, 1]}); a constant column has the range taken as 1.
 * </ul>
 */
public final class Scale implements FeatureExtraction {
  /** The scaling method. */
  public enum Method {
    /** Centre on the mean and divide by the standard deviation. */
    STANDARD,
    /** Map the training range onto {@code [0, 1]}. */
    MIN_MAX
  }

  private final Method method;
  private final List<String> columns;
  private final String name;

  private Scale(Method method, List<String> columns, String name) {
    this.method = Objects.requireNonNull(method, "method");
    this.columns = columns;
    this.name = Column.requireName(name);
  }

  /**
   * Standard scaling.
   *
   * @param columns numeric columns
   * @return the extraction, named {@code "scale"}
   * @throws IllegalArgumentException if no column is given or a name repeats
   */
  public static Scale standard(String... columns) {
    return new Scale(Method.STANDARD, Stages.columns(columns), "scale");
  }

  /**
   * Min-max scaling.
   *
   * @param columns numeric columns
   * @return the extraction, named {@code "scale"}
   * @throws IllegalArgumentException if no column is given or a name repeats
   */
  public static Scale minMax(String... columns) {
    return new Scale(Method.MIN_MAX, Stages.columns(columns), "scale");
  }

  /**
   * This extraction under another stage name.
   *
   * @param newName the name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public Scale named(String newName) {
    return new Scale(method, columns, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config("columns", columns.toString(), "method", method.name());
  }

  @Override
  public InputContract requires() {
    return InputContract.numeric(columns);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the training table has no rows
   */
  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires(), training, name);
    if (training.rowCount() == 0) {
      throw new IllegalArgumentException("scaling '" + name + "' needs at least one training row");
    }
    int m = columns.size();
    double[] shift = new double[m];
    double[] divisor = new double[m];
    for (int k = 0; k < m; k++) {
      NumericColumn c = training.numeric(columns.get(k));
      int n = c.size();
      if (method == Method.STANDARD) {
        double[] moments = meanAndSd(c, 1.0);
        if (!Double.isFinite(moments[0]) || !Double.isFinite(moments[1])) {
          // The plain sums overflowed (magnitudes near Double.MAX_VALUE): redo them on the values
          // divided by a power of two, which is exact, and scale the results back.
          double scale = Math.scalb(1.0, Math.getExponent(maxAbs(c)));
          moments = meanAndSd(c, scale);
          moments[0] *= scale;
          moments[1] *= scale;
        }
        shift[k] = moments[0];
        divisor[k] = moments[1] == 0 ? 1 : moments[1];
      } else {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < n; r++) {
          min = Math.min(min, c.get(r));
          max = Math.max(max, c.get(r));
        }
        shift[k] = min;
        divisor[k] = max == min ? 1 : max - min;
      }
    }
    return new Fitted(this, shift, divisor);
  }

  /** The mean and population standard deviation of {@code column / scale}. */
  private static double[] meanAndSd(NumericColumn column, double scale) {
    int n = column.size();
    double sum = 0;
    for (int r = 0; r < n; r++) {
      sum += column.get(r) / scale;
    }
    double mean = sum / n;
    double ss = 0;
    for (int r = 0; r < n; r++) {
      double d = column.get(r) / scale - mean;
      ss += d * d;
    }
    return new double[] {mean, Math.sqrt(ss / n)};
  }

  private static double maxAbs(NumericColumn column) {
    double max = 0;
    for (int r = 0; r < column.size(); r++) {
      max = Math.max(max, Math.abs(column.get(r)));
    }
    return max;
  }

  static Scale restore(Method method, List<String> columns, String name) {
    return new Scale(method, Stages.columns(columns.toArray(new String[0])), name);
  }

  Method method() {
    return method;
  }

  List<String> columns() {
    return columns;
  }

  /** A fitted scaling: per column, the shift subtracted and the divisor applied. */
  static final class Fitted extends FittedBase {
    final Scale stage;
    final double[] shift;
    final double[] divisor;

    /** The arrays must have one entry per column and not be shared. */
    Fitted(Scale stage, double[] shift, double[] divisor) {
      super(stage.name, stage.configuration(), stage.requires(), stage.requires());
      this.stage = stage;
      this.shift = shift;
      this.divisor = divisor;
    }

    @Override
    void kernel(Bound b, int row, double[] out, int off) {
      for (int k = 0; k < shift.length; k++) {
        double x = number(b, k, row);
        double d = x - shift[k];
        // x and the shift are finite, so an infinite difference is an overflow: divide first
        out[off + k] =
            Double.isInfinite(d) ? x / divisor[k] - shift[k] / divisor[k] : d / divisor[k];
      }
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Stages.fingerprinter("leanml.feature.scale.v1", name(), configuration())
          .putDoubles(shift)
          .putDoubles(divisor)
          .finish();
    }

    @Override
    public String toString() {
      return "Scale.Fitted["
          + stage.method
          + ", shift="
          + java.util.Arrays.toString(shift)
          + ", divisor="
          + java.util.Arrays.toString(divisor)
          + "]";
    }
  }
}
