package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.StoredArtifactException;

/** Damage one file on disk; the registry must report exactly that and keep serving the rest. */
class ModelRegistryCorruptionTest {
  @TempDir Path dir;
  ModelRegistry registry;
  FileSystemRegistryStore store;

  @BeforeEach
  void fill() {
    registry = open();
    for (int i = 1; i <= 3; i++) {
      registry.register(
          Registration.of(
              "churn",
              new ConstantPredictor(i / 10.0, ("payload " + i).getBytes(StandardCharsets.UTF_8))));
    }
    registry.promote("churn", 2, "best so far");
  }

  ModelRegistry open() {
    ModelRegistry r =
        ModelRegistry.builder()
            .directory(dir.resolve("registry"))
            .codecs(List.of(new ConstantCodec()))
            .build();
    store = (FileSystemRegistryStore) r.store();
    return r;
  }

  @AfterEach
  void close() {
    registry.close();
  }

  Path payloadBlob(int version) {
    ArtifactPart p = registry.get("churn", version).artifact().parts().get(1);
    return store.blobPath(p.sha256());
  }

  void assertOthersUnaffected(int damaged) {
    for (int v = 1; v <= 3; v++) {
      if (v != damaged) {
        assertThat(registry.load("churn", v)).isEqualTo(expected(v));
      }
    }
    assertThat(registry.alias("churn", "champion")).isPresent();
  }

  static ConstantPredictor expected(int v) {
    return new ConstantPredictor(v / 10.0, ("payload " + v).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void flippedByteInArtifact_reportedByVerifyAndLoadNamingFileAndBothHashes() throws IOException {
    Path blob = payloadBlob(2);
    String recorded = registry.get("churn", 2).artifact().parts().get(1).sha256().hex();
    byte[] bytes = Files.readAllBytes(blob);
    bytes[0] ^= 0x01;
    Files.write(blob, bytes);
    String actual = ModelRegistry.sha256(bytes).hex();

    RegistryReport report = registry.verify();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RegistryReport.Kind.CORRUPT_BLOB);
              assertThat(p.location()).isEqualTo(blob.toString());
              assertThat(p.message()).contains(recorded, actual, "churn v2");
            });
    assertThatThrownBy(() -> registry.load("churn", 2))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining(blob.toString())
        .hasMessageContaining(recorded)
        .hasMessageContaining(actual)
        .satisfies(
            e -> {
              CorruptArtifactException c = (CorruptArtifactException) e;
              assertThat(c.file()).isEqualTo(blob.toString());
              assertThat(c.expectedSha256()).isEqualTo(recorded);
              assertThat(c.actualSha256()).isEqualTo(actual);
              // One catch for every stored artifact that cannot be read, with file and reason.
              StoredArtifactException stored = c;
              assertThat(stored.source()).contains(blob.toString());
              assertThat(stored.reason()).contains(recorded, actual).doesNotContain("churn v2");
            });
    assertThatThrownBy(() -> registry.load("churn", "champion"))
        .isInstanceOf(CorruptArtifactException.class);
    assertOthersUnaffected(2);
  }

  @Test
  void truncatedManifest_reportedByVerifyAndLoad_othersUnaffected() throws IOException {
    Path manifest = store.manifestPath("churn", 3);
    byte[] bytes = Files.readAllBytes(manifest);
    Files.write(manifest, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    RegistryReport report = registry.verify();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RegistryReport.Kind.MALFORMED_MANIFEST);
              assertThat(p.location()).isEqualTo(manifest.toString());
              assertThat(p.message()).contains("churn v3", "malformed");
            });
    assertThatThrownBy(() -> registry.load("churn", 3))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining(manifest.toString())
        .hasMessageContaining("malformed");
    // list() serves the registered metadata from the index; the manifest itself is what's damaged.
    assertThat(registry.list("churn")).extracting(ModelVersion::version).containsExactly(1, 2, 3);
    assertOthersUnaffected(3);
  }

  @Test
  void deletedBlob_reportedByVerifyAndLoadNamingTheFile() throws IOException {
    Path blob = payloadBlob(1);
    Files.delete(blob);

    RegistryReport report = registry.verify();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RegistryReport.Kind.MISSING_BLOB);
              assertThat(p.message()).contains(blob.toString(), "missing", "churn v1");
            });
    assertThatThrownBy(() -> registry.load("churn", 1))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining(blob.toString())
        .hasMessageContaining("missing");
    assertOthersUnaffected(1);
  }

  @Test
  void damagedRegistry_reopened_sameProblemsReported() throws IOException {
    Files.delete(payloadBlob(1));
    Files.writeString(store.manifestPath("churn", 3), "");
    registry.close();

    registry = open();

    assertThat(registry.verify().problems())
        .extracting(RegistryReport.Problem::kind)
        .containsExactlyInAnyOrder(
            RegistryReport.Kind.MISSING_BLOB, RegistryReport.Kind.MALFORMED_MANIFEST);
    assertThat(registry.load("churn", 2)).isEqualTo(expected(2));
  }

  @Test
  void invalidNames_refusedBeforeTouchingTheDisk() throws IOException {
    Path models = dir.resolve("registry/models");
    List<Path> before;
    try (Stream<Path> s = Files.walk(models)) {
      before = s.toList();
    }

    for (String bad : List.of("..", "../escape", "a/b", "a\\b", "/abs", "UPPER")) {
      assertThatThrownBy(() -> registry.register(Registration.of(bad, new ConstantPredictor(0.5))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> registry.find(bad, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    try (Stream<Path> s = Files.walk(models)) {
      assertThat(s.toList()).containsExactlyInAnyOrderElementsOf(before);
    }
    assertThat(dir.resolve("escape")).doesNotExist();
  }
}
