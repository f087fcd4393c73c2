package org.leanml.data.csv;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.InputContract;
import org.leanml.core.run.ProgressListener;
import org.leanml.core.stage.Extract;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;

/**
 * Extracts a table from a CSV file with a {@link CsvReader}. Immutable; configure with the {@code
 * with} methods.
 *
 * <p>What it {@link #produces()}: with an explicit schema, the schema's contract, known without
 * reading. With an inferred schema the types cannot be known before reading, so the first call to
 * {@code produces()} reads the file and returns the contract the data satisfies ({@link
 * InputContract#inferFrom}); the result is kept, so a pipeline's build-time check costs one read.
 * Give an explicit schema to avoid that read, or to pin the contract so that a changed file fails
 * loudly instead of silently changing types.
 */
public final class CsvExtract implements Extract {
  private final Path file;
  private final CsvOptions options;
  private final String name;
  private final ProgressListener progress;
  private volatile @Nullable InputContract inferred;

  private CsvExtract(Path file, CsvOptions options, String name, ProgressListener progress) {
    this.file = Objects.requireNonNull(file, "file");
    this.options = Objects.requireNonNull(options, "options");
    this.name = Column.requireName(name);
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Extraction of a file with {@link CsvOptions#defaults()}, named {@code "extract"}.
   *
   * @param file the CSV file
   * @return the stage
   */
  public static CsvExtract of(Path file) {
    return new CsvExtract(file, CsvOptions.defaults(), "extract", ProgressListener.NONE);
  }

  /**
   * This stage with other options.
   *
   * @param newOptions the options
   * @return a new stage
   */
  public CsvExtract with(CsvOptions newOptions) {
    return new CsvExtract(file, newOptions, name, progress);
  }

  /**
   * This stage with another schema.
   *
   * @param schema the schema
   * @return a new stage
   */
  public CsvExtract withSchema(CsvSchema schema) {
    return with(options.withSchema(schema));
  }

  /**
   * This stage under another name.
   *
   * @param newName the name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public CsvExtract named(String newName) {
    return new CsvExtract(file, options, newName, progress);
  }

  /**
   * This stage reporting characters read while extracting.
   *
   * @param listener the listener
   * @return a new stage
   */
  public CsvExtract withProgress(ProgressListener listener) {
    return new CsvExtract(file, options, name, listener);
  }

  /**
   * The file read.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public CsvOptions options() {
    return options;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    Map<String, String> m = new TreeMap<>();
    m.put("file", file.toString());
    m.put("delimiter", String.valueOf(options.delimiter()));
    m.put("missing_tokens", options.missingTokens().toString());
    m.put("schema", options.schema().describe());
    m.put("quoted_fields", options.quotedFields().name());
    m.put("empty_table", options.emptyTable().name());
    m.put("charset", options.charset().name());
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * {@inheritDoc}
   *
   * @throws CsvFormatException with an inferred schema, if reading the file fails
   */
  @Override
  public InputContract produces() {
    if (options.schema().contract().isPresent()) {
      return options.schema().contract().get();
    }
    InputContract c = inferred;
    if (c == null) {
      c = InputContract.inferFrom(extract());
      inferred = c;
    }
    return c;
  }

  /**
   * {@inheritDoc}
   *
   * @throws CsvFormatException if the file breaks a rule, naming the file, line, column and rule
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  @Override
  public Table extract() {
    return CsvReader.with(options).read(file, progress, name);
  }

  @Override
  public String toString() {
    return "CsvExtract[" + name + ", " + file + "]";
  }
}
