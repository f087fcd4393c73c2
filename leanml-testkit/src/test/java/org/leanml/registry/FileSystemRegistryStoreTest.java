package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.testkit.registry.RegistryStoreContract;

class FileSystemRegistryStoreTest extends RegistryStoreContract {
  @TempDir Path dir;

  @Override
  protected RegistryStore newStore() {
    return FileSystemRegistryStore.open(dir.resolve("registry"));
  }

  FileSystemRegistryStore fs() {
    return (FileSystemRegistryStore) store;
  }

  @Test
  void reopen_afterWrites_versionsAndEventsPersist() {
    ModelVersion v = appendOne("churn", "abc");
    store.appendEvent("churn", s -> move("churn", 1));
    store.close();

    store = newStore();

    assertThat(store.read("churn", 1)).contains(v);
    assertThat(store.events("churn")).containsExactly(move("churn", 1));
  }

  @Test
  void append_writesTheDocumentedLayout() {
    ModelVersion v = appendOne("churn", "abc");

    Path root = fs().root();
    String hex = v.artifact().parts().get(0).sha256().hex();
    assertThat(root.resolve("registry.json")).isRegularFile();
    assertThat(root.resolve("models/churn/versions/1/manifest.json")).isRegularFile();
    assertThat(root.resolve("blobs/sha256/" + hex.substring(0, 2) + "/" + hex))
        .hasBinaryContent(bytes("abc"));
  }

  @Test
  void append_sameContentTwice_storedOnce() throws IOException {
    appendOne("churn", "abc");
    appendOne("fraud", "abc");

    long blobs;
    try (var s = Files.walk(fs().root().resolve("blobs"))) {
      blobs = s.filter(Files::isRegularFile).count();
    }
    assertThat(blobs).isEqualTo(1);
  }

  @Test
  void open_descriptorOfNewerFormat_refusedNamingBothVersions() throws IOException {
    store.close();
    Files.writeString(
        dir.resolve("registry/registry.json"),
        "{\"format_version\": 7, \"layout\": \"leanml-registry\"}");

    assertThatThrownBy(this::newStore)
        .isInstanceOf(UnknownFormatVersionException.class)
        .hasMessageContaining("registry.json")
        .hasMessageContaining("unknown format version 7, this registry supports at most 1");
  }

  @Test
  void open_malformedDescriptor_refusedNamingTheFile() throws IOException {
    store.close();
    Files.writeString(dir.resolve("registry/registry.json"), "{\"format_vers");

    assertThatThrownBy(this::newStore)
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining("registry.json");
  }

  @Test
  void read_manifestOfNewerFormat_refusedNamingTheFile() throws IOException {
    appendOne("churn", "abc");
    Path manifest = fs().manifestPath("churn", 1);
    String json =
        Files.readString(manifest).replace("\"format_version\" : 1", "\"format_version\" : 3");
    Files.writeString(manifest, json);
    store.close();
    store = newStore();

    assertThatThrownBy(() -> store.read("churn", 1))
        .isInstanceOf(UnknownFormatVersionException.class)
        .hasMessageContaining(manifest.toString())
        .hasMessageContaining("unknown format version 3, this registry supports at most 2");
    assertThat(store.verify().problems())
        .extracting(RegistryReport.Problem::kind)
        .containsExactly(RegistryReport.Kind.UNKNOWN_FORMAT_VERSION);
  }

  @Test
  void recover_leftoverOfInterruptedWrite_removedAndReported() throws IOException {
    appendOne("churn", "abc");
    Path leftover = fs().root().resolve("models/churn/tmp/v2-crashed");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("manifest.json"), "{\"format_ver");

    RegistryReport report = store.recover();

