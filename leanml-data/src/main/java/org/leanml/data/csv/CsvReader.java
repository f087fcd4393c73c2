package org.leanml.data.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.ValidationResult;
import org.leanml.core.contract.Violation;
import org.leanml.core.run.ProgressListener;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TextColumn;
import org.leanml.core.table.TimestampColumn;

/**
 * Reads RFC 4180 CSV text into a {@link Table} under {@link CsvOptions}. Stateless and thread-safe;
 * each call reads on the calling thread.
 *
 * <p>Design: a hand-written tokenizer hands out fields as ranges of a char buffer; numbers are
 * parsed from the buffer ({@link DecimalParser}, exactly equal to {@link Double#parseDouble}) and
 * categorical levels are looked up in a char-range dictionary, so numeric and repeated categorical
 * cells create no String. With an inferred schema every column is read optimistically as numeric; a
 * column that turns out not to be numeric becomes categorical on the spot when no number was seen
 * before, and otherwise the file is read a second time with that column categorical from the start
 * (so inference costs one pass in the common case and never more than two).
 *
 * <p>Rules: the first record is the header; names must be non-blank and distinct. Every record must
 * have as many fields as the header. A blank line is a record of one empty field, so it is valid
 * only in single-column files, except that blank lines at the end of a file are ignored. Numbers
 * may be surrounded by spaces or tabs; other cells are kept verbatim. Timestamps are ISO-8601: an
 * instant ({@code 2024-05-01T10:15:30Z}), a date-time with offset, a local date-time (read as UTC)
 * or a date (midnight UTC). A UTF-8 byte order mark is skipped.
 */
public final class CsvReader {
  private static final long PROGRESS_EVERY = 1 << 23;

  private final CsvOptions options;

