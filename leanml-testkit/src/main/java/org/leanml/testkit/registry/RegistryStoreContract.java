package org.leanml.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.registry.AliasMove;
import org.leanml.registry.Artifact;
import org.leanml.registry.ArtifactPart;
import org.leanml.registry.Attachment;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.RegistryEvent;
import org.leanml.registry.RegistryReport;
import org.leanml.registry.RegistryStore;
import org.leanml.registry.VersionStatus;

/**
 * What every {@link RegistryStore} must do, as a JUnit 5 test anyone can run: a store
 * implementation's test extends this class and says how to make a fresh, empty store. The file
 * store and the in-memory store pass it; so must any other store (a database, say) before a {@link
 * ModelRegistry} may use it.
 *
 * <p>It checks gapless, never-reused version numbers (also with eight threads appending at once),
 * that a version is visible completely or not at all (a callback that throws leaves nothing), blobs
 * read back byte for byte, that event appends decide and append atomically (also under eight
 * threads), and that {@link RegistryStore#verify()} and {@link RegistryStore#recover()} report a
 * healthy store as clean. Crashes of a writing process are store-specific and tested beside each
 * store (the file store kills a child process mid-write).
 *
 * <pre>{@code
 * class MyStoreTest extends RegistryStoreContract {
 *   protected RegistryStore newStore() {
 *     return MyStore.open(...);
 *   }
 * }
 * }</pre>
 */
public abstract class RegistryStoreContract {
  /**
   * The creation time of the versions the contract appends (plus the version number in seconds).
   */
  protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** The store under test, fresh and empty before each test. */
  @SuppressWarnings("NullAway.Init") // set by openStore(), which JUnit runs before every test
  protected RegistryStore store;

  /** For subclasses. */
  protected RegistryStoreContract() {}

  /**
   * A fresh, empty store; called before every test.
   *
   * @return the store
   * @throws Exception if it cannot be made
   */
  protected abstract RegistryStore newStore() throws Exception;

  /**
   * Opens the store under test.
   *
   * @throws Exception if {@link #newStore()} fails
   */
  @BeforeEach
  public void openStore() throws Exception {
    store = newStore();
  }

  /** Closes the store under test. */
  @AfterEach
  public void closeStore() {
    store.close();
  }

  /**
   * UTF-8 bytes.
   *
   * @param s text
   * @return its bytes
   */
  protected static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A version with one artifact part, as the contract appends them.
   *
   * @param name the model name
   * @param n the version number
   * @param part the part's SHA-256
   * @return the version
   */
  protected static ModelVersion version(String name, int n, Fingerprint part) {
    return new ModelVersion(
        name,
        n,
        OptionalInt.empty(),
        T0.plusSeconds(n),
        new Artifact("test/1", List.of(new ArtifactPart("model.bin", part, 3))),
        List.of(),
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        Map.of("auc", 0.5 + n / 1000.0),
        Map.of(),
        VersionStatus.REGISTERED);
  }

  /**
   * Appends a version whose one blob holds {@code content}.
   *
   * @param name the model name
   * @param content the blob's text
   * @return the version as stored
   */
  protected ModelVersion appendOne(String name, String content) {
    byte[] b = bytes(content);
    Fingerprint f = ModelRegistry.sha256(b);
    return store.append(name, Map.of(f, b), n -> version(name, n, f));
  }

  /**
   * A move of {@code champion} to a version.
   *
   * @param name the model name
   * @param to the version
   * @return the event
   */
  protected static AliasMove move(String name, int to) {
    return new AliasMove(
        name, "champion", OptionalInt.empty(), to, T0, "test", AliasMove.Action.SET);
  }

  /** Rule: {@code append}, three versions: numbered one two three. */
  @Test
  public void append_threeVersions_numberedOneTwoThree() {
    List<Integer> numbers = new ArrayList<>();

    for (int i = 0; i < 3; i++) {
      numbers.add(appendOne("churn", "abc").version());
    }

    assertThat(numbers).containsExactly(1, 2, 3);
    assertThat(store.highestVersion("churn")).isEqualTo(3);
  }

