package org.leanml.data.csv;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.stage.Extract;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;

/**
 * Extracts an in-memory table (e.g. from {@link Table#builder()}), for tests and notebooks. It
 * {@link #produces()} exactly the contract the table satisfies ({@link InputContract#inferFrom}).
 */
public final class TableExtract implements Extract {
  private final Table table;
  private final String name;
  private final InputContract contract;

  private TableExtract(Table table, String name) {
    this.table = Objects.requireNonNull(table, "table");
    this.name = Column.requireName(name);
    this.contract = InputContract.inferFrom(table);
  }

  /**
   * Extraction of a table, named {@code "extract"}.
   *
   * @param table the table
   * @return the stage
   */
  public static TableExtract of(Table table) {
    return new TableExtract(table, "extract");
  }

  /**
   * This stage under another name.
   *
   * @param newName the name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public TableExtract named(String newName) {
    return new TableExtract(table, newName);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc} Here: the row and column counts and the table's fingerprint.
   *
   * @return an unmodifiable map
   */
  @Override
  public Map<String, String> configuration() {
    Map<String, String> m = new TreeMap<>();
    m.put("rows", Integer.toString(table.rowCount()));
    m.put("columns", table.columnNames().toString());
    m.put("table_fingerprint", Fingerprints.of(table).hex());
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public InputContract produces() {
    return contract;
  }

  @Override
  public Table extract() {
    return table;
  }

  @Override
  public String toString() {
    return "TableExtract[" + name + ", " + table + "]";
  }
}