    assertThat(leftover).doesNotExist();
    assertThat(report.repairs()).singleElement().asString().contains("v2-crashed");
    assertThat(store.list("churn")).hasSize(1);
    assertThat(appendOne("churn", "abc").version()).isEqualTo(2);
  }

  @Test
  void events_tornLastLine_ignoredThenCutOnRecover() throws IOException {
    appendOne("churn", "abc");
    store.appendEvent("churn", s -> move("churn", 1));
    Path log = fs().root().resolve("models/churn/events.jsonl");
    Files.write(
        log,
        "{\"format_version\":1,\"na".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);

    assertThat(store.events("churn")).containsExactly(move("churn", 1));
    assertThat(store.verify().isClean()).isTrue();
    RegistryReport report = store.recover();

    assertThat(report.repairs()).singleElement().asString().contains("torn line");
    assertThat(Files.readString(log)).endsWith("\n");
    assertThat(store.events("churn")).containsExactly(move("churn", 1));
  }

  @Test
  void appendEvent_afterTornLine_newEntryReadable() throws IOException {
    appendOne("churn", "abc");
    Path log = fs().root().resolve("models/churn/events.jsonl");
    Files.createDirectories(log.getParent());
    Files.write(log, "{\"form".getBytes(StandardCharsets.UTF_8));

    store.appendEvent("churn", s -> move("churn", 1));

    assertThat(store.events("churn")).containsExactly(move("churn", 1));
  }

  @Test
  void verify_strayDirectoriesAndGaps_reported() throws IOException {
    appendOne("churn", "abc");
    appendOne("churn", "abc");
    appendOne("churn", "abc");
    Path versions = fs().root().resolve("models/churn/versions");
    Files.move(versions.resolve("2"), versions.resolve("backup"));
    Files.createDirectories(fs().root().resolve("models/Bad Name"));

    RegistryReport report = store.verify();

    assertThat(report.problems())
        .extracting(RegistryReport.Problem::kind)
        .containsExactlyInAnyOrder(
            RegistryReport.Kind.MALFORMED_MANIFEST,
            RegistryReport.Kind.VERSION_GAP,
            RegistryReport.Kind.MALFORMED_MANIFEST);
  }

  @Test
  void append_afterCorruptManifest_numberNotReused() throws IOException {
    appendOne("churn", "abc");
    Files.writeString(fs().manifestPath("churn", 1), "{");

    ModelVersion next = appendOne("churn", "abc");

    assertThat(next.version()).isEqualTo(2);
    assertThatThrownBy(() -> store.read("churn", 1)).isInstanceOf(CorruptArtifactException.class);
  }

  @Test
  void open_nonEmptyDirectoryWithoutDescriptor_refusedAndLeftUntouched() throws IOException {
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> FileSystemRegistryStore.open(home))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not empty")
        .hasMessageContaining("notes.txt");
    try (var s = Files.list(home)) {
      assertThat(s.toList()).containsExactly(home.resolve("notes.txt"));
    }
  }

  @Test
  void recover_leftoverOfACrashedFirstRegistration_removedAndNameNotListed() throws IOException {
    Path leftover = fs().root().resolve("models/fresh/tmp/blob-crashed");
    Files.createDirectories(leftover.getParent());
    Files.writeString(leftover, "half a blob");

    assertThat(store.names()).isEmpty();
    RegistryReport report = store.recover();

    assertThat(report.repairs()).singleElement().asString().contains("blob-crashed");
    assertThat(leftover).doesNotExist();
    assertThat(store.names()).isEmpty();
  }

  @Test
  void list_indexDeleted_readsManifestsAndNextAppendRebuildsIt() throws IOException {
    appendOne("churn", "a");
    appendOne("churn", "b");
    Path index = fs().root().resolve("models/churn/index.jsonl");
    Files.delete(index);
    store.close();
    store = newStore();

    assertThat(store.list("churn")).extracting(ModelVersion::version).containsExactly(1, 2);
    appendOne("churn", "c");

    assertThat(Files.readAllLines(index)).hasSize(3);
    assertThat(store.verify().problems()).isEmpty();
    store.close();
    store = newStore();
    assertThat(store.list("churn")).extracting(ModelVersion::version).containsExactly(1, 2, 3);
  }

  @Test
  void list_damagedIndexLine_reportedByVerifyAndListStillComplete() throws IOException {
    appendOne("churn", "a");
    appendOne("churn", "b");
    appendOne("churn", "c");
    Path index = fs().root().resolve("models/churn/index.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(index));
    lines.set(1, lines.get(1).replace("\"version\":2", "\"version\":7"));
    Files.write(index, lines);
    store.close();
    store = newStore();

    List<ModelVersion> listed = store.list("churn");

    assertThat(listed).extracting(ModelVersion::version).containsExactly(1, 2, 3);
    assertThat(store.verify().problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("line 2", "should hold churn v2"));
  }

  @Test
  void list_anotherInstanceAppended_newVersionSeen() {
    appendOne("churn", "a");
    assertThat(store.list("churn")).hasSize(1);
    try (RegistryStore other = newStore()) {
      byte[] b = bytes("b");
      var f = ModelRegistry.sha256(b);
      other.append("churn", java.util.Map.of(f, b), n -> version("churn", n, f));
    }

    assertThat(store.list("churn")).extracting(ModelVersion::version).containsExactly(1, 2);
    assertThat(store.highestVersion("churn")).isEqualTo(2);
  }
}