  private CsvReader(CsvOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A reader with the given options.
   *
   * @param options the options
   * @return the reader
   */
  public static CsvReader with(CsvOptions options) {
    return new CsvReader(options);
  }

  /**
   * A reader with {@link CsvOptions#defaults()}.
   *
   * @return the reader
   */
  public static CsvReader withDefaults() {
    return new CsvReader(CsvOptions.defaults());
  }

  /**
   * The options.
   *
   * @return the options
   */
  public CsvOptions options() {
    return options;
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @return the table
   * @throws CsvFormatException if the file breaks a rule, naming the file, line, column and rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public Table read(Path file) {
    return read(file, ProgressListener.NONE, file.toString());
  }

  /**
   * Reads a file, reporting progress as characters read out of the file's size in bytes (equal for
   * ASCII files).
   *
   * @param file the file
   * @param progress receives {@code (stageName, charsRead, fileSize)}
   * @param stageName the name reported to {@code progress}
   * @return the table
   * @throws CsvFormatException if the file breaks a rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public Table read(Path file, ProgressListener progress, String stageName) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new CsvFormatException(file.toString(), 0, null, "the file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Opener opener =
        () ->
            new InputStreamReader(
                Files.newInputStream(file),
                options
                    .charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
    return readFrom(opener, file.toString(), progress, stageName, size);
  }

  /**
   * Parses CSV text held in memory.
   *
   * @param text the CSV text
   * @param sourceName the name used in error messages
   * @return the table
   * @throws CsvFormatException if the text breaks a rule
   */
  public Table parse(String text, String sourceName) {
    return readFrom(() -> new StringReader(text), sourceName, ProgressListener.NONE, "", -1);
  }

  @FunctionalInterface
  private interface Opener {
    Reader open() throws IOException;
  }

  private Table readFrom(
      Opener opener, String source, ProgressListener progress, String stage, long size) {
    Set<Integer> forced = new HashSet<>();
    Pass pass = runPass(opener, source, forced, progress, stage, size);
    if (!pass.lateSwitches.isEmpty()) {
      forced.addAll(pass.lateSwitches);
      pass = runPass(opener, source, forced, progress, stage, size);
    }
    return Objects.requireNonNull(
        pass.table, "the second pass reads every late-switching column as categorical");
  }

  /** A pass's table, or {@code null} with the columns to re-read when a column switched late. */
  private record Pass(@Nullable Table table, Set<Integer> lateSwitches) {}

  private Pass runPass(
      Opener opener,
      String source,
      Set<Integer> forcedCategorical,
      ProgressListener progress,
      String stage,
      long size) {
    try (Reader r = opener.open()) {
      return pass(r, source, forcedCategorical, progress, stage, size);
    } catch (CharacterCodingException e) {
      throw new CsvFormatException(
          source, 0, null, "is not valid " + options.charset() + " text (" + e + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private Pass pass(
      Reader in,
      String source,
      Set<Integer> forcedCategorical,
      ProgressListener progress,
      String stage,
      long size)
      throws IOException {
    CsvTokenizer tok = new CsvTokenizer(in, options.delimiter(), source);
    if (!tok.next()) {
      throw new CsvFormatException(source, 0, null, "the file is empty; a header row is required");
    }
    String[] names = header(tok, source);
    int n = names.length;
    Acc[] accs = accumulators(names, source, forcedCategorical);
    MissingTokens missing = new MissingTokens(options);
    int[] rowLines = new int[1024];
    int rows = 0;
    long pendingBlankLine = 0;
    long nextReport = PROGRESS_EVERY;
    while (tok.next()) {
      if (tok.fieldCount() != n) {
        if (n > 1 && tok.isBlankLine()) {
          if (pendingBlankLine == 0) {
            pendingBlankLine = tok.recordLine();
          }
          continue;
        }
        throw ragged(source, tok.recordLine(), tok.fieldCount(), n, false);
      }
      if (pendingBlankLine != 0) {
        throw ragged(source, pendingBlankLine, 1, n, true);
      }
      if (rows == rowLines.length) {
        rowLines = Arrays.copyOf(rowLines, rows * 2);
      }
      rowLines[rows] = (int) Math.min(Integer.MAX_VALUE, tok.recordLine());
      for (int c = 0; c < n; c++) {
        char[] b = tok.chars(c);
        int s = tok.start(c);
        int e = tok.end(c);
        if (missing.matches(b, s, e, tok.quoted(c))) {
          accs[c].addMissing(rows);
        } else {
          accs[c].add(b, s, e, rows, tok);
        }
      }
      rows++;
      if (tok.charsRead() >= nextReport) {
        progress.onProgress(stage, tok.charsRead(), size);
        nextReport = tok.charsRead() + PROGRESS_EVERY;
      }
    }
    if (rows == 0 && options.emptyTable() == CsvOptions.EmptyTable.REJECT) {
      throw new CsvFormatException(
          source, 0, null, "has a header but no data rows (CsvOptions.EmptyTable.REJECT)");
    }
    if (size >= 0) {
      progress.onProgress(stage, size, size);
    }
    Set<Integer> late = new HashSet<>();
    List<Column> cols = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      if (accs[c] instanceof InferAcc ia && ia.switchedLate) {
        late.add(c);
      }
      cols.add(accs[c].build(rows));
    }
    if (!late.isEmpty()) {
      return new Pass(null, late);
    }
    Table table = Table.of(cols);
    if (options.schema().contract().isPresent()) {
      check(options.schema().contract().get(), table, rowLines, source);
    }
    return new Pass(table, Set.of());
  }

  private static CsvFormatException ragged(
      String source, long line, int fields, int expected, boolean blank) {
    return new CsvFormatException(
        source,
        line,
        null,
        (blank ? "is blank (1 field)" : "has " + fields + (fields == 1 ? " field" : " fields"))
            + " but the header has "
            + expected);
  }

  private static void check(InputContract contract, Table table, int[] rowLines, String source) {
    ValidationResult v = contract.validate(table, 1);
    if (!v.isValid()) {
      Violation x = v.violations().get(0);
      long line = x.row() < 0 ? 0 : rowLines[x.row()];
      throw new CsvFormatException(
          source,
          line,
          x.column(),
          x.rule() + (x.value() == null ? "" : " (value '" + x.value() + "')"));
    }
  }

  private String[] header(CsvTokenizer tok, String source) {
    int n = tok.fieldCount();
    String[] names = new String[n];
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < n; c++) {
      String name = tok.text(c);
      if (name.isBlank()) {
        throw new CsvFormatException(
            source, 1, null, "header field " + (c + 1) + " is blank; every column needs a name");
      }
      Integer prev = seen.put(name, c);
      if (prev != null) {
        throw new CsvFormatException(
            source,
            1,
            name,
            "the name appears twice in the header (fields " + (prev + 1) + " and " + (c + 1) + ")");
      }
      names[c] = name;
    }
    return names;
  }

  private Acc[] accumulators(String[] names, String source, Set<Integer> forcedCategorical) {
    CsvSchema schema = options.schema();
    Acc[] accs = new Acc[names.length];
    if (schema.contract().isPresent()) {
      InputContract contract = schema.contract().get();
      Set<String> header = new HashSet<>(Arrays.asList(names));
      for (FeatureSpec f : contract.features()) {
        if (!header.contains(f.name())) {
          throw new CsvFormatException(
              source, 1, f.name(), "the schema requires this column but the header lacks it");
        }
      }
      for (int c = 0; c < names.length; c++) {
        String name = names[c];
        FeatureSpec f =
            contract
                .feature(name)
                .orElseThrow(
                    () ->
                        new CsvFormatException(
                            source,
                            1,
                            name,
                            "the header has this column but the explicit schema does not"));
        accs[c] = typed(name, f.type(), source);
      }
      return accs;
    }
    for (int c = 0; c < names.length; c++) {
      ColumnType t = schema.overrides().get(names[c]);
      if (t != null) {
        accs[c] = typed(names[c], t, source);
      } else if (forcedCategorical.contains(c)) {
        accs[c] = new CategoricalAcc(names[c]);
      } else {
        accs[c] = new InferAcc(names[c]);
      }
    }
    return accs;
  }

  private static Acc typed(String name, ColumnType type, String source) {
    return switch (type) {
      case NUMERIC -> new NumericAcc(name, source);
      case CATEGORICAL -> new CategoricalAcc(name);
      case TEXT -> new TextAcc(name);
      case TIMESTAMP -> new TimestampAcc(name, source);
    };
  }

  /** The missing-value tokens as char arrays, compared without creating Strings. */
  private static final class MissingTokens {
    private final char[][] tokens;
    private final boolean emptyIsMissing;
    private final boolean quotedMayBeMissing;

    MissingTokens(CsvOptions o) {
      tokens = new char[o.missingTokens().size()][];
      boolean empty = false;
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = o.missingTokens().get(i).toCharArray();
        empty |= tokens[i].length == 0;
      }
      emptyIsMissing = empty;
      quotedMayBeMissing = o.quotedFields() == CsvOptions.QuotedFields.MAY_BE_MISSING;
    }

    boolean matches(char[] b, int s, int e, boolean quoted) {
      if (quoted && !quotedMayBeMissing) {
        return false;
      }
      int len = e - s;
      if (len == 0) {
        return emptyIsMissing;
      }
      for (char[] t : tokens) {
        if (t.length == len && Arrays.equals(t, 0, len, b, s, e)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Collects one column's cells. */
  private abstract static class Acc {
    final String name;

    Acc(String name) {
      this.name = name;
    }

    abstract void add(char[] b, int s, int e, int row, CsvTokenizer tok);

    abstract void addMissing(int row);

    abstract Column build(int rows);
  }

  private static final class NumericAcc extends Acc {
    private final String source;
    private final DecimalParser parser = new DecimalParser();
    private double[] values = new double[1024];
    private long[] missing = new long[16];

    NumericAcc(String name, String source) {
      super(name);
      this.source = source;
    }

    @Override
    void add(char[] b, int s, int e, int row, CsvTokenizer tok) {
      double v = parser.parse(b, s, e);
      if (!parser.ok) {
        throw new CsvFormatException(
            source,
            tok.recordLine(),
            name,
            "'" + new String(b, s, e - s) + "' is not a number but the column is NUMERIC");
      }
      put(row, v);
    }

    void put(int row, double v) {
      if (row == values.length) {
        values = Arrays.copyOf(values, row * 2);
      }
      values[row] = v;
    }

    @Override
    void addMissing(int row) {
      put(row, Double.NaN);
      int w = row >>> 6;
      if (w >= missing.length) {
        missing = Arrays.copyOf(missing, Math.max(w + 1, missing.length * 2));
      }
      missing[w] |= 1L << row;
    }

    @Override
    Column build(int rows) {
      return NumericColumn.adopt(name, Arrays.copyOf(values, rows), BitSet.valueOf(missing));
    }
  }

  private static final class CategoricalAcc extends Acc {
    private final LevelDictionary dict = new LevelDictionary();
    private int[] codes = new int[1024];

    CategoricalAcc(String name) {
      super(name);
    }

    @Override
    void add(char[] b, int s, int e, int row, CsvTokenizer tok) {
      put(row, dict.code(b, s, e));
    }

    void put(int row, int code) {
      if (row == codes.length) {
        codes = Arrays.copyOf(codes, row * 2);
      }
      codes[row] = code;
    }

    @Override
    void addMissing(int row) {
      put(row, CategoricalColumn.MISSING);
    }

    @Override
    Column build(int rows) {
      return CategoricalColumn.of(name, dict.levels(), Arrays.copyOf(codes, rows));
    }
  }

  /** Numeric until a non-number appears, then categorical. */
  private static final class InferAcc extends Acc {
    private final NumericAcc numeric;
    private @Nullable CategoricalAcc categorical;
    private boolean sawNumber;
    boolean switchedLate;

    InferAcc(String name) {
      super(name);
      numeric = new NumericAcc(name, "");
    }

    @Override
    void add(char[] b, int s, int e, int row, CsvTokenizer tok) {
      if (categorical == null) {
        double v = numeric.parser.parse(b, s, e);
        if (numeric.parser.ok) {
          sawNumber = true;
          numeric.put(row, v);
          return;
        }
        categorical = new CategoricalAcc(name);
        if (sawNumber) {
          // earlier numbers have lost their text; the reader reads the file again
          switchedLate = true;
        }
        for (int r = 0; r < row; r++) {
          categorical.addMissing(r);
        }
      }
      categorical.add(b, s, e, row, tok);
    }

    @Override
    void addMissing(int row) {
      if (categorical == null) {
        numeric.addMissing(row);
      } else {
        categorical.addMissing(row);
      }
    }

    @Override
    Column build(int rows) {
      return categorical == null ? numeric.build(rows) : categorical.build(rows);
    }
  }

  private static final class TextAcc extends Acc {
    private @Nullable String[] values = new String[1024];

    TextAcc(String name) {
      super(name);
    }

    @Override
    void add(char[] b, int s, int e, int row, CsvTokenizer tok) {
      put(row, new String(b, s, e - s));
    }

    private void put(int row, @Nullable String v) {
      if (row == values.length) {
        values = Arrays.copyOf(values, row * 2);
      }
      values[row] = v;
    }

    @Override
    void addMissing(int row) {
      put(row, null);
    }

    @Override
    Column build(int rows) {
      return TextColumn.of(name, Arrays.copyOf(values, rows));
    }
  }

  private static final class TimestampAcc extends Acc {
    private final String source;
    private long[] values = new long[1024];
    private final BitSet missing = new BitSet();

    TimestampAcc(String name, String source) {
      super(name);
      this.source = source;
    }

    @Override
    void add(char[] b, int s, int e, int row, CsvTokenizer tok) {
      String text = new String(b, s, e - s).strip();
      try {
        put(row, parseInstant(text).toEpochMilli());
      } catch (DateTimeParseException | ArithmeticException ex) {
        throw new CsvFormatException(
            source,
            tok.recordLine(),
            name,
            "'" + text + "' is not an ISO-8601 timestamp but the column is TIMESTAMP");
      }
    }

    private void put(int row, long v) {
      if (row == values.length) {
        values = Arrays.copyOf(values, row * 2);
      }
      values[row] = v;
    }

    @Override
    void addMissing(int row) {
      put(row, 0L);
      missing.set(row);
    }

    @Override
    Column build(int rows) {
      return TimestampColumn.of(name, Arrays.copyOf(values, rows), missing);
    }
  }

  /**
   * Parses an ISO-8601 instant, offset date-time, local date-time (UTC) or date (midnight UTC).
   *
   * @param text the text
   * @return the instant
   * @throws DateTimeParseException if the text is none of these
   */
  static Instant parseInstant(String text) {
    if (text.indexOf('T') < 0 && text.indexOf('t') < 0) {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (text.endsWith("Z") || text.endsWith("z")) {
      return Instant.parse(text.toUpperCase(java.util.Locale.ROOT));
    }
    int t = text.indexOf('T') >= 0 ? text.indexOf('T') : text.indexOf('t');
    String time = text.substring(t);
    if (time.indexOf('+') >= 0 || time.indexOf('-') >= 0) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
  }
}
