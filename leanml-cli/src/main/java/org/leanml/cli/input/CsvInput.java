package org.leanml.cli.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.ValidationResult;
import org.leanml.core.contract.Violation;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvFormatException;
import org.leanml.data.csv.CsvOptions;
import org.leanml.data.csv.CsvReader;
import org.leanml.data.csv.CsvSchema;

/**
 * A CSV file read for a command, whose problems become {@link CsvFormatException}s naming the file,
 * the line and the column.
 *
 * <p>Design: the file is read once with an inferred schema in which the columns a command needs
 * have their type fixed (so a non-number in a score column fails on the spot with its line). The
 * stricter rules (no missing cell, finite, within a range, one of some levels) are then checked in
 * memory. Only when a rule is broken is the file read a second time, with an explicit schema that
 * carries those rules, so that {@link CsvReader} names the line of the offending record (which a
 * row index cannot do once quoted fields span lines). The happy path thus costs one read.
 */
public final class CsvInput {
  private final Path file;
  private final Map<String, ColumnType> types;
  private final Table table;

  private CsvInput(Path file, Map<String, ColumnType> types, Table table) {
    this.file = file;
    this.types = types;
    this.table = table;
  }

  /**
   * Reads a file, inferring the type of every column not given.
   *
   * @param file the CSV file
   * @param types the type of some columns, fixed instead of inferred (columns the file lacks are
   *     ignored here; see {@link #requireColumns})
   * @return the input
   * @throws CsvFormatException if the file does not exist, is empty, has no data rows, is ragged or
   *     a typed column holds a value of another type
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static CsvInput read(Path file, Map<String, ColumnType> types) {
    Objects.requireNonNull(file, "file");
    Map<String, ColumnType> fixed = new LinkedHashMap<>(types);
    CsvSchema schema = CsvSchema.inferred();
    for (Map.Entry<String, ColumnType> e : fixed.entrySet()) {
      schema = schema.withType(e.getKey(), e.getValue());
    }
    Table t = CsvReader.with(CsvOptions.defaults().withSchema(schema)).read(file);
    return new CsvInput(file, fixed, t);
  }

  /**
   * The file.
   *
   * @return the path, as given
   */
  public Path file() {
    return file;
  }

  /**
   * The table read.
   *
   * @return the table
   */
  public Table table() {
    return table;
  }

  /**
   * Checks that the header names some columns.
   *
   * @param names the columns needed
   * @throws CsvFormatException naming line 1 and the first absent column, and listing the header
   */
  public void requireColumns(List<String> names) {
    for (String name : names) {
      if (!table.hasColumn(name)) {
        throw new CsvFormatException(
            file.toString(),
            1,
            name,
            "no such column; the header has " + String.join(", ", table.columnNames()));
      }
    }
  }

  /**
   * A problem with a whole column, as an exception naming the file and the column.
   *
   * @param column the column
   * @param rule the rule broken
   * @return the exception, to throw
   */
  public CsvFormatException problem(String column, String rule) {
    return new CsvFormatException(file.toString(), 0, column, rule);
  }

  /**
   * Checks the cells of some columns against rules.
   *
   * @param rules one spec per checked column (its type must be the column's type)
   * @param hints a sentence to append to the message when a column breaks a rule, by column
   * @throws CsvFormatException naming the line and column of the first broken rule (columns in the
   *     order given, rows in file order)
   */
  public void requireValid(List<FeatureSpec> rules, Map<String, String> hints) {
    InputContract strict = new InputContract(rules);
    ValidationResult result = strict.validate(table, 1);
    if (result.isValid()) {
      return;
    }
    Violation v = result.violations().get(0);
    try {
      CsvReader.with(CsvOptions.defaults().withSchema(CsvSchema.of(explicit(rules)))).read(file);
    } catch (CsvFormatException e) {
      throw withHint(e, hints.get(e.column()));
    }
    // The re-read found nothing (the file changed under us): report the row instead of the line.
    throw withHint(
        new CsvFormatException(
            file.toString(),
            0,
            v.column(),
            "data row "
                + (v.row() + 1)
                + ": "
                + v.rule()
                + (v.value() == null ? "" : " (value '" + v.value() + "')")),
        hints.get(v.column()));
  }

  private InputContract explicit(List<FeatureSpec> rules) {
    Map<String, FeatureSpec> byName = new LinkedHashMap<>();
    for (FeatureSpec r : rules) {
      byName.put(r.name(), r);
    }
    List<FeatureSpec> all = new ArrayList<>();
    for (Column c : table.columns()) {
      FeatureSpec r = byName.get(c.name());
      all.add(
          r != null
              ? r
              : new FeatureSpec(
                  c.name(),
                  types.getOrDefault(c.name(), c.type()),
                  true,
                  true,
                  Double.NEGATIVE_INFINITY,
                  Double.POSITIVE_INFINITY,
                  List.of()));
    }
    // Checked columns first, so the first violation reported is of the first rule given.
    List<FeatureSpec> ordered = new ArrayList<>(rules);
    for (FeatureSpec f : all) {
      if (!byName.containsKey(f.name())) {
        ordered.add(f);
      }
    }
    return new InputContract(ordered);
  }

  private static CsvFormatException withHint(CsvFormatException e, @Nullable String hint) {
    if (hint == null) {
      return e;
    }
    return new CsvFormatException(e.source(), e.line(), e.column(), e.rule() + "; " + hint);
  }
}
