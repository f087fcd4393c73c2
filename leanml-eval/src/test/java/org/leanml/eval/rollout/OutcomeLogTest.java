package org.leanml.eval.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.testing.MutableClock;

class OutcomeLogTest {
  @TempDir Path dir;

  private static final String HEADER = "leanml-outcome-log v1\n";

  @Test
  void append_thenReopen_replaysRecordsInOrderAndContinuesSequence() throws IOException {
    Path file = dir.resolve("log");
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecords(10), Clock.systemUTC())) {
      log.append("{\"a\":1}");
      log.append("{\"a\":\"é\\n\"}");
    }

    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecord(), Clock.systemUTC())) {
      assertThat(log.recovery().records()).containsExactly("{\"a\":1}", "{\"a\":\"é\\n\"}");
      assertThat(log.recovery().torn()).isEmpty();
      assertThat(log.append("{\"a\":3}")).isEqualTo(3);
    }
    assertThat(OutcomeLog.replay(file).records()).hasSize(3);
  }

  @Test
  void format_isCrcPrefixedJsonLines() throws IOException {
    Path file = dir.resolve("log");
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecord(), Clock.systemUTC())) {
      log.append("{}");
    }
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update("{}".getBytes(StandardCharsets.UTF_8));

    String text = Files.readString(file);

    assertThat(text).isEqualTo(HEADER + String.format("%08x", crc.getValue()) + " {}\n");
  }

  @Test
  void open_lastRecordTruncatedAtEveryByteOffset_reportsTornRecordAndKeepsTheRest()
      throws IOException {
    Path file = dir.resolve("log");
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecord(), Clock.systemUTC())) {
      log.append("{\"request\":\"r1\",\"label\":\"spam\"}");
      log.append("{\"request\":\"r2\",\"label\":\"ham\"}");
      log.append("{\"request\":\"r3\",\"label\":\"spam\"}");
    }
    byte[] full = Files.readAllBytes(file);
    int lastStart = full.length - 1;
    while (full[lastStart - 1] != '\n') {
      lastStart--;
    }

    for (int cut = lastStart; cut < full.length; cut++) {
      Path torn = dir.resolve("torn-" + cut);
      Files.write(torn, Arrays.copyOf(full, cut));

      LogReplay replay = OutcomeLog.replay(torn);
      assertThat(replay.records()).as("cut at %d", cut).hasSize(2);
      assertThat(replay.torn().isPresent()).as("cut at %d", cut).isEqualTo(cut > lastStart);
      try (OutcomeLog log = OutcomeLog.open(torn, FsyncPolicy.everyRecord(), Clock.systemUTC())) {
        assertThat(log.recovery().torn().map(TornRecord::offset))
            .isEqualTo(
                cut > lastStart
                    ? java.util.Optional.of((long) lastStart)
                    : java.util.Optional.empty());
        log.append("{\"request\":\"r4\"}");
      }
      assertThat(OutcomeLog.replay(torn).records())
          .as("cut at %d", cut)
          .hasSize(3)
          .endsWith("{\"request\":\"r4\"}");
    }
  }

  @Test
  void replay_damagedLastRecord_tornButDamagedEarlierRecord_corrupt() throws IOException {
    Path file = dir.resolve("log");
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecord(), Clock.systemUTC())) {
      log.append("{\"x\":1}");
      log.append("{\"x\":2}");
    }
    byte[] bytes = Files.readAllBytes(file);
    byte[] lastDamaged = bytes.clone();
    lastDamaged[bytes.length - 3] = '9';
    byte[] firstDamaged = bytes.clone();
    firstDamaged[HEADER.length() + 14] = '9';
    Path a = Files.write(dir.resolve("a"), lastDamaged);
    Path b = Files.write(dir.resolve("b"), firstDamaged);

    LogReplay replay = OutcomeLog.replay(a);

    assertThat(replay.records()).containsExactly("{\"x\":1}");
    assertThat(replay.torn().get().reason()).isEqualTo("checksum mismatch");
    assertThatThrownBy(() -> OutcomeLog.replay(b))
        .isInstanceOf(CorruptLogException.class)
        .hasMessageContaining("record 1 at byte 22 is damaged (checksum mismatch)");
  }

  @Test
  void append_fromManyThreads_losesNothingAndNeverInterleaves() throws Exception {
    Path file = dir.resolve("log");
    int threads = 4;
    int perThread = 5000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecords(500), Clock.systemUTC())) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    // Long payloads so that batches fill up and hand off mid-run.
                    log.append(
                        "{\"t\":"
                            + id
                            + ",\"i\":"
                            + i
                            + ",\"pad\":\""
                            + "x".repeat(i % 200)
                            + "\"}");
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    LogReplay replay = OutcomeLog.replay(file);

    assertThat(replay.torn()).isEmpty();
    assertThat(replay.records()).hasSize(threads * perThread);
    int[] next = new int[threads];
    for (String r : replay.records()) {
      int t = Integer.parseInt(r.substring(5, r.indexOf(',')));
      int i = Integer.parseInt(r.substring(r.indexOf("\"i\":") + 4, r.indexOf(",\"pad\"")));
      assertThat(i).isEqualTo(next[t]);
      next[t]++;
    }
    assertThat(next).containsOnly(perThread);
  }

  @Test
  void everyRecord_acknowledgedBeforeAppendReturns() throws IOException {
    Path file = dir.resolve("log");
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecord(), Clock.systemUTC())) {
      long seq = log.append("{}");

      assertThat(log.durableSequence()).isEqualTo(seq);
      assertThat(OutcomeLog.replay(file).records()).hasSize(1);
    }
  }

  @Test
  void everyN_acknowledgedInBatchesOfN() throws IOException {
    Path file = dir.resolve("log");
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyRecords(3), Clock.systemUTC())) {
      log.append("{}");
      log.append("{}");
      assertThat(log.durableSequence()).isZero();
      assertThat(OutcomeLog.replay(file).records()).isEmpty();

      log.append("{}");

      assertThat(log.durableSequence()).isEqualTo(3);
      assertThat(OutcomeLog.replay(file).records()).hasSize(3);
    }
  }

  @Test
  void everyMillis_forcedOnceTheOldestRecordHasWaited() throws IOException {
    Path file = dir.resolve("log");
    MutableClock clock = new MutableClock();
    try (OutcomeLog log = OutcomeLog.open(file, FsyncPolicy.everyMillis(100), clock)) {
      log.append("{}");
      clock.advance(60);
      log.append("{}");
      log.syncIfDue();
      assertThat(log.durableSequence()).isZero();

      clock.advance(40);
      log.syncIfDue();

      assertThat(log.durableSequence()).isEqualTo(2);
      assertThat(OutcomeLog.replay(file).records()).hasSize(2);
    }
  }

  @Test
  void append_payloadWithLineBreak_rejected() throws IOException {
    try (OutcomeLog log =
        OutcomeLog.open(dir.resolve("log"), FsyncPolicy.everyRecord(), Clock.systemUTC())) {
      assertThatThrownBy(() -> log.append("{\n}"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("payload must be a single line");
    }
  }

  @Test
  void open_notALog_rejected() throws IOException {
    Path file = Files.writeString(dir.resolve("other"), "hello world, this is not a log\n");

    assertThatThrownBy(() -> OutcomeLog.open(file, FsyncPolicy.everyRecord(), Clock.systemUTC()))
        .isInstanceOf(CorruptLogException.class)
        .hasMessageContaining("is not an outcome log v1");
  }
}
