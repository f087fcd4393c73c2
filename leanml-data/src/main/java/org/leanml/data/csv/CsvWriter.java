package org.leanml.data.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Writes a {@link Table} as RFC 4180 CSV: a header row, CRLF-free LF line ends, the options'
 * delimiter, and the first missing-value token (or the empty field) for missing cells.
 *
 * <p>A field is quoted when it contains the delimiter, a quote or a line break, or when a present
 * value would otherwise read as a missing-value token (so the empty string is written {@code ""}).
 * Numbers are written so that {@link Double#parseDouble} gives back the same double: integral
 * values below 10^15 without a fraction, {@code -0.0}, {@code NaN} and {@code Infinity} spelled
 * out, others via {@link Double#toString(double)}. Timestamps are ISO-8601 instants. With {@link
 * CsvOptions.QuotedFields#ARE_VALUES} and {@link CsvSchema#typesOf(Table)}, reading the output back
 * gives an equal table.
 */
public final class CsvWriter {
  private final CsvOptions options;
  private final String missingToken;

  private CsvWriter(CsvOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    List<String> tokens = options.missingTokens();
    this.missingToken = tokens.isEmpty() ? "" : tokens.get(0);
  }

  /**
   * A writer with the given options (delimiter and missing tokens are used).
   *
   * @param options the options
   * @return the writer
   */
  public static CsvWriter with(CsvOptions options) {
    return new CsvWriter(options);
  }

  /**
   * A writer with {@link CsvOptions#defaults()}.
   *
   * @return the writer
   */
  public static CsvWriter withDefaults() {
    return new CsvWriter(CsvOptions.defaults());
  }

  /**
   * Writes a table to a file, replacing it.
   *
   * @param table the table
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Table table, Path file) {
    try (Writer w = Files.newBufferedWriter(file, options.charset())) {
      write(table, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes a table to a writer (not closed).
   *
   * @param table the table
   * @param out the writer
   * @throws IOException if writing fails
   */
  public void write(Table table, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(256);
    List<Column> cols = table.columns();
    for (int c = 0; c < cols.size(); c++) {
      if (c > 0) {
        sb.append(options.delimiter());
      }
      appendField(sb, cols.get(c).name());
    }
    sb.append('\n');
    for (int r = 0; r < table.rowCount(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        if (c > 0) {
          sb.append(options.delimiter());
        }
        Column col = cols.get(c);
        if (col.isMissing(r)) {
          sb.append(missingToken);
        } else if (col instanceof NumericColumn n) {
          appendField(sb, formatNumber(n.get(r)));
        } else {
          appendField(sb, Objects.requireNonNull(col.format(r), "a present cell has a text form"));
        }
      }
      sb.append('\n');
      if (sb.length() > 8192) {
        out.append(sb);
        sb.setLength(0);
      }
    }
    out.append(sb);
  }

  /**
   * Writes a table to a string.
   *
   * @param table the table
   * @return the CSV text
   */
  public String toString(Table table) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(table, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Formats a double so that {@link Double#parseDouble} reads back the same value (the same bits,
   * {@code -0.0} included; every NaN reads back as the canonical NaN).
   *
   * @param v the value
   * @return its text
   */
  public static String formatNumber(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (v == 0.0) {
      return Double.doubleToRawLongBits(v) == 0L ? "0" : "-0.0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private void appendField(StringBuilder sb, String v) {
    boolean quote = options.missingTokens().contains(v);
    if (!quote) {
      char d = options.delimiter();
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == d || c == '"' || c == '\n' || c == '\r') {
          quote = true;
          break;
        }
      }
    }
    if (!quote) {
      sb.append(v);
      return;
    }
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }
}
