package org.leanml.data.preprocess;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.Violation;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TextColumn;
import org.leanml.core.table.TimestampColumn;

/**
 * Casts columns from one type to another. Missing cells stay missing.
 *
 * <ul>
 *   <li>to {@link ColumnType#NUMERIC}: categorical or text cells must be decimal numbers (digits,
 *       sign, point, exponent; surrounding spaces allowed) with a finite value, else the stage
 *       throws a {@link ContractViolationException} listing each offending row, column and value;
 *       timestamps become epoch milliseconds.
 *   <li>to {@link ColumnType#CATEGORICAL} or {@link ColumnType#TEXT}: each cell's text (numbers as
 *       {@link NumericColumn#format}, timestamps as ISO-8601 instants).
 * </ul>
 *
 * <p>Casting has no learned state; the fitted stage is the configuration.
 */
public final class Cast implements Preprocess {
  private final ColumnType from;
  private final ColumnType to;
  private final List<String> columns;
  private final String name;

  private Cast(ColumnType from, ColumnType to, List<String> columns, String name) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.columns = columns;
    this.name = StageSupport.name(name);
    if (from == to) {
      throw new IllegalArgumentException("a cast from " + from + " to " + to + " does nothing");
    }
    if (to == ColumnType.TIMESTAMP) {
      throw new IllegalArgumentException(
          "casting to TIMESTAMP is not supported; read timestamps with a CSV schema");
    }
  }

  /**
   * A cast of columns of one type to another.
   *
   * @param from the columns' current type
   * @param to the target type: {@code NUMERIC}, {@code CATEGORICAL} or {@code TEXT}
   * @param columns the columns
   * @return the stage, named {@code "cast"}
   * @throws IllegalArgumentException if the types are equal, the target is {@code TIMESTAMP} or no
   *     column is given
   */
  public static Cast of(ColumnType from, ColumnType to, String... columns) {
    return new Cast(from, to, Stages.columns(columns), "cast");
  }

  /**
   * This stage under another name.
   *
   * @param newName the name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public Cast named(String newName) {
    return new Cast(from, to, columns, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config("columns", columns.toString(), "from", from.name(), "to", to.name());
  }

  @Override
  public InputContract requires() {
    return StageSupport.anyValues(columns, from);
  }

  /**
   * {@inheritDoc} Here: each cast column with the target type, the same nullability, and for a
   * numeric target finite values; categories and ranges are not known before the data is seen.
   *
   * @throws IllegalArgumentException if a cast column is not in {@code input}
   */
  @Override
  public InputContract produces(InputContract input) {
    return StageSupport.replaceEach(
        input,
        columns,
        s ->
            new FeatureSpec(
                s.name(),
                to,
                s.nullable(),
                false,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                List.of()));
  }

  @Override
  public FittedPreprocess fit(Table training) {
    StageSupport.checkInput(requires(), training, name);
    return StageSupport.stateless("leanml.preprocess.cast.v1", name, configuration(), this::apply);
  }

  private Table apply(Table table) {
    StageSupport.checkInput(requires(), table, name);
    List<Violation> violations = new ArrayList<>();
    Table out = table;
    for (String c : columns) {
      out = out.withColumn(cast(table.column(c), violations));
    }
    if (!violations.isEmpty()) {
      boolean truncated = violations.size() > InputContract.DEFAULT_MAX_VIOLATIONS;
      throw new ContractViolationException(
          "stage '" + name + "' cannot cast to " + to,
          violations.subList(0, Math.min(violations.size(), InputContract.DEFAULT_MAX_VIOLATIONS)),
          truncated);
    }
    return out;
  }

  private Column cast(Column col, List<Violation> violations) {
    int n = col.size();
    switch (to) {
      case NUMERIC -> {
        double[] v = new double[n];
        BitSet missing = new BitSet(n);
        for (int r = 0; r < n; r++) {
          if (col.isMissing(r)) {
            missing.set(r);
          } else if (col instanceof TimestampColumn t) {
            v[r] = t.getEpochMillis(r);
          } else {
            String s = Objects.requireNonNull(col.format(r), "a present cell has a text form");
            double d = parseStrict(s);
            if (Double.isNaN(d)) {
              if (violations.size() <= InputContract.DEFAULT_MAX_VIOLATIONS) {
                violations.add(new Violation(r, col.name(), "not a finite decimal number", s));
              }
            } else {
              v[r] = d;
            }
          }
        }
        return NumericColumn.adopt(col.name(), v, missing);
      }
      case CATEGORICAL -> {
        @Nullable String[] s = new String[n];
        for (int r = 0; r < n; r++) {
          s[r] = col.format(r);
        }
        return CategoricalColumn.of(col.name(), s);
      }
      case TEXT -> {
        @Nullable String[] s = new String[n];
        for (int r = 0; r < n; r++) {
          s[r] = col.format(r);
        }
        return TextColumn.of(col.name(), s);
      }
      default -> throw new AssertionError(to);
    }
  }

  /** The value of a decimal number, or NaN when the text is not a finite decimal number. */
  static double parseStrict(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
        return Double.NaN;
      }
    }
    if (!digit) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  @Override
  public String toString() {
    return "Cast[" + name + ", " + columns + " " + from + " -> " + to + "]";
  }
}
