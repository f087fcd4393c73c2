package org.leanml.bench.core;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Table fingerprint throughput in bytes of numeric data per second (one operation = one byte;
 * divide by 10^6 for MB/s): {@code table} fingerprints a 1,000,000 x 8 numeric table (64 MB of
 * doubles); {@code sha256Baseline} hashes the same 64 MB as one byte array with {@link
 * MessageDigest}, the floor any SHA-256 fingerprint pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBenchmark {
  static final int ROWS = 1_000_000;
  static final int COLS = 8;
  static final int BYTES = ROWS * COLS * Double.BYTES;

  private Table table;
  private byte[] raw;

  /** Builds the table from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    List<Column> cols = new ArrayList<>();
    ByteBuffer bb = ByteBuffer.allocate(BYTES);
    for (int c = 0; c < COLS; c++) {
      double[] v = new double[ROWS];
      for (int r = 0; r < ROWS; r++) {
        v[r] = random.nextDouble(-1e3, 1e3);
        bb.putDouble(v[r]);
      }
      cols.add(NumericColumn.of("c" + c, v));
    }
    table = Table.of(cols);
    raw = bb.array();
  }

  /**
   * Fingerprints the table.
   *
   * @return the fingerprint
   */
  @Benchmark
  @OperationsPerInvocation(BYTES)
  public Fingerprint table() {
    return Fingerprints.of(table);
  }

  /**
   * Baseline: SHA-256 of the same bytes in one call.
   *
   * @return the digest
   * @throws NoSuchAlgorithmException never on a standard JVM
   */
  @Benchmark
  @OperationsPerInvocation(BYTES)
  public byte[] sha256Baseline() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(raw);
  }
}
