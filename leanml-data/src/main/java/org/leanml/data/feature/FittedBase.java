package org.leanml.data.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.Violation;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/**
 * The shared machinery of this package's fitted extractions: one row kernel for both {@link
 * #transform} and {@link #transformRow}, and per-table resolution of the input columns, cached for
 * the last table seen (an immutable {@link Bound} published through a volatile field, so the cache
 * is thread-safe and a hit allocates nothing).
 */
abstract class FittedBase implements FeatureExtraction.FittedFeatures {
  private final String name;
  private final Map<String, String> configuration;
  private final InputContract requires;
  private final InputContract produces;
  private final FeatureSpec[] specs;
  private volatile @Nullable Bound bound;

  /** The columns of one table resolved for this extraction. */
  static final class Bound {
    final Table table;
    final Column[] columns;
    final @Nullable Object extra;

    Bound(Table table, Column[] columns, @Nullable Object extra) {
      this.table = table;
      this.columns = columns;
      this.extra = extra;
    }
  }

  FittedBase(
      String name,
      Map<String, String> configuration,
      InputContract requires,
      InputContract produces) {
    this.name = name;
    this.configuration = configuration;
    this.requires = requires;
    this.produces = produces;
    this.specs = requires.features().toArray(new FeatureSpec[0]);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Map<String, String> configuration() {
    return configuration;
  }

  @Override
  public final InputContract requires() {
    return requires;
  }

  @Override
  public final InputContract produces() {
    return produces;
  }

  /** Extra per-table state for the kernel (e.g. level code to slot), or null. */
  @Nullable Object prepare(Column[] columns) {
    return null;
  }

  /** Computes one row's features into {@code out[off, off + width)}. */
  abstract void kernel(Bound b, int row, double[] out, int off);

  final int width() {
    return produces.size();
  }

  private Bound bind(Table t) {
    Column[] cols = new Column[specs.length];
    for (int k = 0; k < specs.length; k++) {
      Column c = t.findColumn(specs[k].name()).orElse(null);
      if (c == null || c.type() != specs[k].type()) {
        String rule =
            c == null
                ? "missing column"
                : "type " + c.type() + " but " + specs[k].type() + " required";
        throw new ContractViolationException(
            "input of features '" + name + "'",
            List.of(new Violation(-1, specs[k].name(), rule, null)),
            false);
      }
      cols[k] = c;
    }
    return new Bound(t, cols, prepare(cols));
  }

  // Identity, not equals: the cache must hit only for the very table it resolved, and
  // Table.equals would compare every cell on each row served.
  @SuppressWarnings("ReferenceEquality")
  private Bound cached(Table t) {
    Bound b = bound;
    if (b == null || b.table != t) {
      b = bind(t);
      bound = b;
    }
    return b;
  }

  @Override
  public final Table transform(Table table) {
    requires.validate(table).throwIfInvalid("input of features '" + name + "'");
    Bound b = bind(table);
    int n = table.rowCount();
    int w = width();
    double[][] cols = new double[w][n];
    double[] tmp = new double[w];
    for (int r = 0; r < n; r++) {
      kernel(b, r, tmp, 0);
      for (int k = 0; k < w; k++) {
        cols[k][r] = tmp[k];
      }
    }
    List<Column> out = new ArrayList<>(w);
    for (int k = 0; k < w; k++) {
      out.add(NumericColumn.adopt(produces.features().get(k).name(), cols[k], null));
    }
    return Table.of(out);
  }

  @Override
  public final void transformRow(Row row, double[] out) {
    if (out.length != width()) {
      throw new IllegalArgumentException(
          "out has length " + out.length + " but '" + name + "' produces " + width() + " features");
    }
    kernel(cached(row.table()), row.index(), out, 0);
  }

  /** Writes one row's features at an offset (for {@link FeatureSet}). */
  final void transformInto(Row row, double[] out, int off) {
    kernel(cached(row.table()), row.index(), out, off);
  }

  /**
   * The value of input {@code k} in a row, checked against its spec as {@link
   * InputContract#validate} would (so serving rejects what training would have rejected).
   */
  final double number(Bound b, int k, int row) {
    NumericColumn c = (NumericColumn) b.columns[k];
    FeatureSpec s = specs[k];
    if (c.isMissing(row)) {
      if (!s.nullable()) {
        throw violation(row, s, "missing value not allowed", null);
      }
      return Double.NaN;
    }
    double v = c.get(row);
    if (!Double.isFinite(v)) {
      if (!s.allowNonFinite()) {
        throw violation(row, s, "NaN or infinite value not allowed", Double.toString(v));
      }
    } else if (v < s.min()) {
      throw violation(row, s, "below minimum " + s.min(), Double.toString(v));
    } else if (v > s.max()) {
      throw violation(row, s, "above maximum " + s.max(), Double.toString(v));
    }
    return v;
  }

  /** The level code of categorical input {@code k} in a row ({@code -1} when missing). */
  final int code(Bound b, int k, int row) {
    CategoricalColumn c = (CategoricalColumn) b.columns[k];
    int code = c.code(row);
    if (code < 0 && !specs[k].nullable()) {
      throw violation(row, specs[k], "missing value not allowed", null);
    }
    return code;
  }

  final ContractViolationException violation(
      int row, FeatureSpec s, String rule, @Nullable String value) {
    return new ContractViolationException(
        "input of features '" + name + "'",
        List.of(new Violation(row, s.name(), rule, value)),
        false);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + " -> " + produces.names() + "]";
  }
}
