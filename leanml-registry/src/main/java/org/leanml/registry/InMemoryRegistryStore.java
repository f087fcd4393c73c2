package org.leanml.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * A {@link RegistryStore} in the heap of one JVM: for tests, examples and short-lived tools. It
 * keeps the same guarantees as {@link FileSystemRegistryStore} within the process (gapless
 * numbering, atomic decide-and-append) by serialising every write on one monitor. Nothing survives
 * the JVM.
 */
public final class InMemoryRegistryStore implements RegistryStore {
  private final Map<String, List<ModelVersion>> versions = new HashMap<>();
  private final Map<String, List<RegistryEvent>> events = new HashMap<>();
  private final Map<Fingerprint, byte[]> blobs = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryRegistryStore() {}

  @Override
  public String location() {
    return "memory:" + Integer.toHexString(System.identityHashCode(this));
  }

  @Override
  public RegistryReport recover() {
    return RegistryReport.empty();
  }

  @Override
  public synchronized List<String> names() {
    TreeSet<String> out = new TreeSet<>(versions.keySet());
    out.addAll(events.keySet());
    return List.copyOf(out);
  }

  @Override
  public synchronized List<ModelVersion> list(String name) {
    return List.copyOf(versions.getOrDefault(name, List.of()));
  }

  @Override
  public synchronized int highestVersion(String name) {
    return versions.getOrDefault(name, List.of()).size();
  }

  @Override
  public synchronized Optional<ModelVersion> read(String name, int version) {
    List<ModelVersion> vs = versions.getOrDefault(name, List.of());
    return version >= 1 && version <= vs.size()
        ? Optional.of(vs.get(version - 1))
        : Optional.empty();
  }

  @Override
  public synchronized ModelVersion append(
      String name, Map<Fingerprint, byte[]> newBlobs, IntFunction<ModelVersion> create) {
    int next = highestVersion(name) + 1;
    ModelVersion v = create.apply(next);
    if (!v.name().equals(name) || v.version() != next) {
      throw new IllegalArgumentException(
          "store allocated " + name + " v" + next + " but was given " + v.ref());
    }
    // Nothing is kept until the version is valid: a failing callback leaves no blob behind.
    newBlobs.forEach((k, b) -> blobs.computeIfAbsent(k, x -> b.clone()));
    ModelVersion stored = v.withStatus(VersionStatus.REGISTERED);
    versions.computeIfAbsent(name, k -> new ArrayList<>()).add(stored);
    return stored;
  }

  @Override
  public synchronized Optional<byte[]> readBlob(Fingerprint sha256) {
    byte[] b = blobs.get(sha256);
    return b == null ? Optional.empty() : Optional.of(b.clone());
  }

  @Override
  public String blobLocation(Fingerprint sha256) {
    return location() + "/blobs/" + sha256.hex();
  }

  @Override
  public synchronized List<RegistryEvent> events(String name) {
    return List.copyOf(events.getOrDefault(name, List.of()));
  }

  @Override
  public synchronized RegistryEvent appendEvent(
      String name, Function<StoreState, RegistryEvent> decide) {
    RegistryEvent e = decide.apply(new StoreState(events(name), highestVersion(name)));
    if (!e.name().equals(name)) {
      throw new IllegalArgumentException(
          "event for '" + e.name() + "' cannot be appended to the log of '" + name + "'");
    }
    events.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
    return e;
  }

  @Override
  public RegistryReport verify() {
    return RegistryReport.empty();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
