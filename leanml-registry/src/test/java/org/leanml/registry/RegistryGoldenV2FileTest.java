package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry with manifest format version 2 (attachments), written by {@link
 * GoldenRegistryV2Writer}, must keep opening, verifying and serving its attachments in every later
 * version. Never regenerate these files to make this test pass.
 */
class RegistryGoldenV2FileTest {
  @TempDir Path dir;
  Path copy;
  ModelRegistry registry;

  @BeforeEach
  void openCopy() throws IOException, URISyntaxException {
    Path golden =
        Path.of(getClass().getResource("/registry/golden-v2/registry.json").toURI()).getParent();
    copy = dir.resolve("golden-v2");
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
    registry = ModelRegistry.builder().directory(copy).codecs(List.of(new ConstantCodec())).build();
  }

  @AfterEach
  void close() {
    registry.close();
  }

  @Test
  void goldenV2_opensCleanWithFormatOneAndTwoManifests() throws IOException {
    assertThat(registry.openReport().repairs()).isEmpty();
    assertThat(registry.verify().problems()).isEmpty();
    assertThat(registry.list("churn")).extracting(ModelVersion::version).containsExactly(1, 2, 3);
    assertThat(registry.alias("churn", "champion")).map(ModelVersion::version).contains(3);
    Path versions = copy.resolve("models/churn/versions");
    assertThat(Files.readString(versions.resolve("1/manifest.json")))
        .contains("\"format_version\" : 2");
    assertThat(Files.readString(versions.resolve("2/manifest.json")))
        .contains("\"format_version\" : 1");
  }

  @Test
  void goldenV2_attachmentsListedAndReadBackAsWritten() {
    ModelVersion v1 = registry.get("churn", 1);

    assertThat(v1.attachments())
        .extracting(Attachment::name, Attachment::mediaType, Attachment::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "drift-reference.lmds", "application/vnd.leanml.data-summary", 39L),
            org.assertj.core.groups.Tuple.tuple("card.md", "text/markdown", 51L));
    assertThat(v1.attachment("drift-reference.lmds").orElseThrow().sha256().hex())
        .isEqualTo("1a796a71f3d452550315ad6344aa2d5c26cfb14ab7deb7c8204da3d32c7aa6a1");
    assertThat(text(registry.attachment("churn", 1, "drift-reference.lmds")))
        .isEqualTo(GoldenRegistryV2Writer.SUMMARY);
    assertThat(text(registry.attachment("churn", 1, "card.md")))
        .isEqualTo(GoldenRegistryV2Writer.CARD);
    assertThat(text(registry.attachment("churn", 3, "drift-reference.lmds")))
        .isEqualTo(GoldenRegistryV2Writer.SUMMARY);
    assertThat(registry.get("churn", 2).attachments()).isEmpty();
    assertThat(registry.diff("churn", 1, 3).fingerprints())
        .extracting(VersionDiff.Change::key)
        .contains("attachment:card.md")
        .doesNotContain("attachment:drift-reference.lmds");
  }

  @Test
  void goldenV2_modelsLoadAsWritten() {
    assertThat(registry.load("churn", 1))
        .isEqualTo(
            new ConstantPredictor(0.25, GoldenRegistryV2Writer.bytes("golden-v2 model one")));
    assertThat(registry.load("churn", "champion"))
        .isEqualTo(
            new ConstantPredictor(0.75, GoldenRegistryV2Writer.bytes("golden-v2 model three")));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
