package org.leanml.testkit.arbitrary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TextColumn;
import org.leanml.core.table.TimestampColumn;

/**
 * Generates tables that satisfy a contract, so users can property-test their own preprocessing and
 * feature stages against the data their models will see.
 *
 * <p>Every generated cell obeys its {@link FeatureSpec}: numeric values lie in {@code [min, max]}
 * (unbounded sides are limited to ±1e9 so arithmetic stays finite) with the bounds, zero (when
 * allowed) and the smallest positive normal as edge values that jqwik tries first; {@code NaN} and
 * infinities appear only where {@code allowNonFinite}; missing cells only where {@code nullable};
 * categorical levels come from the spec's categories, or short strings when it lists none.
 *
 * <pre>{@code
 * @Property
 * void imputer_neverLeavesMissingCells(@ForAll("requests") Table t) { ... }
 *
 * @Provide
 * Arbitrary<Table> requests() {
 *   return TableArbitraries.forContract(contract).withRows(1, 200);
 * }
 * }</pre>
 */
public final class TableArbitraries {
  /** Where unbounded numeric features are cut off. */
  public static final double UNBOUNDED_LIMIT = 1e9;

  private static final double MISSING_SHARE = 0.1;

  private final InputContract contract;
  private final int minRows;
  private final int maxRows;

  private TableArbitraries(InputContract contract, int minRows, int maxRows) {
    this.contract = contract;
    this.minRows = minRows;
    this.maxRows = maxRows;
  }

  /**
   * Tables of 0 to 50 rows satisfying a contract.
   *
   * @param contract the contract every generated table satisfies
   * @return a generator; refine it with {@link #withRows}
   * @throws NullPointerException if the contract is null
   */
  public static TableArbitraries forContract(InputContract contract) {
    if (contract == null) {
      throw new NullPointerException("contract");
    }
    return new TableArbitraries(contract, 0, 50);
  }

  /**
   * The same generator with another row-count range.
   *
   * @param min the fewest rows
   * @param max the most rows
   * @return a new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  public TableArbitraries withRows(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "rows must satisfy 0 <= min <= max but were " + min + ".." + max);
    }
    return new TableArbitraries(contract, min, max);
  }

  /**
   * The jqwik arbitrary.
   *
   * @return tables satisfying the contract
   */
  public Arbitrary<Table> tables() {
    return Arbitraries.integers().between(minRows, maxRows).flatMap(this::tablesOf);
  }

  private Arbitrary<Table> tablesOf(int rows) {
    List<Arbitrary<Column>> columns = new ArrayList<>();
    for (FeatureSpec f : contract.features()) {
      columns.add(column(f, rows));
    }
    if (columns.isEmpty()) {
      return Arbitraries.just(Table.of(List.of()));
    }
    return Combinators.combine(columns).as(Table::of);
  }

  private static Arbitrary<Column> column(FeatureSpec f, int rows) {
    switch (f.type()) {
      case NUMERIC:
        return numeric(f, rows);
      case CATEGORICAL:
        {
          Arbitrary<String> level =
              f.categories().isEmpty()
                  ? Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)
                  : Arbitraries.of(f.categories());
          return nullable(f, level)
              .list()
              .ofSize(rows)
              .map(l -> CategoricalColumn.of(f.name(), l.toArray(new String[0])));
        }
      case TEXT:
        return nullable(f, Arbitraries.strings().ofMaxLength(20))
            .list()
            .ofSize(rows)
            .map(l -> TextColumn.of(f.name(), l.toArray(new String[0])));
      case TIMESTAMP:
        return nullable(f, Arbitraries.longs().between(0L, 4_102_444_800_000L))
            .list()
            .ofSize(rows)
            .map(
                l -> {
                  long[] v = new long[l.size()];
                  BitSet m = new BitSet();
                  for (int i = 0; i < v.length; i++) {
                    if (l.get(i) == null) {
                      m.set(i);
                    } else {
                      v[i] = l.get(i);
                    }
                  }
                  return TimestampColumn.of(f.name(), v, m);
                });
      default:
        throw new IllegalStateException("unknown type " + f.type());
    }
  }

  private static <T> Arbitrary<T> nullable(FeatureSpec f, Arbitrary<T> a) {
    return f.nullable() ? a.injectNull(MISSING_SHARE) : a;
  }

  private static Arbitrary<Column> numeric(FeatureSpec f, int rows) {
    double lo = Math.max(f.min(), -UNBOUNDED_LIMIT);
    double hi = Math.min(f.max(), UNBOUNDED_LIMIT);
    if (lo > hi) {
      // A range entirely beyond the cut-off: use its finite bound.
      lo = hi = Double.isFinite(f.min()) ? f.min() : f.max();
    }
    List<Double> edges = new ArrayList<>(List.of(lo, hi));
    if (lo <= 0 && 0 <= hi) {
      edges.add(0.0);
    }
    if (lo <= Double.MIN_NORMAL && Double.MIN_NORMAL <= hi) {
      edges.add(Double.MIN_NORMAL);
    }
    Arbitrary<Double> values =
        Arbitraries.oneOf(Arbitraries.doubles().between(lo, hi), Arbitraries.of(edges));
    if (f.allowNonFinite()) {
      values =
          Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(9, values),
              net.jqwik.api.Tuple.of(
                  1,
                  Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
    }
    return nullable(f, values)
        .list()
        .ofSize(rows)
        .map(
            l -> {
              double[] v = new double[l.size()];
              BitSet m = new BitSet();
              for (int i = 0; i < v.length; i++) {
                if (l.get(i) == null) {
                  m.set(i);
                } else {
                  v[i] = l.get(i);
                }
              }
              return NumericColumn.adopt(f.name(), v, m);
            });
  }
}
