package org.leanml.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.leanml.core.LeanMlException;
import org.leanml.core.fingerprint.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default {@link RegistryStore}: a directory on disk, safe for several threads and
 * several JVMs at once, and for crashes at any moment. The layout is documented in {@code
 * docs/registry-format.md}:
 *
 * <pre>
 * &lt;root&gt;/registry.json                          format version of the layout
 * &lt;root&gt;/blobs/sha256/ab/abcdef…                  artifact parts, content-addressed, stored once
 * &lt;root&gt;/models/&lt;name&gt;/versions/&lt;n&gt;/manifest.json  one immutable manifest per version
 * &lt;root&gt;/models/&lt;name&gt;/events.jsonl              append-only audit log (alias moves, statuses)
 * &lt;root&gt;/models/&lt;name&gt;/index.jsonl               every manifest again, one line each, for list()
 * &lt;root&gt;/models/&lt;name&gt;/lock                      the per-name lock file
 * &lt;root&gt;/models/&lt;name&gt;/tmp/                      writes in progress, only while holding the lock
 * </pre>
 *
 * <p><b>Design note.</b> Every write of a name happens while holding that name's exclusive lock: an
 * in-JVM {@link ReentrantLock} (file locks are per process) and {@link FileChannel#lock()} on the
 * lock file (between processes; the OS releases it when a process dies, so a stale lock file is
 * harmless). Under the lock, the next version number is the highest directory number plus one, so
 * numbers are gapless; a version is written into {@code tmp/}, every file and directory is fsynced,
 * and it becomes visible by one atomic directory rename, so readers never see a partial version.
 * Blobs are written to {@code tmp/} as well and renamed to their address; a blob renamed twice
 * holds the same bytes. Because temporary files only exist while their writer holds the lock,
 * {@link #recover()} may delete any it finds under a lock it could take. Event-log lines are
 * appended with one write and an fsync; a line without its newline was torn by a crash, is never
 * read, and is cut off before the next append.
 *
 * <p>Manifests are immutable, so parsed manifests are cached, keyed by file size and modification
 * time; {@link #verify()} always reads the files. {@link #list} reads the append-only index (one
 * file instead of one per version; derived data, appended after the rename, caught up with the
 * manifests whenever it lags behind) and parses only the lines it has not parsed before.
 */
public final class FileSystemRegistryStore implements RegistryStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileSystemRegistryStore.class);
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,9}");
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  private static final String DESCRIPTOR = "registry.json";
  private static final String MANIFEST = "manifest.json";
  private static final String EVENTS = "events.jsonl";
  private static final String INDEX = "index.jsonl";

  /** In-JVM half of the per-name lock: file locks do not exclude threads of one process. */
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path root;
  private final Path blobs;
  private final Path models;
  private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
  private final Set<Path> durableDirs = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> highest = new ConcurrentHashMap<>();
  private final Map<String, IndexCache> indexCache = new ConcurrentHashMap<>();

  private record Cached(long size, FileTime modified, ModelVersion version) {}

  /** The parsed prefix of an index: bytes consumed, versions, whether a bad line ended it. */
  private record IndexCache(long bytes, List<ModelVersion> versions, boolean stopped) {}

  private FileSystemRegistryStore(Path root) {
    this.root = root;
    this.blobs = root.resolve("blobs").resolve("sha256");
    this.models = root.resolve("models");
  }

  /**
   * Opens the registry in a directory, creating it (and its {@code registry.json}) if absent, and
   * checks its format version. Call {@link #recover()} (the {@link ModelRegistry} does) before use.
   *
   * @param root the root directory
   * @return the store
   * @throws UnknownFormatVersionException if the directory holds a registry of a newer format
   * @throws CorruptArtifactException if {@code registry.json} is malformed
   * @throws IllegalArgumentException if {@code root} exists and is not a directory, or is a
   *     non-empty directory without {@code registry.json} (never turned into a registry)
   * @throws UncheckedIOException if the directory cannot be created or read
   */
  public static FileSystemRegistryStore open(Path root) {
    try {
      if (Files.exists(root) && !Files.isDirectory(root)) {
        throw new IllegalArgumentException("registry root " + root + " is not a directory");
      }
      Files.createDirectories(root);
      Path real = root.toRealPath();
      FileSystemRegistryStore store = new FileSystemRegistryStore(real);
      store.openDescriptor();
      Files.createDirectories(store.blobs);
      Files.createDirectories(store.models);
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open registry " + root, e);
    }
  }

  private void openDescriptor() throws IOException {
    Path file = root.resolve(DESCRIPTOR);
    if (!Files.exists(file)) {
      refuseForeignContent();
      Path tmp = root.resolve("." + DESCRIPTOR + "." + UUID.randomUUID() + ".tmp");
      writeFile(tmp, RegistryJson.registryDescriptor());
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      fsyncDir(root);
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      RegistryJson.parseRegistryDescriptor(bytes);
    } catch (RegistryJson.NewerFormat e) {
      throw new UnknownFormatVersionException(
          file.toString(), e.found, RegistryJson.FORMAT_VERSION);
    } catch (IllegalArgumentException e) {
      throw new CorruptArtifactException(
          file.toString(), file + " is not a LeanML registry descriptor: " + e.getMessage(), e);
    }
  }

  /** A directory holding anything but a registry (being created) is never turned into one. */
  private void refuseForeignContent() throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        boolean ours =
            n.equals(DESCRIPTOR)
                || n.equals("blobs")
                || n.equals("models")
                || n.startsWith("." + DESCRIPTOR + ".");
        if (!ours) {
          throw new IllegalArgumentException(
              "cannot create a registry in "
                  + root
                  + ": it has no "
                  + DESCRIPTOR
                  + " and is not empty (found "
                  + n
                  + ")");
        }
      }
    }
  }

  /**
   * The root directory (its real path).
   *
   * @return the root
   */
  public Path root() {
    return root;
  }

  @Override
  public String location() {
    return root.toString();
  }

  private Path modelDir(String name) {
    return models.resolve(RegistryNames.require("model name", name));
  }

  private Path versionsDir(String name) {
    return modelDir(name).resolve("versions");
  }

  /**
   * The manifest file of a version (whether or not it exists).
   *
   * @param name the model name
   * @param version the version number
   * @return the path
   */
  public Path manifestPath(String name, int version) {
    return versionsDir(name).resolve(Integer.toString(version)).resolve(MANIFEST);
  }

  /**
   * The file holding a blob (whether or not it exists).
   *
   * @param sha256 the blob's address
   * @return the path
   */
  public Path blobPath(Fingerprint sha256) {
    return blobs.resolve(sha256.hex().substring(0, 2)).resolve(sha256.hex());
  }

  @Override
  public String blobLocation(Fingerprint sha256) {
    return blobPath(sha256).toString();
  }

  // ---------------------------------------------------------------- reading

  @Override
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (String n : modelDirectories()) {
      Path dir = models.resolve(n);
      // A first registration that failed or crashed leaves a directory without versions or log.
      if (Files.isDirectory(dir.resolve("versions")) || Files.exists(dir.resolve(EVENTS))) {
        out.add(n);
      }
    }
    return out;
  }

  /** Every directory under {@code models/} with a valid name, sorted. */
  private List<String> modelDirectories() {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(models)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (RegistryNames.NAME.matcher(n).matches() && Files.isDirectory(p)) {
          out.add(n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + models, e);
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private List<Integer> versionNumbers(String name) {
    Path dir = versionsDir(name);
    List<Integer> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (NUMBER.matcher(n).matches()) {
          out.add(Integer.parseInt(n));
        }
      }
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Lists the versions directory once per name and instance; afterwards it probes upwards from
   * the last known number, which is enough because numbers are gapless and only grow. That keeps
   * {@code register} independent of how many versions a name already has.
   */
  @Override
  public int highestVersion(String name) {
    Integer known = highest.get(name);
    int h;
    if (known == null) {
      List<Integer> ns = versionNumbers(name);
      h = ns.isEmpty() ? 0 : ns.get(ns.size() - 1);
    } else {
      h = known;
    }
    Path versions = versionsDir(name);
    while (Files.isDirectory(versions.resolve(Integer.toString(h + 1)))) {
      h++;
    }
    highest.merge(name, h, Math::max);
    return h;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the name's index ({@code index.jsonl}, one compact manifest per line, parsed only from
   * where this instance stopped last time), then the manifests of any versions the index does not
   * hold yet (e.g. the index append of a crashed writer). {@link #read} and {@link #verify()} read
   * the manifests themselves.
   */
  @Override
  public List<ModelVersion> list(String name) {
    List<ModelVersion> out = new ArrayList<>(readIndex(name));
    if (!out.isEmpty()) {
      // Indexed versions are visible ones: a lower bound that spares highestVersion a listing.
      highest.merge(name, out.size(), Math::max);
    }
    int highestNumber = highestVersion(name);
    for (int n = out.size() + 1; n <= highestNumber; n++) {
      try {
        read(name, n).ifPresent(out::add);
      } catch (CorruptArtifactException | UnknownFormatVersionException e) {
        LOG.warn("skipping unreadable version: {}", e.getMessage());
      }
    }
    return out;
  }

  /**
   * The index's contiguous prefix v1..vk, parsing only bytes not parsed before. A line that does
   * not parse or is not the next version ends the prefix; the rest is read from manifests.
   */
  private List<ModelVersion> readIndex(String name) {
    Path file = modelDir(name).resolve(INDEX);
    IndexCache cached = indexCache.get(name);
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (cached == null || size < cached.bytes) {
      cached = new IndexCache(0, List.of(), false);
    }
    if (size == cached.bytes || cached.stopped) {
      return cached.versions;
    }
    byte[] tail;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - cached.bytes));
      while (buf.hasRemaining() && ch.read(buf, cached.bytes + buf.position()) >= 0) {
        // read until full or end of file
      }
      tail = Arrays.copyOf(buf.array(), buf.position());
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<ModelVersion> versions = new ArrayList<>(cached.versions);
    long consumed = cached.bytes;
    boolean stopped = false;
    int start = 0;
    for (int i = 0; i < tail.length && !stopped; i++) {
      if (tail[i] != '\n') {
        continue;
      }
      ModelVersion v = null;
      try {
        v = RegistryJson.parseManifest(Arrays.copyOfRange(tail, start, i));
      } catch (IllegalArgumentException | RegistryJson.NewerFormat e) {
        LOG.warn("{} line {} is unreadable; reading manifests instead", file, versions.size() + 1);
      }
      if (v == null || !v.name().equals(name) || v.version() != versions.size() + 1) {
        stopped = true;
      } else {
        versions.add(v);
        consumed += i + 1 - start;
        start = i + 1;
      }
    }
    IndexCache next = new IndexCache(consumed, List.copyOf(versions), stopped);
    indexCache.put(name, next);
    return next.versions;
  }

  /** Brings the index up to {@code v} (called under the lock, after {@code v} became visible). */
  private void appendToIndex(String name, ModelVersion v) throws IOException {
    Path file = modelDir(name).resolve(INDEX);
    List<ModelVersion> indexed = readIndex(name);
    IndexCache cached = indexCache.get(name);
    if (cached != null && cached.stopped) {
      return; // a damaged index is left for verify() to report; list reads manifests past it
    }
    java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
    for (int n = indexed.size() + 1; n < v.version(); n++) {
      // A writer crashed between its rename and its index append: index its manifest now.
      Optional<ModelVersion> missing;
      try {
        missing = read(name, n);
      } catch (CorruptArtifactException | UnknownFormatVersionException e) {
        return; // cannot index past an unreadable manifest; list reads manifests from here
      }
      if (missing.isEmpty()) {
        return;
      }
      lines.write(RegistryJson.manifestLine(missing.get()));
    }
    lines.write(RegistryJson.manifestLine(v));
    long committed = cached == null ? 0 : cached.bytes;
    boolean created = !Files.exists(file);
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      if (ch.size() > committed) {
        ch.truncate(committed); // a torn line of a crashed append
      }
      ch.position(committed);
      writeFully(ch, lines.toByteArray());
      ch.force(true);
    }
    if (created) {
      fsyncDir(modelDir(name));
    }
  }

  @Override
  public Optional<ModelVersion> read(String name, int version) {
    Path file = manifestPath(name, version);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isDirectory(parent(file))) {
        throw new CorruptArtifactException(
            file.toString(), name + " v" + version + ": manifest " + file + " is missing", e);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Cached c = cache.get(file);
    if (c != null && c.size == attrs.size() && c.modified.equals(attrs.lastModifiedTime())) {
      return Optional.of(c.version);
    }
    ModelVersion v = parseManifest(file, name, version);
    cache.put(file, new Cached(attrs.size(), attrs.lastModifiedTime(), v));
    return Optional.of(v);
  }

  private ModelVersion parseManifest(Path file, String name, int version) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CorruptArtifactException(
          file.toString(), name + " v" + version + ": manifest " + file + " is missing", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    ModelVersion v;
    try {
      v = RegistryJson.parseManifest(bytes);
    } catch (RegistryJson.NewerFormat e) {
      throw new UnknownFormatVersionException(
          file.toString(), e.found, RegistryJson.MANIFEST_FORMAT_VERSION);
    } catch (IllegalArgumentException e) {
      throw new CorruptArtifactException(
          file.toString(),
          name + " v" + version + ": manifest " + file + " is malformed: " + e.getMessage(),
          e);
    }
    if (!v.name().equals(name) || v.version() != version) {
      throw new CorruptArtifactException(
          file.toString(),
          "manifest "
              + file
              + " describes "
              + v.ref()
              + " but is stored as "
              + name
              + " v"
              + version,
          null);
    }
    return v;
  }

  @Override
  public Optional<byte[]> readBlob(Fingerprint sha256) {
    Path p = blobPath(sha256);
    try {
      return Optional.of(Files.readAllBytes(p));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  @Override
  public List<RegistryEvent> events(String name) {
    return parseEvents(modelDir(name).resolve(EVENTS), readLog(name), name);
  }

  private byte[] readLog(String name) {
    Path file = modelDir(name).resolve(EVENTS);
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Complete lines only: bytes after the last newline were torn by a crash. */
  private static List<RegistryEvent> parseEvents(Path file, byte[] bytes, String name) {
    List<RegistryEvent> out = new ArrayList<>();
    int start = 0;
    int line = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        String text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        out.add(parseEvent(file, line, text, name));
        start = i + 1;
        line++;
      }
    }
    return out;
  }

  private static RegistryEvent parseEvent(Path file, int line, String text, String name) {
    RegistryEvent e;
    try {
      e = RegistryJson.parseEvent(text);
    } catch (RegistryJson.NewerFormat ex) {
      throw new UnknownFormatVersionException(
          file + " line " + line, ex.found, RegistryJson.FORMAT_VERSION);
    } catch (IllegalArgumentException ex) {
      throw new CorruptArtifactException(
          file.toString(), file + " line " + line + " is malformed: " + ex.getMessage(), ex);
    }
    if (!e.name().equals(name)) {
      throw new CorruptArtifactException(
          file.toString(),
          file + " line " + line + " is an event of '" + e.name() + "', not '" + name + "'",
          null);
    }
    return e;
  }

  private static int tornTail(byte[] bytes) {
    int lastNewline = -1;
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        lastNewline = i;
        break;
      }
    }
    return bytes.length - (lastNewline + 1);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public ModelVersion append(
      String name, Map<Fingerprint, byte[]> newBlobs, IntFunction<ModelVersion> create) {
    return withLock(
        name,
        () -> {
          try {
            // The version is built before anything is written, so a failing callback leaves no
            // blob behind either.
            int next = highestVersion(name) + 1;
            ModelVersion v = create.apply(next);
            if (!v.name().equals(name) || v.version() != next) {
              throw new IllegalArgumentException(
                  "store allocated " + name + " v" + next + " but was given " + v.ref());
            }
            v = v.withStatus(VersionStatus.REGISTERED);
            Path tmp = modelDir(name).resolve("tmp");
            ensureDir(tmp);
            for (Map.Entry<Fingerprint, byte[]> b : newBlobs.entrySet()) {
              writeBlob(tmp, b.getKey(), b.getValue());
            }
            Path staging = tmp.resolve("v" + next + "-" + UUID.randomUUID());
            Files.createDirectory(staging);
            writeFile(staging.resolve(MANIFEST), RegistryJson.manifest(v));
            fsyncDir(staging);
            Path versions = versionsDir(name);
            ensureDir(versions);
            Path target = versions.resolve(Integer.toString(next));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            fsyncDir(versions);
            fsyncDir(tmp);
            try {
              appendToIndex(name, v);
            } catch (IOException | UncheckedIOException e) {
              // The version is registered; the index is derived data that list() catches up on.
              LOG.warn("{} is registered but could not be added to its index", v.ref(), e);
            }
            return v;
          } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException(
                "the file system of " + root + " cannot rename atomically", e);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot register a version of " + name, e);
          }
        });
  }

  private void writeBlob(Path tmp, Fingerprint sha256, byte[] bytes) throws IOException {
    Path target = blobPath(sha256);
    try {
      if (Files.size(target) == bytes.length) {
        // Same address and size: the same content, stored by an earlier version.
        return;
      }
    } catch (NoSuchFileException e) {
      // not stored yet
    }
    Path staging = tmp.resolve("blob-" + UUID.randomUUID());
    writeFile(staging, bytes);
    ensureDir(parent(target));
    Files.move(
        staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    fsyncDir(parent(target));
  }

  @Override
  public RegistryEvent appendEvent(String name, Function<StoreState, RegistryEvent> decide) {
    return withLock(
        name,
        () -> {
          Path file = modelDir(name).resolve(EVENTS);
          try {
            ensureDir(modelDir(name));
            byte[] bytes = readLog(name);
            int torn = tornTail(bytes);
            List<RegistryEvent> history = parseEvents(file, bytes, name);
            RegistryEvent e = decide.apply(new StoreState(history, highestVersion(name)));
            if (!e.name().equals(name)) {
              throw new IllegalArgumentException(
                  "event for '" + e.name() + "' cannot be appended to the log of '" + name + "'");
            }
            boolean created = !Files.exists(file);
            try (FileChannel ch =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
              if (torn > 0) {
                LOG.warn("cutting a torn line of {} bytes off {}", torn, file);
                ch.truncate(bytes.length - torn);
              }
              ch.position(ch.size());
              writeFully(ch, RegistryJson.eventLine(e));
              ch.force(true);
            }
            if (created) {
              fsyncDir(modelDir(name));
            }
            return e;
          } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file, ex);
          }
        });
  }

  // "try": the FileLock resource is never read in the body on purpose; holding it for the
  // block and releasing it on close (before the channel closes) is its whole job.
  @SuppressWarnings("try")
  private <T> T withLock(String name, Supplier<T> action) {
    Path dir = modelDir(name);
    try {
      ensureDir(dir);
      Path lockFile = dir.resolve("lock");
      ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
      jvmLock.lock();
      try (FileChannel ch =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        return action.get();
      } finally {
        jvmLock.unlock();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + dir, e);
    }
  }

  /**
   * The parent of a path inside the store. The root is a real, existing directory, so every path
   * this store builds below it has a parent and {@link #ensureDir} stops at the root at the latest.
   */
  private static Path parent(Path p) {
    return Objects.requireNonNull(p.getParent(), "a store path has a parent");
  }

  /** The message of one of the registry's exceptions, which are always created with one. */
  private static String message(LeanMlException e) {
    return Objects.requireNonNull(e.getMessage(), "a LeanMlException carries a message");
  }

  /** Creates a directory if needed and makes its entry durable in its parent. */
  private void ensureDir(Path dir) throws IOException {
    if (durableDirs.contains(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      ensureDir(parent(dir));
      try {
        Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        // created concurrently
      }
      fsyncDir(parent(dir));
    }
    durableDirs.add(dir);
  }

  private static void writeFile(Path file, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writeFully(ch, bytes);
      ch.force(true);
    }
  }

  private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }

  private static void fsyncDir(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; NTFS makes renames durable on its own.
      if (!WINDOWS) {
        throw e;
      }
    }
  }

  // ---------------------------------------------------------------- recovery and checks

  @Override
  public RegistryReport recover() {
    List<String> repairs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String name : modelDirectories()) {
      Path dir = modelDir(name);
      Path lockFile = dir.resolve("lock");
      ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
      if (!jvmLock.tryLock()) {
        notes.add(name + ": not checked for leftovers, a writer in this JVM holds its lock");
        continue;
      }
      try (FileChannel ch =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = ch.tryLock()) {
        if (lock == null) {
          notes.add(name + ": not checked for leftovers, another process holds its lock");
          continue;
        }
        recoverLocked(name, repairs);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot recover " + dir, e);
      } finally {
        jvmLock.unlock();
      }
    }
    for (String r : repairs) {
      LOG.warn("registry {}: {}", root, r);
    }
    return new RegistryReport(List.of(), repairs, notes);
  }

  private void recoverLocked(String name, List<String> repairs) throws IOException {
    Path tmp = modelDir(name).resolve("tmp");
    if (Files.isDirectory(tmp)) {
      List<Path> leftovers;
      try (Stream<Path> s = Files.list(tmp)) {
        leftovers = s.sorted().toList();
      }
      for (Path p : leftovers) {
        deleteRecursively(p);
        repairs.add("removed leftover of an interrupted write: " + p);
      }
      if (!leftovers.isEmpty()) {
        fsyncDir(tmp);
      }
    }
    Path log = modelDir(name).resolve(EVENTS);
    byte[] bytes = readLog(name);
    int torn = tornTail(bytes);
    if (torn > 0) {
      try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
        ch.truncate(bytes.length - torn);
        ch.force(true);
      }
      repairs.add("cut a torn line of " + torn + " bytes off " + log);
    }
  }

  private static void deleteRecursively(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.list(p)) {
        for (Path c : s.toList()) {
          deleteRecursively(c);
        }
      }
    }
    Files.deleteIfExists(p);
  }

  @Override
  public RegistryReport verify() {
    List<RegistryReport.Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(models)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (!RegistryNames.NAME.matcher(n).matches() || !Files.isDirectory(p)) {
          problems.add(
              new RegistryReport.Problem(
                  RegistryReport.Kind.MALFORMED_MANIFEST,
                  p.toString(),
                  "not a model directory: names must match " + RegistryNames.NAME.pattern()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + models, e);
    }
    for (String name : modelDirectories()) {
      verifyName(name, problems, notes);
    }
    return new RegistryReport(problems, List.of(), notes);
  }

  private void verifyName(String name, List<RegistryReport.Problem> problems, List<String> notes) {
    List<Integer> numbers = versionNumbers(name);
    Map<Integer, ModelVersion> manifests = new java.util.HashMap<>();
    int expected = 1;
    for (int n : numbers) {
      for (; expected < n; expected++) {
        problems.add(
            new RegistryReport.Problem(
                RegistryReport.Kind.VERSION_GAP,
                versionsDir(name).resolve(Integer.toString(expected)).toString(),
                name + " v" + expected + " is missing below v" + n));
      }
      expected = n + 1;
      Path file = manifestPath(name, n);
      try {
        manifests.put(n, parseManifest(file, name, n));
      } catch (CorruptArtifactException e) {
        problems.add(
            new RegistryReport.Problem(
                RegistryReport.Kind.MALFORMED_MANIFEST, file.toString(), message(e)));
      } catch (UnknownFormatVersionException e) {
        problems.add(
            new RegistryReport.Problem(
                RegistryReport.Kind.UNKNOWN_FORMAT_VERSION, file.toString(), message(e)));
      }
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(versionsDir(name))) {
      for (Path p : ds) {
        if (!NUMBER.matcher(p.getFileName().toString()).matches()) {
          problems.add(
              new RegistryReport.Problem(
                  RegistryReport.Kind.MALFORMED_MANIFEST,
                  p.toString(),
                  "not a version directory: names must be version numbers from 1"));
        }
      }
    } catch (NoSuchFileException e) {
      // no version yet
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + versionsDir(name), e);
    }
    verifyIndex(name, manifests, problems);
    Path log = modelDir(name).resolve(EVENTS);
    byte[] bytes = readLog(name);
    try {
      parseEvents(log, bytes, name);
    } catch (CorruptArtifactException e) {
      problems.add(
          new RegistryReport.Problem(
              RegistryReport.Kind.MALFORMED_MANIFEST, log.toString(), message(e)));
    } catch (UnknownFormatVersionException e) {
      problems.add(
          new RegistryReport.Problem(
              RegistryReport.Kind.UNKNOWN_FORMAT_VERSION, log.toString(), message(e)));
    }
    if (tornTail(bytes) > 0) {
      notes.add(log + " ends in a torn line (an interrupted append); it is ignored");
    }
    Path tmp = modelDir(name).resolve("tmp");
    try (Stream<Path> s = Files.list(tmp)) {
      long count = s.count();
      if (count > 0) {
        notes.add(tmp + " holds " + count + " entries of writes in progress or interrupted");
      }
    } catch (NoSuchFileException e) {
      // nothing in progress
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + tmp, e);
    }
  }

  /** Every complete index line must be the manifest of the next version, byte for byte equal. */
  private void verifyIndex(
      String name, Map<Integer, ModelVersion> manifests, List<RegistryReport.Problem> problems) {
    Path file = modelDir(name).resolve(INDEX);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int start = 0;
    int line = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      String where = file + " line " + line;
      try {
        ModelVersion v = RegistryJson.parseManifest(Arrays.copyOfRange(bytes, start, i));
        ModelVersion manifest = manifests.get(line);
        if (v.version() != line || !v.name().equals(name)) {
          problems.add(
              new RegistryReport.Problem(
                  RegistryReport.Kind.MALFORMED_MANIFEST,
                  file.toString(),
                  where + " holds " + v.ref() + " but should hold " + name + " v" + line));
        } else if (manifest != null && !manifest.equals(v)) {
          problems.add(
              new RegistryReport.Problem(
                  RegistryReport.Kind.MALFORMED_MANIFEST,
                  file.toString(),
                  where + " differs from " + manifestPath(name, line)));
        }
      } catch (IllegalArgumentException | RegistryJson.NewerFormat e) {
        problems.add(
            new RegistryReport.Problem(
                RegistryReport.Kind.MALFORMED_MANIFEST,
                file.toString(),
                where + " is malformed: " + e.getMessage()));
      }
      start = i + 1;
      line++;
    }
  }

  @Override
  public void close() {
    cache.clear();
    indexCache.clear();
  }

  @Override
  public String toString() {
    return "FileSystemRegistryStore[" + root + "]";
  }
}
