package org.leanml.bench.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.leanml.eval.rollout.FsyncPolicy;
import org.leanml.eval.rollout.OutcomeLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appends per second to an {@link OutcomeLog} from two threads with batched fsync (target ≥
 * 200,000/s), for a typical ~120-byte outcome record. The baseline is the same bytes written by a
 * plain buffered writer without checksums, locking policy or fsync.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class OutcomeLogBenchmark {
  /** Records per fsync. */
  @Param({"1000"})
  public int batch;

  private Path dir;
  private OutcomeLog log;
  private java.io.BufferedWriter plain;
  private final AtomicLong ids = new AtomicLong();

  /**
   * Opens a fresh log and a plain file per iteration.
   *
   * @throws IOException if the files cannot be created
   */
  @Setup(Level.Iteration)
  public void open() throws IOException {
    dir = Files.createTempDirectory("outcome-log-bench");
    log = OutcomeLog.open(dir.resolve("log"), FsyncPolicy.everyRecords(batch), Clock.systemUTC());
    plain = Files.newBufferedWriter(dir.resolve("plain"));
  }

  /**
   * Closes and deletes the files.
   *
   * @throws IOException if they cannot be closed or deleted
   */
  @TearDown(Level.Iteration)
  public void close() throws IOException {
    log.close();
    plain.close();
    Files.delete(dir.resolve("log"));
    Files.delete(dir.resolve("plain"));
    Files.delete(dir);
  }

  private String record() {
    long id = ids.incrementAndGet();
    return "{\"type\":\"outcome\",\"request\":\"req-"
        + id
        + "\",\"label\":\"spam\",\"champion\":[0.12,0.88],\"time\":1700000000000}";
  }

  /**
   * One append with group-commit fsync every {@code batch} records.
   *
   * @return the sequence number
   */
  @Benchmark
  public long append() {
    return log.append(record());
  }

  /**
   * Baseline: the same line through a synchronized buffered writer, never forced.
   *
   * @throws IOException if writing fails
   */
  @Benchmark
  public void baselinePlainBufferedWriter() throws IOException {
    String r = record();
    synchronized (this) {
      plain.write(r);
      plain.write('\n');
    }
  }
}
