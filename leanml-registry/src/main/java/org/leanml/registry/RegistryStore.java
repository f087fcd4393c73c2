package org.leanml.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * Where a {@link ModelRegistry} keeps its data: immutable version manifests, content-addressed
 * blobs and one append-only event log per model name. The registry does everything else (codecs,
 * checksums, aliases, lineage), so a store only has to get storage right: a shared database can be
 * added later without touching any caller. Every implementation must pass the abstract contract
 * test {@code org.leanml.testkit.registry.RegistryStoreContract}, published in {@code
 * leanml-testkit} so that a store outside this repository can run it too.
 *
 * <p>Guarantees every store gives:
 *
 * <ul>
 *   <li>{@link #append} allocates version numbers 1, 2, 3 … per name, gapless and never reused,
 *       even when several processes append at once; a version is visible completely or not at all.
 *   <li>{@link #appendEvent} decides and appends atomically: no other event for the same name is
 *       appended between the history the callback sees and the entry it returns.
 *   <li>Names reaching a store have been checked against {@link RegistryNames#NAME}.
 * </ul>
 *
 * <p>Versions returned by a store carry {@link VersionStatus#REGISTERED}; the registry applies
 * status changes from the event log.
 */
public interface RegistryStore extends AutoCloseable {

  /**
   * Where the store lives, for messages, e.g. a directory.
   *
   * @return a description
   */
  String location();

  /**
   * Repairs what an interrupted writer left behind (temporary files, torn log lines) and reports
   * it. Called once when a registry opens the store; must be safe while other processes write.
   *
   * @return what was repaired; problems found but not repaired
   */
  RegistryReport recover();

  /**
   * The model names holding at least one version or event, sorted.
   *
   * @return the names
   */
  List<String> names();

  /**
   * Every readable version of a name, by ascending number. Unreadable versions are skipped (and
   * reported by {@link #verify()}).
   *
   * @param name a model name
   * @return the versions, empty for an unknown name
   */
  List<ModelVersion> list(String name);

  /**
   * The highest version number allocated for a name, readable or not.
   *
   * @param name a model name
   * @return the number, 0 if none
   */
  int highestVersion(String name);

  /**
   * One version.
   *
   * @param name a model name
   * @param version a version number
   * @return the version, empty if it does not exist
   * @throws CorruptArtifactException if it exists but its manifest cannot be read
   * @throws UnknownFormatVersionException if its manifest is in a newer format
   */
  Optional<ModelVersion> read(String name, int version);

  /**
   * Stores blobs (artifact parts and attachments, each once: a blob already present is kept) and
   * then appends the next version of a name, under an exclusive per-name lock held across
   * processes. {@code create} runs before anything is written: if it throws, the store is left as
   * it was.
   *
   * @param name a model name
   * @param blobs blob bytes by their SHA-256; the caller has computed the hashes
   * @param create builds the version given the allocated number; called once, under the lock,
   *     before any blob is written; must not call the store
   * @return the version as stored
   * @throws IllegalArgumentException if {@code create} returns a version of another name or number
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  ModelVersion append(
      String name, Map<Fingerprint, byte[]> blobs, IntFunction<ModelVersion> create);

  /**
   * The raw bytes of a blob, unverified: the caller checks the hash.
   *
   * @param sha256 the blob's address
   * @return the bytes, empty if absent
   * @throws java.io.UncheckedIOException if the blob exists but cannot be read
   */
  Optional<byte[]> readBlob(Fingerprint sha256);

  /**
   * Where a blob is kept, for messages (a file path for a directory store).
   *
   * @param sha256 the blob's address
   * @return a description
   */
  String blobLocation(Fingerprint sha256);

  /**
   * A name's event log, oldest first. Entries torn by a crash are not included.
   *
   * @param name a model name
   * @return the events, empty for an unknown name
   */
  List<RegistryEvent> events(String name);

  /**
   * Decides and appends one event, under the same exclusive per-name lock as {@link #append}.
   *
   * @param name a model name
   * @param decide given the current log and the highest version number, returns the entry to
   *     append; may throw to append nothing; must not call the store
   * @return the appended entry
   * @throws IllegalArgumentException if the entry is of another name
   */
  RegistryEvent appendEvent(String name, Function<StoreState, RegistryEvent> decide);

  /**
   * Checks everything the store holds at the storage level: every manifest readable and where it
   * belongs, no gap in version numbers, logs readable. Blob checksums are checked by the registry.
   * Changes nothing.
   *
   * @return the problems and notes
   */
  RegistryReport verify();

  /** Releases resources; the store must not be used afterwards. */
  @Override
  void close();

  /**
   * What {@link #appendEvent}'s callback sees, under the lock.
   *
   * @param events the name's event log, oldest first
   * @param highestVersion the highest version number of the name, 0 if none
   */
  record StoreState(List<RegistryEvent> events, int highestVersion) {
    /**
     * Copies.
     *
     * @param events the name's event log, oldest first
     * @param highestVersion the highest version number of the name, 0 if none
     * @throws IllegalArgumentException if the highest version is negative
     */
    public StoreState {
      events = List.copyOf(events);
      if (highestVersion < 0) {
        throw new IllegalArgumentException("highestVersion must be >= 0 but was " + highestVersion);
      }
    }
  }
}
