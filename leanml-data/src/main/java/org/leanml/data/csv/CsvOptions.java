package org.leanml.data.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * How to read (and write) a CSV file. Immutable; start from {@link #defaults()} and change one
 * option at a time with the {@code with} methods.
 *
 * <p>Defaults: comma delimiter, a header row, the empty field as the only missing-value token,
 * inferred schema, quoted fields are always values, a file without data rows is an error, UTF-8.
 *
 * @param delimiter the field delimiter
 * @param missingTokens the cell texts that mean "missing" (compared exactly, case-sensitive)
 * @param schema how columns are typed
 * @param quotedFields whether a quoted field can be a missing-value token
 * @param emptyTable what a file with a header but no data rows yields
 * @param charset the file's character set
 */
public record CsvOptions(
    char delimiter,
    List<String> missingTokens,
    CsvSchema schema,
    QuotedFields quotedFields,
    EmptyTable emptyTable,
    Charset charset) {

  /** Whether a quoted field can stand for a missing value. */
  public enum QuotedFields {
    /**
     * A quoted field is always a value, so {@code ""} is the empty string and {@code "NA"} the text
     * NA. This lets {@link CsvWriter} round-trip an empty level or a level equal to a token.
     */
    ARE_VALUES,
    /**
     * A quoted field equal to a missing-value token is missing too, as written by tools that quote
     * every field.
     */
    MAY_BE_MISSING
  }

  /** What reading a file that has a header but no data rows does. */
  public enum EmptyTable {
    /**
     * Throw a {@link CsvFormatException}: a pipeline trained on no rows is almost always a mistake
     * (a truncated export, a wrong file), so this is the default.
     */
    REJECT,
    /** Return a table with the header's columns and no rows. */
    ALLOW
  }

  /**
   * Validates and copies.
   *
   * @param delimiter the field delimiter
   * @param missingTokens the cell texts that mean "missing" (compared exactly, case-sensitive)
   * @param schema how columns are typed
   * @param quotedFields whether a quoted field can be a missing-value token
   * @param emptyTable what a file with a header but no data rows yields
   * @param charset the file's character set
   * @throws IllegalArgumentException if the delimiter is a quote, CR or LF, or a missing token
   *     contains the delimiter, a quote or a line break
   * @throws NullPointerException if an argument is null
   */
  public CsvOptions {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a quote or line break but was " + (int) delimiter);
    }
    missingTokens = List.copyOf(missingTokens);
    for (String t : missingTokens) {
      if (t.indexOf(delimiter) >= 0
          || t.indexOf('"') >= 0
          || t.indexOf('\n') >= 0
          || t.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "missing token '" + t + "' must not contain the delimiter, a quote or a line break");
      }
    }
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(quotedFields, "quotedFields");
    Objects.requireNonNull(emptyTable, "emptyTable");
    Objects.requireNonNull(charset, "charset");
  }

  /**
   * The default options.
   *
   * @return comma, {@code ""} as missing, inferred schema, quoted fields are values, empty tables
   *     rejected, UTF-8
   */
  public static CsvOptions defaults() {
    return new CsvOptions(
        ',',
        List.of(""),
        CsvSchema.inferred(),
        QuotedFields.ARE_VALUES,
        EmptyTable.REJECT,
        StandardCharsets.UTF_8);
  }

  /**
   * These options with another delimiter.
   *
   * @param newDelimiter e.g. {@code ';'} or {@code '\t'}
   * @return new options
   * @throws IllegalArgumentException if the delimiter is a quote or line break
   */
  public CsvOptions withDelimiter(char newDelimiter) {
    return new CsvOptions(newDelimiter, missingTokens, schema, quotedFields, emptyTable, charset);
  }

  /**
   * These options with other missing-value tokens. When writing, the first token stands for a
   * missing cell.
   *
   * @param tokens e.g. {@code "", "NA", "?"}
   * @return new options
   * @throws IllegalArgumentException if a token contains the delimiter, a quote or a line break
   */
  public CsvOptions withMissingTokens(String... tokens) {
    return new CsvOptions(delimiter, List.of(tokens), schema, quotedFields, emptyTable, charset);
  }

  /**
   * These options with another schema.
   *
   * @param newSchema the schema
   * @return new options
   */
  public CsvOptions withSchema(CsvSchema newSchema) {
    return new CsvOptions(delimiter, missingTokens, newSchema, quotedFields, emptyTable, charset);
  }

  /**
   * These options with another rule for quoted fields.
   *
   * @param rule the rule
   * @return new options
   */
  public CsvOptions with(QuotedFields rule) {
    return new CsvOptions(delimiter, missingTokens, schema, rule, emptyTable, charset);
  }

  /**
   * These options with another rule for files without data rows.
   *
   * @param rule the rule
   * @return new options
   */
  public CsvOptions with(EmptyTable rule) {
    return new CsvOptions(delimiter, missingTokens, schema, quotedFields, rule, charset);
  }

  /**
   * These options with another character set.
   *
   * @param newCharset the character set
   * @return new options
   */
  public CsvOptions withCharset(Charset newCharset) {
    return new CsvOptions(delimiter, missingTokens, schema, quotedFields, emptyTable, newCharset);
  }
}
