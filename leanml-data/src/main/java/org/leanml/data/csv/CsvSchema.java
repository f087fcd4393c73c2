package org.leanml.data.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

/**
 * How a {@link CsvReader} types the columns of a file: either <b>inferred</b> from the data, or
 * <b>explicit</b>, given as an {@link InputContract}.
 *
 * <p>Inference: a column is {@link ColumnType#NUMERIC} when every present cell parses as a number
 * (a column whose cells are all missing is numeric too), otherwise {@link ColumnType#CATEGORICAL}.
 * Text and timestamp columns are never inferred (a wrong guess would be silent); ask for them with
 * {@link #withType(String, ColumnType)}, which overrides inference for one column.
 *
 * <p>Explicit: the header must name exactly the contract's features (in any order); each column is
 * parsed as its feature's type, and after reading the table must satisfy the contract (nullability,
 * finiteness, ranges, categories) or the reader throws a {@link CsvFormatException} naming the line
 * and column.
 */
public final class CsvSchema {
  private final @Nullable InputContract contract;
  private final Map<String, ColumnType> overrides;

  private CsvSchema(@Nullable InputContract contract, Map<String, ColumnType> overrides) {
    this.contract = contract;
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * A schema inferred from the data.
   *
   * @return the inferred schema
   */
  public static CsvSchema inferred() {
    return new CsvSchema(null, Map.of());
  }

  /**
   * An explicit schema: the file holds exactly the contract's features and must satisfy it.
   *
   * @param contract the contract of the file's columns
   * @return the explicit schema
   * @throws NullPointerException if {@code contract} is null
   */
  public static CsvSchema of(InputContract contract) {
    return new CsvSchema(Objects.requireNonNull(contract, "contract"), Map.of());
  }

  /**
   * An explicit schema from column types only: every column may be missing, and numeric columns may
   * hold {@code NaN} and infinities.
   *
   * @param types column name to type, in any order
   * @return the explicit schema
   * @throws IllegalArgumentException if a name is blank
   */
  public static CsvSchema ofTypes(Map<String, ColumnType> types) {
    List<FeatureSpec> fs = new ArrayList<>();
    for (Map.Entry<String, ColumnType> e : new LinkedHashMap<>(types).entrySet()) {
      fs.add(looseSpec(e.getKey(), e.getValue()));
    }
    return of(new InputContract(fs));
  }

  /**
   * The explicit schema of a table's column types (as {@link #ofTypes}), e.g. to read back what
   * {@link CsvWriter} wrote.
   *
   * @param table the table
   * @return the explicit schema
   */
  public static CsvSchema typesOf(Table table) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    for (Column c : table.columns()) {
      types.put(c.name(), c.type());
    }
    return ofTypes(types);
  }

  static FeatureSpec looseSpec(String name, ColumnType type) {
    return new FeatureSpec(
        name,
        type,
        true,
        type == ColumnType.NUMERIC,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        List.of());
  }

  /**
   * This inferred schema with one column's type fixed instead of inferred.
   *
   * @param column the column name
   * @param type its type
   * @return a new schema
   * @throws IllegalStateException if this schema is explicit
   * @throws IllegalArgumentException if the column name is blank
   */
  public CsvSchema withType(String column, ColumnType type) {
    if (contract != null) {
      throw new IllegalStateException("an explicit schema already fixes every type");
    }
    Column.requireName(column);
    Objects.requireNonNull(type, "type");
    Map<String, ColumnType> o = new LinkedHashMap<>(overrides);
    o.put(column, type);
    return new CsvSchema(null, o);
  }

  /**
   * Whether the types are inferred from the data.
   *
   * @return {@code true} for an inferred schema
   */
  public boolean isInferred() {
    return contract == null;
  }

  /**
   * The contract of an explicit schema.
   *
   * @return the contract, or empty for an inferred schema
   */
  public Optional<InputContract> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * The per-column type overrides of an inferred schema.
   *
   * @return column name to type; empty for an explicit schema
   */
  public Map<String, ColumnType> overrides() {
    return overrides;
  }

  /**
   * A one-line description, for stage configurations.
   *
   * @return e.g. {@code "inferred"} or {@code "explicit[a:NUMERIC, b:CATEGORICAL?]"}
   */
  public String describe() {
    if (contract == null) {
      return overrides.isEmpty() ? "inferred" : "inferred" + new java.util.TreeMap<>(overrides);
    }
    StringBuilder sb = new StringBuilder("explicit[");
    for (int i = 0; i < contract.size(); i++) {
      FeatureSpec f = contract.features().get(i);
      sb.append(i == 0 ? "" : ", ").append(f.name()).append(':').append(f.type());
      sb.append(f.nullable() ? "?" : "");
    }
    return sb.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsvSchema s
        && Objects.equals(contract, s.contract)
        && overrides.equals(s.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contract, overrides);
  }

  @Override
  public String toString() {
    return "CsvSchema[" + describe() + "]";
  }
}
