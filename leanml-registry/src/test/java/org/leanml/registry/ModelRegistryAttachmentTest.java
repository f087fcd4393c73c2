package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Named files kept with a version: stored atomically with it, listed, and checked on every read.
 */
class ModelRegistryAttachmentTest {
  static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  static final String SUMMARY = "drift-reference.lmds";
  static final String OCTETS = "application/octet-stream";

  enum Stores {
    MEMORY,
    FILE_SYSTEM
  }

  @TempDir Path dir;
  ModelRegistry registry;

  ModelRegistry open(Stores kind) {
    return open(kind, Clock.fixed(T0, ZoneOffset.UTC));
  }

  ModelRegistry open(Stores kind, Clock clock) {
    ModelRegistry.Builder b =
        ModelRegistry.builder().clock(clock).codecs(List.of(new ConstantCodec()));
    registry =
        kind == Stores.MEMORY
            ? b.store(new InMemoryRegistryStore()).build()
            : b.directory(dir.resolve("registry")).build();
    return registry;
  }

  FileSystemRegistryStore fs() {
    return (FileSystemRegistryStore) registry.store();
  }

  @AfterEach
  void close() {
    if (registry != null) {
      registry.close();
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Registration withSummary(String content) {
    return Registration.of("churn", new ConstantPredictor(0.3))
        .withAttachment(SUMMARY, OCTETS, bytes(content));
  }

  @ParameterizedTest
  @EnumSource(Stores.class)
  void register_twoAttachments_listedInTheManifestAndReadBackExactly(Stores kind) {
    open(kind);
    byte[] summary = bytes("reference summary bytes");
    byte[] card = bytes("# model card");

    ModelVersion v =
        registry.register(
            Registration.of("churn", new ConstantPredictor(0.3))
                .withAttachment(SUMMARY, OCTETS, summary)
                .withAttachment("card.md", "text/markdown", card));

    assertThat(v.attachments())
        .containsExactly(
            new Attachment(SUMMARY, OCTETS, ModelRegistry.sha256(summary), summary.length),
            new Attachment("card.md", "text/markdown", ModelRegistry.sha256(card), card.length));
    assertThat(registry.get("churn", 1).attachments()).isEqualTo(v.attachments());
    assertThat(registry.list("churn")).singleElement().isEqualTo(v);
    assertThat(registry.attachment(v.ref(), SUMMARY)).isEqualTo(summary);
    assertThat(registry.attachment("churn", 1, "card.md")).isEqualTo(card);
    assertThat(registry.load("churn", 1)).isEqualTo(new ConstantPredictor(0.3));
    assertThat(registry.verify().problems()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Stores.class)
  void attachment_callerChangesTheBytes_storedCopyUnchanged(Stores kind) {
    open(kind);
    byte[] given = bytes("abc");
    Registration r =
        Registration.of("churn", new ConstantPredictor(0.3)).withAttachment("a", OCTETS, given);
    given[0] = 'x';
    registry.register(r);

    byte[] read = registry.attachment("churn", 1, "a");
    read[1] = 'y';

    assertThat(registry.attachment("churn", 1, "a")).isEqualTo(bytes("abc"));
  }

  @ParameterizedTest
  @EnumSource(Stores.class)
  void attachment_nameTheVersionDoesNotHave_errorListsTheNamesItHas(Stores kind) {
    open(kind);
    registry.register(withSummary("s").withAttachment("card.md", "text/markdown", bytes("card")));
    registry.register(Registration.of("churn", new ConstantPredictor(0.4)));

    assertThatThrownBy(() -> registry.attachment("churn", 1, "calibration.json"))
        .isInstanceOf(AttachmentNotFoundException.class)
        .hasMessage(
            "churn v1 has no attachment 'calibration.json'; its attachments are "
                + SUMMARY
                + ", card.md")
        .satisfies(
            e ->
                assertThat(((AttachmentNotFoundException) e).available())
                    .containsExactly(SUMMARY, "card.md"));
    assertThatThrownBy(() -> registry.attachment("churn", 2, SUMMARY))
        .isInstanceOf(AttachmentNotFoundException.class)
        .hasMessage("churn v2 has no attachment '" + SUMMARY + "'; it has no attachments");
    assertThatThrownBy(() -> registry.attachment("churn", 3, SUMMARY))
        .isInstanceOf(ModelNotFoundException.class)
        .hasMessageContaining("churn v3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "..", "../escape", "a/b", "a\\b", "Upper.txt", ".hidden", "a b"})
  void withAttachment_invalidName_refusedNamingTheRule(String bad) {
    Registration r = Registration.of("churn", new ConstantPredictor(0.3));

    assertThatThrownBy(() -> r.withAttachment(bad, OCTETS, bytes("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attachment name must match")
        .hasMessageContaining("'" + bad + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "text", "text/", "/plain", "text/plain; charset=utf-8", "a/b/c"})
  void withAttachment_invalidMediaType_refusedNamingTheAttachment(String bad) {
    Registration r = Registration.of("churn", new ConstantPredictor(0.3));

    assertThatThrownBy(() -> r.withAttachment("notes.txt", bad, bytes("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("media type of attachment 'notes.txt'")
        .hasMessageContaining("'" + bad + "'");
  }

  @Test
  void withAttachment_nullBytes_refusedNamingTheAttachment() {
    Registration r = Registration.of("churn", new ConstantPredictor(0.3));

    assertThatThrownBy(() -> r.withAttachment("notes.txt", "text/plain", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("notes.txt");
  }

  @Test
  void withAttachment_sameNameTwice_refusedNamingItAndNothingWritten() throws IOException {
    open(Stores.FILE_SYSTEM);
    Registration once = withSummary("first");

    assertThatThrownBy(() -> once.withAttachment(SUMMARY, OCTETS, bytes("second")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attachment '" + SUMMARY + "' was already given");

    assertThat(once.attachmentNames()).containsExactly(SUMMARY);
    assertThat(registry.names()).isEmpty();
    assertThat(filesUnder(fs().root().resolve("blobs"))).isEmpty();
  }

  @Test
  void register_failsWhileTheVersionIsBeingWritten_leavesNoTrace() throws IOException {
    // The clock is read under the lock, after the number is allocated: an injected failure there
    // is a registration that fails half-way.
    Clock failing =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw new IllegalStateException("injected failure");
          }
        };
    open(Stores.FILE_SYSTEM, failing);

    assertThatThrownBy(() -> registry.register(withSummary("half-way")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("injected failure");

    Path root = fs().root();
    assertThat(registry.names()).isEmpty();
    assertThat(registry.list("churn")).isEmpty();
    assertThat(filesUnder(root.resolve("blobs"))).isEmpty();
    assertThat(filesUnder(root.resolve("models/churn/tmp"))).isEmpty();
    assertThat(registry.verify().isClean()).isTrue();
    registry.close();
    open(Stores.FILE_SYSTEM);
    assertThat(registry.openReport().repairs()).isEmpty();
    assertThat(registry.register(withSummary("whole")).version()).isEqualTo(1);
    assertThat(registry.attachment("churn", 1, SUMMARY)).isEqualTo(bytes("whole"));
  }

  @Test
  void attachment_flippedByteInItsBlob_corruptNamingTheFileAndBothDigests() throws IOException {
    open(Stores.FILE_SYSTEM);
    ModelVersion v = registry.register(withSummary("reference summary"));
    Attachment a = v.attachment(SUMMARY).orElseThrow();
    Path blob = fs().blobPath(a.sha256());
    byte[] bytes = Files.readAllBytes(blob);
    bytes[3] ^= 0x01;
    Files.write(blob, bytes);
    String actual = ModelRegistry.sha256(bytes).hex();

    assertThatThrownBy(() -> registry.attachment(v.ref(), SUMMARY))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining("attachment " + SUMMARY + " of churn v1")
        .hasMessageContaining(blob.toString())
        .satisfies(
            e -> {
              CorruptArtifactException c = (CorruptArtifactException) e;
              assertThat(c.file()).isEqualTo(blob.toString());
              assertThat(c.expectedSha256()).isEqualTo(a.sha256().hex());
              assertThat(c.actualSha256()).isEqualTo(actual);
            });
    assertThat(registry.verify().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RegistryReport.Kind.CORRUPT_BLOB);
              assertThat(p.message()).contains("attachment " + SUMMARY + " of churn v1", actual);
            });
    assertThat(registry.load("churn", 1)).isEqualTo(new ConstantPredictor(0.3));
  }

  @Test
  void attachment_blobDeleted_corruptNamingTheFile() throws IOException {
    open(Stores.FILE_SYSTEM);
    ModelVersion v = registry.register(withSummary("reference summary"));
    Path blob = fs().blobPath(v.attachments().get(0).sha256());
    Files.delete(blob);

    assertThatThrownBy(() -> registry.attachment(v.ref(), SUMMARY))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining(blob.toString())
        .hasMessageContaining("missing");
    assertThat(registry.verify().problems())
        .extracting(RegistryReport.Problem::kind)
        .containsExactly(RegistryReport.Kind.MISSING_BLOB);
  }

  @Test
  void register_withAttachment_manifestFormatTwoAndReadAfterReopen() throws IOException {
    open(Stores.FILE_SYSTEM);
    registry.register(Registration.of("churn", new ConstantPredictor(0.3)));
    registry.register(withSummary("kept"));
    Path plain = fs().manifestPath("churn", 1);
    Path attached = fs().manifestPath("churn", 2);
    registry.close();

    open(Stores.FILE_SYSTEM);

    assertThat(Files.readString(plain))
        .contains("\"format_version\" : 1")
        .doesNotContain("attachments");
    assertThat(Files.readString(attached))
        .contains(
            "\"format_version\" : 2", "\"attachments\"", "\"media_type\" : \"" + OCTETS + "\"");
    assertThat(registry.attachment("churn", 2, SUMMARY)).isEqualTo(bytes("kept"));
    assertThat(registry.verify().problems()).isEmpty();
  }

  @Test
  void register_sameSummaryForTwoVersions_storedOnce() throws IOException {
    open(Stores.FILE_SYSTEM);

    registry.register(withSummary("shared"));
    registry.register(withSummary("shared"));

    // One blob for the shared summary and one for each distinct artifact part of ConstantCodec.
    long partBlobs =
        registry.get("churn", 1).artifact().parts().stream()
            .map(ArtifactPart::sha256)
            .distinct()
            .count();
    assertThat(filesUnder(fs().root().resolve("blobs"))).hasSize((int) partBlobs + 1);
  }

  @ParameterizedTest
  @EnumSource(Stores.class)
  void diff_attachmentChanged_listedWithTheFingerprints(Stores kind) {
    open(kind);
    registry.register(withSummary("one"));
    registry.register(withSummary("two"));

    VersionDiff d = registry.diff("churn", 1, 2);

    assertThat(d.fingerprints())
        .extracting(VersionDiff.Change::key)
        .containsExactly("attachment:" + SUMMARY);
  }

  @Test
  void modelVersion_attachmentNameTwice_refused() {
    Attachment a = new Attachment("a", OCTETS, ModelRegistry.sha256(bytes("x")), 1);
    ModelVersion v =
        open(Stores.MEMORY).register(Registration.of("churn", new ConstantPredictor(0.3)));

    assertThatThrownBy(() -> v.withAttachments(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attachment 'a' appears twice in churn v1");
  }

  static List<Path> filesUnder(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void attachmentNames_inTheOrderGiven() {
    Registration r =
        Registration.of("churn", new ConstantPredictor(0.3))
            .withAttachment("z", OCTETS, new byte[0])
            .withAttachment("a", OCTETS, new byte[] {1});

    assertThat(r.attachmentNames()).containsExactly("z", "a");
  }
}
