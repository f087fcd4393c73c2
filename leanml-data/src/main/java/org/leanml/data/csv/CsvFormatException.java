package org.leanml.data.csv;

import org.jspecify.annotations.Nullable;
import org.leanml.core.LeanMlException;

/**
 * A CSV source broke a rule: a ragged row, an unparseable cell in a typed column, an unterminated
 * quote, an empty file, a repeated header name. The message names the source, the 1-based line (the
 * header is line 1; a record spanning several lines is named by the line it starts on), the column
 * when there is one, and the rule.
 */
public class CsvFormatException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /** The file or source name. */
  private final String source;

  /** The 1-based line, or 0 for the whole source. */
  private final long line;

  /** The column name, or null. */
  private final @Nullable String column;

  /** The rule broken. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param source the file (or other source) name
   * @param line the 1-based line, or {@code 0} when the problem concerns the whole source
   * @param column the column name, or {@code null} when the problem concerns a whole line
   * @param rule the rule broken, e.g. {@code "has 5 fields but the header has 6"}
   */
  public CsvFormatException(String source, long line, @Nullable String column, String rule) {
    super(render(source, line, column, rule));
    this.source = source;
    this.line = line;
    this.column = column;
    this.rule = rule;
  }

  private static String render(String source, long line, @Nullable String column, String rule) {
    StringBuilder sb = new StringBuilder(String.valueOf(source));
    if (line > 0) {
      sb.append(": line ").append(line);
    }
    if (column != null) {
      sb.append(", column '").append(column).append('\'');
    }
    return sb.append(": ").append(rule).toString();
  }

  /**
   * The source that broke the rule.
   *
   * @return the file or source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line the offending record starts on.
   *
   * @return the line, or {@code 0} for a problem with the whole source
   */
  public long line() {
    return line;
  }

  /**
   * The offending column.
   *
   * @return the column name, or {@code null} when the problem concerns a whole line
   */
  public @Nullable String column() {
    return column;
  }

  /**
   * The rule broken, without the location.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }
}
