package org.leanml.data.feature;

import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;
import org.leanml.data.preprocess.Quantiles;

/**
 * Discretizes a numeric column into bins, as one feature named {@code "bin(column)"}: the number of
 * interior edges at or below the value, so with edges {@code e1 < ... < ek} the bins are {@code
 * (-inf, e1)}, {@code [e1, e2)}, ..., {@code [ek, +inf)} and the feature lies in {@code [0, k]}.
 *
 * <p>Edges are fixed ({@link #edges}) or fitted as training quantiles at {@code 1/n, ..., (n-1)/n}
 * ({@link #quantiles}; {@link Quantiles}, definition 7), with repeated edges merged, so a column
 * with few distinct values gets fewer bins.
 */
public final class Bin implements FeatureExtraction {
  private final String column;
  private final double @Nullable [] fixedEdges;
  private final int bins;
  private final String name;

  private Bin(String column, double @Nullable [] fixedEdges, int bins, String name) {
    this.column = Column.requireName(column);
    this.fixedEdges = fixedEdges;
    this.bins = bins;
    this.name = Column.requireName(name);
  }

  /**
   * Bins between fixed interior edges.
   *
   * @param column a numeric column
   * @param edges strictly increasing, finite interior edges, at least one
   * @return the extraction, named {@code "bin"}
   * @throws IllegalArgumentException if the edges are empty, not finite or not strictly increasing
   */
  public static Bin edges(String column, double... edges) {
    if (edges.length == 0) {
      throw new IllegalArgumentException("bin edges of '" + column + "' must not be empty");
    }
    for (int i = 0; i < edges.length; i++) {
      if (!Double.isFinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1]))) {
        throw new IllegalArgumentException(
            "bin edges of '"
                + column
                + "' must be finite and strictly increasing but were "
                + Arrays.toString(edges));
      }
    }
    return new Bin(column, edges.clone(), edges.length + 1, "bin");
  }

  /**
   * Bins between training quantiles.
   *
   * @param column a numeric column
   * @param bins how many bins at most, at least 2
   * @return the extraction, named {@code "bin"}
   * @throws IllegalArgumentException if {@code bins < 2}
   */
  public static Bin quantiles(String column, int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be >= 2 but was " + bins);
    }
    return new Bin(column, null, bins, "bin");
  }

  /**
   * This extraction under another stage name.
   *
   * @param newName the name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public Bin named(String newName) {
    return new Bin(column, fixedEdges, bins, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config(
        "column",
        column,
        "edges",
        fixedEdges == null ? "quantiles" : Arrays.toString(fixedEdges),
        "bins",
        Integer.toString(bins));
  }

  @Override
  public InputContract requires() {
    return InputContract.of(FeatureSpec.numeric(column));
  }

  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires(), training, name);
    double[] edges = fixedEdges;
    if (edges == null) {
      double[] sorted = Quantiles.sortedFinite(training.numeric(column));
      if (sorted.length == 0) {
        throw new IllegalArgumentException(
            "column '" + column + "' has no value to learn bin edges from");
      }
      double[] e = new double[bins - 1];
      for (int i = 1; i < bins; i++) {
        e[i - 1] = Quantiles.quantile(sorted, (double) i / bins);
      }
      edges = Arrays.stream(e).map(v -> v + 0.0).distinct().toArray();
    }
    return new Fitted(this, edges);
  }

  static Bin restore(String column, double @Nullable [] fixedEdges, int bins, String name) {
    if (fixedEdges == null) {
      return quantiles(column, bins).named(name);
    }
    Bin b = edges(column, fixedEdges);
    if (b.bins != bins) {
      throw new IllegalArgumentException(
          "bins is " + bins + " but " + fixedEdges.length + " fixed edges make " + b.bins);
    }
    return b.named(name);
  }

  String column() {
    return column;
  }

  /** The fixed interior edges, or null when they are fitted as quantiles (not copied). */
  double @Nullable [] fixedEdges() {
    return fixedEdges;
  }

  int bins() {
    return bins;
  }

  /** A fitted binning: its interior edges. */
  static final class Fitted extends FittedBase {
    final Bin stage;
    final double[] edges;

    /** {@code edges} must be finite, strictly increasing and not shared. */
    Fitted(Bin stage, double[] edges) {
      super(
          stage.name,
          stage.configuration(),
          stage.requires(),
          InputContract.of(
              FeatureSpec.numeric("bin(" + stage.column + ")").withRange(0, edges.length)));
      this.stage = stage;
      this.edges = edges;
    }

    @Override
    void kernel(Bound b, int row, double[] o, int off) {
      double x = number(b, 0, row);
      double[] ed = edges;
      int lo = 0;
      int hi = ed.length;
      // the number of edges <= x
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ed[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      o[off] = lo;
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Stages.fingerprinter("leanml.feature.bin.v1", name(), configuration())
          .putDoubles(edges)
          .finish();
    }

    @Override
    public String toString() {
      return "Bin.Fitted[" + stage.column + ", edges=" + Arrays.toString(edges) + "]";
    }
  }
}
