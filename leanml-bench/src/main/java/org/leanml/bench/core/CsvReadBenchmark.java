package org.leanml.bench.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.leanml.bench.data.BenchData;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvOptions;
import org.leanml.data.csv.CsvReader;
import org.leanml.data.csv.CsvSchema;
import org.leanml.datasets.BundledDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CSV reading throughput in cells per second (one operation = one cell), single-threaded.
 *
 * <ul>
 *   <li>{@code numericInferred} / {@code numericExplicit}: a generated 1,000,000 x 20 numeric file
 *       ({@link NumericCsv}), with an inferred and an explicit schema. The file is the one named by
 *       the system property {@code leanml.bench.csv} (so {@code bench/csv-vs-pandas.sh} can hand
 *       the same file to pandas), else it is written to a temporary directory in setup.
 *   <li>{@code spambase}: the 4,601 x 58 spambase file ({@link BenchData#csv(BundledDataset)}: the
 *       copy bundled in {@code leanml-datasets}, or one in the folder named by the optional system
 *       property {@value BenchData#DIR_PROPERTY}).
 *   <li>{@code numericCharsOnly}: the baseline: decoding the same file into chars without parsing.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvReadBenchmark {
  static final int ROWS = 1_000_000;
  static final int COLS = 20;
  static final int CELLS = ROWS * COLS;
  static final int SPAM_CELLS = 4601 * 58;

  private Path numeric;
  private @Nullable Path tempDir;
  private Path spambase;
  private CsvReader explicit;

  /**
   * Writes (or finds) the files.
   *
   * @throws IOException if the temporary file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String given = System.getProperty("leanml.bench.csv");
    if (given != null) {
      numeric = Path.of(given);
    } else {
      Path dir = Files.createTempDirectory("leanml-csv-bench");
      tempDir = dir;
      numeric = dir.resolve("numeric-1m-x20.csv");
      NumericCsv.write(numeric, ROWS, COLS);
    }
    spambase = BenchData.csv(BundledDataset.SPAMBASE);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < COLS; c++) {
      names.add("c" + c);
    }
    explicit =
        CsvReader.with(
            CsvOptions.defaults().withSchema(CsvSchema.of(InputContract.numeric(names))));
  }

  /**
   * Deletes the temporary file.
   *
   * @throws IOException if deletion fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (tempDir != null) {
      Files.deleteIfExists(numeric);
      Files.deleteIfExists(tempDir);
    }
  }

  /**
   * Reads the numeric file with an inferred schema.
   *
   * @return the table
   */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public Table numericInferred() {
    return CsvReader.withDefaults().read(numeric);
  }

  /**
   * Reads the numeric file with an explicit numeric schema.
   *
   * @return the table
   */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public Table numericExplicit() {
    return explicit.read(numeric);
  }

  /**
   * Baseline: decodes the numeric file into chars, without parsing.
   *
   * @return a checksum
   * @throws IOException if reading fails
   */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public long numericCharsOnly() throws IOException {
    char[] buf = new char[1 << 16];
    long sum = 0;
    try (Reader r = Files.newBufferedReader(numeric, StandardCharsets.UTF_8)) {
      int n;
      while ((n = r.read(buf)) > 0) {
        sum += n + buf[n - 1];
      }
    }
    return sum;
  }

  /**
   * Reads spambase with an inferred schema.
   *
   * @return the table
   */
  @Benchmark
  @OperationsPerInvocation(SPAM_CELLS)
  public Table spambase() {
    return CsvReader.withDefaults().read(spambase);
  }
}
