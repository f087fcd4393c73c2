package org.leanml.bench.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.leanml.core.table.Table;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.ReferenceSummaries;
import org.leanml.registry.ModelRef;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.Registration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Starting a drift monitor of a deployed version: {@code loadStored} reads the reference summary
 * stored with the version ({@link ReferenceSummaries#load}: read the blob, SHA-256 it against the
 * manifest, parse it) and is measured against {@code recompute}, summarising the training table
 * again on a 2-thread pool (sorting every feature), which also needs that table at hand; {@code
 * readCheckedBytes} is the registry's share of {@code loadStored}. Data: the reference table of
 * {@link DriftBenchmark} ({@link DriftData}), 200,000 rows × 50 numeric features (an 80 MB
 * summary).
 *
 * <p>Run: {@code java -jar leanml-bench/target/benchmarks.jar ReferenceSummaryBenchmark -f 1 -wi 2
 * -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ReferenceSummaryBenchmark {
  /** Rows of the reference table. */
  @Param({"200000"})
  public int rows;

  /** Numeric features. */
  @Param({"50"})
  public int features;

  private ExecutorService pool;
  private Table reference;
  private Path dir;
  private ModelRegistry registry;
  private ModelRef version;

  /** Generates the table and registers a version with its summary in a temporary registry. */
  @Setup
  public void setUp() throws IOException {
    pool = Executors.newFixedThreadPool(2);
    reference = DriftData.table(rows, features, 1, false);
    dir = Files.createTempDirectory("leanml-bench-reference-summary");
    registry = ModelRegistry.builder().directory(dir.resolve("registry")).codecs(List.of()).build();
    version =
        registry
            .register(
                ReferenceSummaries.attach(
                    Registration.ofEncoded(
                        "churn",
                        "bench/1",
                        Map.of("model.bin", "weights".getBytes(StandardCharsets.UTF_8))),
                    DataSummary.of(reference, pool)))
            .ref();
  }

  /** Closes the registry, deletes it and stops the pool. */
  @TearDown
  public void tearDown() {
    registry.close();
    pool.shutdown();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and checks the stored summary.
   *
   * @return the summary
   */
  @Benchmark
  public DataSummary loadStored() {
    return ReferenceSummaries.load(registry, version);
  }

  /**
   * The part of {@link #loadStored} that is the registry's: read the blob and check its SHA-256.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] readCheckedBytes() {
    return registry.attachment(version, ReferenceSummaries.ATTACHMENT);
  }

  /**
   * Summarises the reference table again.
   *
   * @return the summary
   */
  @Benchmark
  public DataSummary recompute() {
    return DataSummary.of(reference, pool);
  }
}