  /** Rule: {@code append}, names are independent: each starts at one. */
  @Test
  public void append_namesAreIndependent_eachStartsAtOne() {
    appendOne("churn", "abc");
    appendOne("churn", "abc");

    ModelVersion other = appendOne("fraud", "abc");

    assertThat(other.version()).isEqualTo(1);
    assertThat(store.names()).containsExactly("churn", "fraud");
  }

  /** Rule: {@code read}, appended version: equals what was appended. */
  @Test
  public void read_appendedVersion_equalsWhatWasAppended() {
    ModelVersion appended = appendOne("churn", "abc");

    ModelVersion read = store.read("churn", 1).orElseThrow();

    assertThat(read).isEqualTo(appended);
  }

  /** Rule: {@code read}, unknown version or name: empty. */
  @Test
  public void read_unknownVersionOrName_empty() {
    appendOne("churn", "abc");

    assertThat(store.read("churn", 2)).isEmpty();
    assertThat(store.read("nobody", 1)).isEmpty();
    assertThat(store.list("nobody")).isEmpty();
    assertThat(store.highestVersion("nobody")).isZero();
  }

  /** Rule: {@code list}, several versions: ascending. */
  @Test
  public void list_severalVersions_ascending() {
    for (int i = 0; i < 12; i++) {
      appendOne("churn", "v" + i);
    }

    List<ModelVersion> all = store.list("churn");

    assertThat(all)
        .extracting(ModelVersion::version)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  /** Rule: {@code readBlob}, appended blob: same bytes. */
  @Test
  public void readBlob_appendedBlob_sameBytes() {
    ModelVersion v = appendOne("churn", "abc");

    byte[] read = store.readBlob(v.artifact().parts().get(0).sha256()).orElseThrow();

    assertThat(read).isEqualTo(bytes("abc"));
  }

  /** Rule: {@code readBlob}, absent: empty. */
  @Test
  public void readBlob_absent_empty() {
    assertThat(store.readBlob(ModelRegistry.sha256(bytes("never stored")))).isEmpty();
  }

  /** Rule: {@code append}, callback returns wrong number: refused and nothing visible. */
  @Test
  public void append_callbackReturnsWrongNumber_refusedAndNothingVisible() {
    byte[] b = bytes("abc");
    Fingerprint f = ModelRegistry.sha256(b);

    assertThatThrownBy(() -> store.append("churn", Map.of(f, b), n -> version("churn", n + 1, f)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allocated churn v1");

    assertThat(store.list("churn")).isEmpty();
    assertThat(appendOne("churn", "abc").version()).isEqualTo(1);
  }

  /** Rule: {@code append}, version with attachment: manifest entry and blob read back. */
  @Test
  public void append_versionWithAttachment_manifestEntryAndBlobReadBack() {
    byte[] part = bytes("abc");
    byte[] summary = bytes("reference summary");
    Fingerprint p = ModelRegistry.sha256(part);
    Fingerprint a = ModelRegistry.sha256(summary);
    Attachment entry = new Attachment("drift-reference.lmds", "application/octet-stream", a, 17);

    ModelVersion appended =
        store.append(
            "churn",
            Map.of(p, part, a, summary),
            n -> version("churn", n, p).withAttachments(List.of(entry)));

    assertThat(store.read("churn", 1)).contains(appended);
    assertThat(store.list("churn")).containsExactly(appended);
    assertThat(appended.attachments()).containsExactly(entry);
    assertThat(store.readBlob(a)).hasValueSatisfying(b -> assertThat(b).isEqualTo(summary));
  }

  /** Rule: {@code append}, callback throws: no version and no blob kept. */
  @Test
  public void append_callbackThrows_noVersionAndNoBlobKept() {
    byte[] summary = bytes("never kept");
    Fingerprint a = ModelRegistry.sha256(summary);

    assertThatThrownBy(
            () ->
                store.append(
                    "churn",
                    Map.of(a, summary),
                    n -> {
                      throw new IllegalStateException("injected failure");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("injected failure");

    assertThat(store.readBlob(a)).isEmpty();
    assertThat(store.list("churn")).isEmpty();
    assertThat(store.names()).isEmpty();
    assertThat(store.verify().problems()).isEmpty();
    assertThat(appendOne("churn", "abc").version()).isEqualTo(1);
  }

  /** Rule: {@code appendEvent}: callback sees history and highest version. */
  @Test
  public void appendEvent_callbackSeesHistoryAndHighestVersion() {
    appendOne("churn", "abc");
    appendOne("churn", "abc");
    store.appendEvent("churn", s -> move("churn", 1));
    List<RegistryStore.StoreState> seen = new ArrayList<>();

    store.appendEvent(
        "churn",
        s -> {
          seen.add(s);
          return move("churn", 2);
        });

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).events()).containsExactly(move("churn", 1));
    assertThat(seen.get(0).highestVersion()).isEqualTo(2);
    assertThat(store.events("churn")).containsExactly(move("churn", 1), move("churn", 2));
  }

  /** Rule: {@code appendEvent}, callback throws: nothing appended. */
  @Test
  public void appendEvent_callbackThrows_nothingAppended() {
    appendOne("churn", "abc");

    assertThatThrownBy(
            () ->
                store.appendEvent(
                    "churn",
                    s -> {
                      throw new IllegalStateException("no");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.events("churn")).isEmpty();
  }

  /** Rule: {@code appendEvent}, entry of another name: refused. */
  @Test
  public void appendEvent_entryOfAnotherName_refused() {
    appendOne("churn", "abc");

    assertThatThrownBy(() -> store.appendEvent("churn", s -> move("fraud", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fraud'");
    assertThat(store.events("churn")).isEmpty();
  }

  /** Rule: {@code events}, unknown name: empty. */
  @Test
  public void events_unknownName_empty() {
    assertThat(store.events("nobody")).isEmpty();
  }

  /**
   * Rule: {@code append}, eight threads at once: numbers unique and gapless.
   *
   * @throws Exception if a writer thread fails
   */
  @Test
  public void append_eightThreadsAtOnce_numbersUniqueAndGapless() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ModelVersion>> futures = new ArrayList<>();

    try {
      for (int i = 0; i < 80; i++) {
        String content = "c" + (i % 5);
        futures.add(pool.submit(() -> appendOne("churn", content)));
      }
      Set<Integer> numbers = new HashSet<>();
      for (Future<ModelVersion> f : futures) {
        numbers.add(f.get().version());
      }

      assertThat(numbers).hasSize(80);
      assertThat(store.list("churn")).extracting(ModelVersion::version).doesNotHaveDuplicates();
      assertThat(store.highestVersion("churn")).isEqualTo(80);
      assertThat(store.list("churn")).hasSize(80);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Rule: {@code appendEvent}, eight threads at once: every entry saw the previous ones.
   *
   * @throws Exception if a writer thread fails
   */
  @Test
  public void appendEvent_eightThreadsAtOnce_everyEntrySawThePreviousOnes() throws Exception {
    appendOne("churn", "abc");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<RegistryEvent>> futures = new ArrayList<>();

    try {
      for (int i = 0; i < 40; i++) {
        // Each entry's "from" is the number of entries it saw: a lost update would repeat one.
        futures.add(
            pool.submit(
                () ->
                    store.appendEvent(
                        "churn",
                        s ->
                            new AliasMove(
                                "churn",
                                "champion",
                                OptionalInt.of(s.events().size() + 1),
                                1,
                                T0,
                                "race",
                                AliasMove.Action.SET))));
      }
      for (Future<RegistryEvent> f : futures) {
        f.get();
      }

      List<RegistryEvent> events = store.events("churn");
      assertThat(events).hasSize(40);
      for (int i = 0; i < events.size(); i++) {
        assertThat(((AliasMove) events.get(i)).from()).hasValue(i + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rule: {@code verify}, after writes: clean. */
  @Test
  public void verify_afterWrites_clean() {
    appendOne("churn", "abc");
    store.appendEvent("churn", s -> move("churn", 1));

    RegistryReport report = store.verify();

    assertThat(report.problems()).isEmpty();
  }

  /** Rule: {@code recover}, healthy store: reports no problem. */
  @Test
  public void recover_healthyStore_reportsNoProblem() {
    appendOne("churn", "abc");

    RegistryReport report = store.recover();

    assertThat(report.isClean()).isTrue();
    assertThat(report.repairs()).isEmpty();
  }
}
