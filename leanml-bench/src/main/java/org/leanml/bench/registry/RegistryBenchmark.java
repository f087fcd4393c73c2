package org.leanml.bench.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;
import org.leanml.tribuo.TribuoCodec;
import org.leanml.tribuo.TribuoModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The registry's three latency targets (issue 3), each next to a baseline measured in the same run:
 *
 * <ul>
 *   <li>{@code register10MB} (target ≤ 150 ms, fsync included) vs {@code baselineWrite10MB}: one
 *       plain file write of the same 10 MB with one fsync.
 *   <li>{@code list10k} (target ≤ 300 ms; a fresh registry instance, so every manifest is read and
 *       parsed) and {@code list10kCached} (the same instance again) vs {@code baselineDirList10k}:
 *       listing the 10,000 version directories.
 *   <li>{@code championLoad} (target ≤ 20 ms: resolve {@code champion} and load a small Tribuo
 *       logistic regression) vs {@code baselineDecode}: the codec decoding the same bytes from
 *       memory.
 * </ul>
 *
 * <p>Run: {@code java -jar leanml-bench/target/benchmarks.jar RegistryBenchmark -f 1 -wi 2 -i 3 -w
 * 1s -r 1s}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegistryBenchmark {

  static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A registry receiving 10 MB artifacts, each with new content so nothing is deduplicated. */
  @State(Scope.Benchmark)
  public static class Big {
    Path dir;
    ModelRegistry registry;
    byte[] artifact;
    long counter;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("leanml-bench-registry-big");
      registry = ModelRegistry.builder().directory(dir.resolve("r")).codecs(List.of()).build();
      artifact = new byte[10 * 1024 * 1024];
      new SplittableRandom(1).nextBytes(artifact);
    }

    byte[] next() {
      counter++;
      ByteBuffer.wrap(artifact).putLong(0, counter);
      return artifact;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      registry.close();
      deleteTree(dir);
    }
  }

  /**
   * A registry holding 10,000 versions of one model. Writing them takes minutes (four fsyncs each),
   * and JMH runs every benchmark in its own fork, so the registry is kept in {@code
   * java.io.tmpdir/leanml-bench-registry-10k-v1} and reused (completed if a run was interrupted);
   * delete that directory after benchmarking.
   */
  @State(Scope.Benchmark)
  public static class TenThousand {
    Path root;
    ModelRegistry cached;

    @Setup(Level.Trial)
    public void setUp() {
      root = Path.of(System.getProperty("java.io.tmpdir"), "leanml-bench-registry-10k-v1");
      try (ModelRegistry r = ModelRegistry.builder().directory(root).codecs(List.of()).build()) {
        int have = r.latest("many").map(ModelVersion::version).orElse(0);
        for (int i = have; i < 10_000; i++) {
          r.register(
              Registration.ofEncoded("many", "bench/1", Map.of("model.bin", new byte[] {1, 2, 3}))
                  .withMetrics(Map.of("auc", 0.5 + i * 1e-6))
                  .withTags(Map.of("i", Integer.toString(i))));
        }
      }
      cached = ModelRegistry.builder().directory(root).codecs(List.of()).build();
      cached.list("many");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      cached.close();
    }
  }

  /** A registry whose champion is a small Tribuo logistic regression. */
  @State(Scope.Benchmark)
  public static class Champion {
    Path dir;
    ModelRegistry registry;
    Map<String, byte[]> parts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("leanml-bench-registry-champion");
      SplittableRandom rng = new SplittableRandom(3);
      int n = 200;
      double[] x1 = new double[n];
      double[] x2 = new double[n];
      String[] y = new String[n];
      for (int i = 0; i < n; i++) {
        x1[i] = rng.nextDouble(-1, 1);
        x2[i] = rng.nextDouble(-1, 1);
        y[i] = x1[i] + x2[i] + 0.3 * rng.nextDouble(-1, 1) > 0 ? "yes" : "no";
      }
      Table t =
          Table.of(
              NumericColumn.of("x1", x1), NumericColumn.of("x2", x2), CategoricalColumn.of("y", y));
      Predictor p =
          TribuoModels.logistic()
              .withSeed(1)
              .fit(
                  t,
                  InputContract.numeric(List.of("x1", "x2")),
                  OutputContract.binary("y", "no", "yes"));
      registry = ModelRegistry.open(dir.resolve("r"));
      ModelVersion v = registry.register(Registration.of("small", p));
      registry.promote("small", v.version(), "benchmark");
      parts = new TribuoCodec().encode(p);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      registry.close();
      deleteTree(dir);
    }
  }

  @Benchmark
  public ModelVersion register10MB(Big s) {
    return s.registry.register(
        Registration.ofEncoded("big", "bench/1", Map.of("model.bin", s.next())));
  }

  @Benchmark
  public long baselineWrite10MB(Big s) throws IOException {
    Path f = s.dir.resolve("baseline-" + s.counter);
    byte[] bytes = s.next();
    try (FileChannel ch =
        FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
    Files.delete(f);
    return bytes.length;
  }

  @Benchmark
  public int list10k(TenThousand s) {
    try (ModelRegistry fresh =
        ModelRegistry.builder().directory(s.root).codecs(List.of()).build()) {
      return fresh.list("many").size();
    }
  }

  @Benchmark
  public int list10kCached(TenThousand s) {
    return s.cached.list("many").size();
  }

  @Benchmark
  public long baselineDirList10k(TenThousand s) throws IOException {
    try (Stream<Path> l = Files.list(s.root.resolve("models/many/versions"))) {
      return l.count();
    }
  }

  @Benchmark
  public Predictor championLoad(Champion s) {
    return s.registry.load("small", ModelRegistry.CHAMPION);
  }

  @Benchmark
  public Predictor baselineDecode(Champion s) {
    return new TribuoCodec().decode(s.parts);
  }
}
