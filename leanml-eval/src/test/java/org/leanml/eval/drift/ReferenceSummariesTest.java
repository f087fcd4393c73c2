package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.monitor.DriftMonitor;
import org.leanml.eval.monitor.WindowPolicy;
import org.leanml.registry.AttachmentNotFoundException;
import org.leanml.registry.CorruptArtifactException;
import org.leanml.registry.FileSystemRegistryStore;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;

class ReferenceSummariesTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  ModelRegistry registry;

  @AfterEach
  void close() {
    if (registry != null) {
      registry.close();
    }
  }

  ModelRegistry openDirectory() {
    registry =
        ModelRegistry.builder()
            .directory(dir.resolve("registry"))
            .clock(CLOCK)
            .codecs(List.of())
            .build();
    return registry;
  }

  static Table table(long seed, int rows, double shift, double pRed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[rows];
    double[] y = new double[rows];
    String[] colour = new String[rows];
    for (int i = 0; i < rows; i++) {
      x[i] = rng.nextGaussian() + shift;
      y[i] = i % 17 == 0 ? Double.NaN : rng.nextDouble();
      double u = rng.nextDouble();
      colour[i] = u < pRed ? "red" : (u < 0.8 ? "green" : null);
    }
    return Table.of(
        NumericColumn.of("x", x), NumericColumn.of("y", y), CategoricalColumn.of("colour", colour));
  }

  static Registration model() {
    return Registration.ofEncoded(
        "churn", "test/1", Map.of("model.bin", "weights".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void attachThenLoad_directoryRegistryReopened_sameSummary() {
    DataSummary reference = DataSummary.of(table(1, 3000, 0, 0.4));
    ModelVersion v = openDirectory().register(ReferenceSummaries.attach(model(), reference));
    registry.close();

    DataSummary loaded = ReferenceSummaries.load(openDirectory(), v.ref());

    assertThat(loaded).isEqualTo(reference);
    assertThat(registry.get("churn", 1).attachment(ReferenceSummaries.ATTACHMENT))
        .hasValueSatisfying(
            a -> assertThat(a.mediaType()).isEqualTo(ReferenceSummaries.MEDIA_TYPE));
  }

  @Test
  void driftFromStoredSummary_equalsDriftFromRecomputedSummaryExactly() throws Exception {
    Table train = table(1, 4000, 0, 0.4);
    Table live = table(2, 2500, 0.3, 0.55);
    ModelVersion v =
        openDirectory().register(ReferenceSummaries.attach(model(), DataSummary.of(train)));
    ExecutorService pool = Executors.newFixedThreadPool(3);

    try {
      DriftDetector detector = DriftDetector.withDefaults().on(pool);
      DriftReport recomputed = detector.compare(train, live);
      DriftReport stored =
          detector.compare(ReferenceSummaries.load(registry, v.ref()), DataSummary.of(live, pool));

      assertThat(stored).isEqualTo(recomputed);
      assertThat(stored.toJson(true)).isEqualTo(recomputed.toJson(true));
      assertThat(stored.driftedFeatures()).isNotEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void monitorStartedFromStoredSummary_reportsWhatTheRecomputedReferenceReports() {
    Table train = table(3, 3000, 0, 0.4);
    ModelVersion v =
        openDirectory().register(ReferenceSummaries.attach(model(), DataSummary.of(train)));
    List<DriftReport> fromStored = new ArrayList<>();
    List<DriftReport> fromTable = new ArrayList<>();
    DriftMonitor stored =
        new DriftMonitor(
            ReferenceSummaries.load(registry, v.ref()),
            DriftDetector.withDefaults(),
            WindowPolicy.ofCount(700),
            (i, r) -> fromStored.add(r),
            CLOCK);
    DriftMonitor recomputed =
        new DriftMonitor(
            DataSummary.of(train),
            DriftDetector.withDefaults(),
            WindowPolicy.ofCount(700),
            (i, r) -> fromTable.add(r),
            CLOCK);

    for (int b = 0; b < 4; b++) {
      Table batch = table(10 + b, 500, b * 0.3, 0.4);
      stored.observe(batch);
      recomputed.observe(batch);
    }

    assertThat(fromStored).hasSize(2).isEqualTo(fromTable);
  }

  @Test
  void loadAndFind_versionWithoutSummary_errorNamesTheAttachmentOrEmpty() {
    ModelVersion v = openDirectory().register(model());

    assertThatThrownBy(() -> ReferenceSummaries.load(registry, v.ref()))
        .isInstanceOf(AttachmentNotFoundException.class)
        .hasMessage("churn v1 has no attachment 'drift-reference.lmds'; it has no attachments");
    assertThat(ReferenceSummaries.find(registry, v.ref())).isEmpty();
  }

  @Test
  void find_versionWithSummary_present() {
    DataSummary reference = DataSummary.of(table(4, 100, 0, 0.4));
    ModelVersion v = openDirectory().register(ReferenceSummaries.attach(model(), reference));

    assertThat(ReferenceSummaries.find(registry, v.ref())).contains(reference);
  }

  @Test
  void attach_twice_refusedNamingTheAttachment() {
    Registration once = ReferenceSummaries.attach(model(), DataSummary.of(table(5, 10, 0, 0.4)));

    assertThatThrownBy(() -> ReferenceSummaries.attach(once, DataSummary.of(table(6, 10, 0, 0.4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'drift-reference.lmds'");
  }

  @Test
  void load_bytesAreNotASummary_corruptSummaryNamingTheVersion() {
    ModelVersion v =
        openDirectory()
            .register(
                model()
                    .withAttachment(
                        ReferenceSummaries.ATTACHMENT,
                        ReferenceSummaries.MEDIA_TYPE,
                        "not a summary".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> ReferenceSummaries.load(registry, v.ref()))
        .isInstanceOf(CorruptSummaryException.class)
        .hasMessageContaining("attachment drift-reference.lmds of churn v1")
        .hasMessageContaining("not a drift summary");
  }

  @Test
  void load_storedSummaryTamperedWith_corruptArtifactBeforeParsing() throws IOException {
    ModelVersion v =
        openDirectory()
            .register(ReferenceSummaries.attach(model(), DataSummary.of(table(7, 200, 0, 0.4))));
    Path blob =
        ((FileSystemRegistryStore) registry.store())
            .blobPath(v.attachment(ReferenceSummaries.ATTACHMENT).orElseThrow().sha256());
    byte[] bytes = Files.readAllBytes(blob);
    bytes[bytes.length - 1] ^= 0x40;
    Files.write(blob, bytes);

    assertThatThrownBy(() -> ReferenceSummaries.load(registry, v.ref()))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining(blob.toString());
  }
}
