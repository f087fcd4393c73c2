package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes, real kills: the guarantees of {@link FileSystemRegistryStore} across JVMs. */
class RegistryProcessTest {
  private static final long HANG_GUARD_MINUTES = 5;

  @TempDir Path dir;

  static Process startChild(Path root, String writer, int count, int maxPayload, long seed)
      throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-Xmx256m",
            RegistryChild.class.getName(),
            root.toString(),
            "churn",
            writer,
            Integer.toString(count),
            Integer.toString(maxPayload),
            Long.toString(seed));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  static BufferedReader stdout(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads lines until {@code wanted} versions were acknowledged or the stream ends. */
  static void readAcknowledged(BufferedReader in, int wanted, List<Integer> acknowledged)
      throws IOException {
    int seen = 0;
    String line;
    while (seen < wanted && (line = in.readLine()) != null) {
      if (line.startsWith("registered ")) {
        acknowledged.add(Integer.parseInt(line.substring("registered ".length())));
        seen++;
      }
    }
  }

  static ModelRegistry open(Path root) {
    return ModelRegistry.builder().directory(root).codecs(List.of(new ConstantCodec())).build();
  }

  static void assertLoadsAsTagged(ModelRegistry registry, ModelVersion v) {
    ConstantPredictor loaded = (ConstantPredictor) registry.load(v.name(), v.version());
    assertThat(loaded.positive()).isEqualTo(Double.parseDouble(v.tags().get("p")));
    assertThat(loaded.payload()).hasSize(Integer.parseInt(v.tags().get("payload")));
  }

  @Test
  void register_threeProcessesAtOnce_all150VersionsKeptGaplessAndVerified() throws Exception {
    Path root = dir.resolve("registry");
    List<Process> children = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      children.add(startChild(root, "w" + w, 50, 4096, 1000 + w));
    }
    List<List<Integer>> acknowledged = new ArrayList<>();

    for (Process p : children) {
      List<Integer> ack = new ArrayList<>();
      try (BufferedReader in = stdout(p)) {
        readAcknowledged(in, Integer.MAX_VALUE, ack);
      }
      assertThat(p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).as("child finished").isTrue();
      assertThat(p.exitValue()).as("child exit code").isZero();
      acknowledged.add(ack);
    }

    Set<Integer> all = new HashSet<>();
    for (List<Integer> ack : acknowledged) {
      assertThat(ack).hasSize(50);
      all.addAll(ack);
    }
    assertThat(all)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 150).boxed().toList());
    try (ModelRegistry registry = open(root)) {
      List<ModelVersion> versions = registry.list("churn");
      assertThat(versions)
          .extracting(ModelVersion::version)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 150).boxed().toList());
      assertThat(
              versions.stream()
                  .collect(
                      Collectors.groupingBy(v -> v.tags().get("writer"), Collectors.counting())))
          .containsOnlyKeys("w0", "w1", "w2")
          .allSatisfy((w, n) -> assertThat(n).isEqualTo(50L));
      assertThat(registry.verify().problems()).isEmpty();
      for (ModelVersion v : versions) {
        assertLoadsAsTagged(registry, v);
      }
    }
  }

  @Test
  void register_childKilledAtRandomMoments30Times_everyAcknowledgedVersionSurvives()
      throws Exception {
    Path root = dir.resolve("registry");
    SplittableRandom random = new SplittableRandom(20261122L);
    List<Integer> acknowledged = new ArrayList<>();
    int interrupted = 0;
    int unacknowledged = 0;

    for (int kill = 0; kill < 30; kill++) {
      Process child = startChild(root, "k" + kill, -1, 256 * 1024, random.nextLong());
      try (BufferedReader in = stdout(child)) {
        String first = in.readLine();
        assertThat(first).as("child %d started", kill).isEqualTo("ready");
        readAcknowledged(in, random.nextInt(0, 4), acknowledged);
        // The child is already inside its next register call (most of which is writing and
        // fsyncing up to 256 KB), so the kill lands somewhere in the middle of a registration.
        // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the
        // pipe and lose acknowledgements printed before the kill but not yet read.
        // A small random delay puts the kill at a random point of a registration (the lead's
        // "small random delays"); it synchronises nothing and no assertion depends on timing.
        LockSupport.parkNanos(random.nextLong(0, 40_000_000L));
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).isTrue();
        // Lines printed and flushed before the kill are still in the pipe.
        readAcknowledged(in, Integer.MAX_VALUE, acknowledged);
      }

      try (ModelRegistry registry = open(root)) {
        int visibleButUnacknowledged = registry.list("churn").size() - acknowledged.size();
        if (!registry.openReport().repairs().isEmpty()
            || visibleButUnacknowledged > unacknowledged) {
          interrupted++;
        }
        unacknowledged = visibleButUnacknowledged;
        RegistryReport report = registry.verify();
        assertThat(report.problems()).as("verify after kill %d", kill).isEmpty();
        List<ModelVersion> versions = registry.list("churn");
        assertThat(versions)
            .extracting(ModelVersion::version)
            .as("gapless after kill %d", kill)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, versions.size()).boxed().toList());
        assertThat(versions).extracting(ModelVersion::version).containsAll(acknowledged);
        for (ModelVersion v : versions) {
          assertLoadsAsTagged(registry, v);
        }
      }
    }

    assertThat(acknowledged).doesNotHaveDuplicates();
    // Proves the kills really landed inside registrations (leftovers removed on open, or a
    // version made visible whose acknowledgement the kill cut off), not only between them.
    assertThat(interrupted).as("kills that interrupted a registration").isPositive();
  }
}
