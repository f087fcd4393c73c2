package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.leanml.tribuo.TribuoCodec;

/**
 * A registry written by format version 1 (by {@link GoldenRegistryWriter}, with real Tribuo
 * logistic-regression models) must keep opening, verifying and loading in every later version.
 * Never regenerate these files to make this test pass: add a new golden directory for a new format.
 */
class RegistryGoldenFileTest {
  static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

  @TempDir Path dir;
  ModelRegistry registry;

  @BeforeEach
  void openCopy() throws IOException, URISyntaxException {
    // Opening may repair and creates lock files, so work on a copy of the resources.
    Path golden =
        Path.of(getClass().getResource("/registry/golden-v1/registry.json").toURI()).getParent();
    Path copy = dir.resolve("golden-v1");
    try (Stream<Path> s = Files.walk(golden)) {
      for (Path p : s.toList()) {
        Path target = copy.resolve(golden.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    registry = ModelRegistry.open(copy);
  }

  @AfterEach
  void close() {
    registry.close();
  }

  @Test
  void goldenV1_opensCleanWithEveryVersionAndAlias() {
    assertThat(registry.openReport().repairs()).isEmpty();
    assertThat(registry.verify().problems()).isEmpty();
    assertThat(registry.names()).containsExactly("blend", "spam");
    assertThat(registry.list("spam")).extracting(ModelVersion::version).containsExactly(1, 2);
    assertThat(registry.alias("spam", "champion")).map(ModelVersion::version).contains(1);
    assertThat(registry.alias("spam", "candidate")).map(ModelVersion::version).contains(2);
    assertThat(registry.history("spam", "champion"))
        .extracting(AliasMove::action)
        .containsExactly(
            AliasMove.Action.PROMOTE, AliasMove.Action.PROMOTE, AliasMove.Action.ROLLBACK);
    assertThat(registry.get("spam", 2).status()).isEqualTo(VersionStatus.ARCHIVED);
    assertThat(registry.lineage("spam", 2)).extracting(ModelVersion::version).containsExactly(2, 1);
  }

  @Test
  void goldenV1_manifestsKeepEveryField() {
    TestData.Split split = TestData.split(TestData.spambase(), 0.7, 2);

    ModelVersion v2 = registry.get("spam", 2);

    assertThat(v2.created()).isEqualTo(T0);
    assertThat(v2.artifact().format()).isEqualTo(TribuoCodec.FORMAT);
    assertThat(v2.artifact().parts())
        .extracting(ArtifactPart::name)
        .containsExactly("contracts.json", "model.pb");
    assertThat(v2.trainingData()).contains(Fingerprints.of(split.train()));
    assertThat(v2.evaluationData()).contains(Fingerprints.of(split.test()));
    assertThat(v2.metrics()).containsKey("accuracy");
    assertThat(v2.tags()).containsEntry("epochs", "5");
    assertThat(v2.runRecord()).hasValueSatisfying(r -> assertThat(r).contains("\"epochs\":\"5\""));
    assertThat(registry.diff("spam", 1, 2).configuration())
        .extracting(VersionDiff.Change::key)
        .containsExactly("run_record.stages[0].configuration.epochs");
    ModelVersion blend = registry.get("blend", 1);
    assertThat(blend.members()).containsExactly(new ModelRef("spam", 1), new ModelRef("spam", 2));
  }

  @Test
  void goldenV1_tribuoModelsPredictAsWhenWritten() throws IOException {
    JsonNode expected =
        new ObjectMapper()
            .readTree(getClass().getResourceAsStream("/registry/golden-v1-expected.json"));
    Table rows = TestData.spambase().head(GoldenRegistryWriter.ROWS);

    for (int version = 1; version <= 2; version++) {
      Predictor p = registry.load("spam", version);
      List<Prediction> predictions = p.predictBatch(rows);

      JsonNode want = expected.get("spam/" + version);
      for (int r = 0; r < rows.rowCount(); r++) {
        assertThat(predictions.get(r).probability(1))
            .as("spam v%d row %d", version, r)
            .isCloseTo(want.get(r).doubleValue(), within(1e-12));
      }
    }
  }

  @Test
  void goldenV1_manifestsWithoutAttachments_writtenTodayByteForByteAsInFormatOne()
      throws IOException, URISyntaxException {
    Path golden =
        Path.of(getClass().getResource("/registry/golden-v1/registry.json").toURI()).getParent();
    FileSystemRegistryStore store = (FileSystemRegistryStore) registry.store();

    for (ModelRef ref :
        List.of(new ModelRef("spam", 1), new ModelRef("spam", 2), new ModelRef("blend", 1))) {
      Path manifest = store.manifestPath(ref.name(), ref.version());
      byte[] stored =
          Files.readAllBytes(golden.resolve(store.root().relativize(manifest).toString()));

      byte[] written = RegistryJson.manifest(store.read(ref.name(), ref.version()).orElseThrow());

      assertThat(new String(written, StandardCharsets.UTF_8))
          .as(ref.toString())
          .isEqualTo(new String(stored, StandardCharsets.UTF_8));
    }
  }

  @Test
  void goldenV1_testCodecArtifactLoads() {
    ModelRegistry withTestCodec =
        ModelRegistry.builder()
            .store(registry.store())
            .codecs(List.of(new ConstantCodec()))
            .build();

    Predictor blend = withTestCodec.load("blend", 1);

    assertThat(blend)
        .isEqualTo(new ConstantPredictor(0.25, "golden".getBytes(StandardCharsets.UTF_8)));
  }
}
