package org.leanml.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;

/**
 * The model registry: versioned models with their provenance, aliases such as {@code champion} with
 * an audit trail of every move, lineage, differences between versions, and checked loading.
 * Ensembles, regression gates and canary promotion all read and write through it.
 *
 * <pre>{@code
 * try (ModelRegistry registry = ModelRegistry.open(Path.of("models"))) {
 *   ModelVersion v = registry.register(Registration.of("churn", predictor).withMetrics(metrics));
 *   registry.promote("churn", v.version(), "beats v3 on the frozen evaluation set");
 *   Predictor champion = registry.load("churn", ModelRegistry.CHAMPION);
 * }
 * }</pre>
 *
 * <p>Storage is a {@link RegistryStore}: a directory ({@link FileSystemRegistryStore}, safe for
 * several processes and for crashes) by default. Artifacts are encoded and decoded by {@link
 * PredictorCodec}s; the registry records each part's SHA-256 and size and checks every byte before
 * a codec sees it. Thread-safe.
 */
public final class ModelRegistry implements AutoCloseable {
  /** The alias {@link #promote} and {@link #rollback} move. */
  public static final String CHAMPION = "champion";

  /** A conventional alias for a version under evaluation, e.g. in a canary. */
  public static final String CANDIDATE = "candidate";

  private final RegistryStore store;
  private final Clock clock;
  private final List<PredictorCodec> codecs;
  private final RegistryReport openReport;

  private ModelRegistry(RegistryStore store, Clock clock, List<PredictorCodec> codecs) {
    this.store = store;
    this.clock = clock;
    this.codecs = codecs;
    this.openReport = store.recover();
  }

  /**
   * Opens (or creates) a registry in a directory, with the system UTC clock and the codecs found by
   * {@link ServiceLoader}.
   *
   * @param root the root directory
   * @return the registry
   * @throws UnknownFormatVersionException if the directory holds a registry of a newer format
   * @throws java.io.UncheckedIOException if the directory cannot be created or read
   */
  public static ModelRegistry open(Path root) {
    return builder().directory(root).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link ModelRegistry}: exactly one of a directory or a store. */
  public static final class Builder {
    private @Nullable Path directory;
    private @Nullable RegistryStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable List<PredictorCodec> codecs;

    private Builder() {}

    /**
     * Keeps the registry in a directory ({@link FileSystemRegistryStore}).
     *
     * @param root the root directory
     * @return this
     */
    public Builder directory(Path root) {
      this.directory = Objects.requireNonNull(root, "root");
      return this;
    }

    /**
     * Keeps the registry in a store; the registry closes it when closed.
     *
     * @param registryStore the store
     * @return this
     */
    public Builder store(RegistryStore registryStore) {
      this.store = Objects.requireNonNull(registryStore, "store");
      return this;
    }

    /**
     * The clock for creation and audit times (default {@link Clock#systemUTC()}).
     *
     * @param c the clock
     * @return this
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * The codecs that encode and decode artifacts, tried in order (default: those found by {@link
     * ServiceLoader}).
     *
     * @param list the codecs
     * @return this
     */
    public Builder codecs(List<PredictorCodec> list) {
      this.codecs = List.copyOf(list);
      return this;
    }

    /**
     * Opens the registry and repairs leftovers of interrupted writes ({@link #openReport()}).
     *
     * @return the registry
     * @throws IllegalStateException if neither or both of a directory and a store were given, or
     *     two codecs share a format
     * @throws UnknownFormatVersionException if the directory holds a registry of a newer format
     */
    public ModelRegistry build() {
      Path dir = directory;
      RegistryStore given = store;
      if ((dir == null) == (given == null)) {
        throw new IllegalStateException("give exactly one of directory(...) and store(...)");
      }
      List<PredictorCodec> cs = codecs;
      if (cs == null) {
        List<PredictorCodec> found = new ArrayList<>();
        ServiceLoader.load(PredictorCodec.class).forEach(found::add);
        cs = List.copyOf(found);
        codecs = cs;
      }
      Set<String> formats = new HashSet<>();
      for (PredictorCodec c : cs) {
        if (!formats.add(c.format())) {
          throw new IllegalStateException("two codecs share the format " + c.format());
        }
      }
      // opened only now, so that a bad configuration never creates the directory
      RegistryStore s =
          given != null
              ? given
              : FileSystemRegistryStore.open(
                  Objects.requireNonNull(dir, "exactly one of directory and store is set"));
      return new ModelRegistry(s, clock, cs);
    }
  }

  /**
   * What opening the registry repaired (leftovers of crashed writes removed, torn log lines cut).
   *
   * @return the report of the open
   */
  public RegistryReport openReport() {
    return openReport;
  }

  /**
   * The store behind this registry.
   *
   * @return the store
   */
  public RegistryStore store() {
    return store;
  }

  // ------------------------------------------------------------------ register

  /**
   * Registers a new version: encodes the model (unless already encoded), stores its parts and
   * attachments once each, and appends the version with the next number of its name. Nothing is
   * visible until the whole version is: a failure at any point leaves no version behind.
   *
   * @param registration the model and its provenance
   * @return the new version
   * @throws IllegalArgumentException if no codec supports the predictor, a codec wrote an invalid
   *     part name, or the parent or a member does not exist
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  public ModelVersion register(Registration registration) {
    String name = registration.name();
    String format;
    Map<String, byte[]> parts;
    if (registration.predictor().isPresent()) {
      Predictor p = registration.predictor().get();
      PredictorCodec codec = codecFor(p);
      format = codec.format();
      parts = Registration.copyParts(codec.encode(p), format);
    } else {
      format = registration.format().orElseThrow();
      parts = registration.encodedParts();
    }
    if (registration.parent().isPresent()) {
      int parent = registration.parent().getAsInt();
      if (find(name, parent).isEmpty()) {
        throw new IllegalArgumentException(
            "parent " + name + " v" + parent + " is not in registry " + store.location());
      }
    }
    for (ModelRef m : registration.members()) {
      if (find(m.name(), m.version()).isEmpty()) {
        throw new IllegalArgumentException(
            "member " + m + " is not in registry " + store.location());
      }
    }
    List<ArtifactPart> recorded = new ArrayList<>();
    Map<Fingerprint, byte[]> blobs = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      Fingerprint sha = sha256(e.getValue());
      recorded.add(new ArtifactPart(e.getKey(), sha, e.getValue().length));
      blobs.put(sha, e.getValue());
    }
    Artifact artifact = new Artifact(format, recorded);
    List<Attachment> attachments = new ArrayList<>();
    for (Map.Entry<String, Registration.PendingAttachment> e :
        registration.pendingAttachments().entrySet()) {
      byte[] bytes = e.getValue().bytes();
      Fingerprint sha = sha256(bytes);
      attachments.add(new Attachment(e.getKey(), e.getValue().mediaType(), sha, bytes.length));
      blobs.put(sha, bytes);
    }
    return store.append(
        name,
        blobs,
        n ->
            new ModelVersion(
                name,
                n,
                registration.parent(),
                clock.instant(),
                artifact,
                registration.members(),
                registration.trainingData(),
                registration.evaluationData(),
                registration.runRecord(),
                registration.metrics(),
                registration.tags(),
                attachments,
                VersionStatus.REGISTERED));
  }

  private PredictorCodec codecFor(Predictor p) {
    for (PredictorCodec c : codecs) {
      if (c.supports(p)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "no codec supports " + p.getClass().getName() + "; codecs: " + formats());
  }

  private List<String> formats() {
    List<String> out = new ArrayList<>();
    for (PredictorCodec c : codecs) {
      out.add(c.format());
    }
    return out;
  }

  /**
   * The SHA-256 of some bytes: the address under which a store keeps them as a blob, and the
   * checksum the registry verifies on every read. Store implementations and their tests use it to
   * address blobs the way the registry does.
   *
   * @param bytes the bytes
   * @return their SHA-256
   */
  public static Fingerprint sha256(byte[] bytes) {
    try {
      return Fingerprint.ofDigest(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  // ------------------------------------------------------------------ look-ups

  /**
   * One version.
   *
   * @param name the model name
   * @param version the version number
   * @return the version, or empty if it does not exist
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   * @throws CorruptArtifactException if it exists but its manifest cannot be read
   */
  public Optional<ModelVersion> find(String name, int version) {
    RegistryNames.require("model name", name);
    if (version < 1) {
      return Optional.empty();
    }
    Optional<ModelVersion> v = store.read(name, version);
    if (v.isEmpty()) {
      return v;
    }
    return Optional.of(
        v.get()
            .withStatus(
                statuses(store.events(name)).getOrDefault(version, VersionStatus.REGISTERED)));
  }

  /**
   * One version that must exist.
   *
   * @param name the model name
   * @param version the version number
   * @return the version
   * @throws ModelNotFoundException if it does not exist
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   * @throws CorruptArtifactException if its manifest cannot be read
   */
  public ModelVersion get(String name, int version) {
    return find(name, version)
        .orElseThrow(
            () ->
                new ModelNotFoundException(
                    name + " v" + version + " is not in registry " + store.location()));
  }

  /**
   * Every version of a name, oldest first; versions whose manifest cannot be read are left out (and
   * reported by {@link #verify()}).
   *
   * @param name the model name
   * @return the versions, empty for an unknown name
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   */
  public List<ModelVersion> list(String name) {
    RegistryNames.require("model name", name);
    List<ModelVersion> raw = store.list(name);
    Map<Integer, VersionStatus> statuses = statuses(store.events(name));
    if (statuses.isEmpty()) {
      return raw;
    }
    List<ModelVersion> out = new ArrayList<>(raw.size());
    for (ModelVersion v : raw) {
      VersionStatus s = statuses.get(v.version());
      out.add(s == null ? v : v.withStatus(s));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The names of every model in the registry, sorted.
   *
   * @return the names
   */
  public List<String> names() {
    return store.names();
  }

  /**
   * The newest version of a name.
   *
   * @param name the model name
   * @return the version with the highest number, or empty for an unknown name
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   * @throws CorruptArtifactException if its manifest cannot be read
   */
  public Optional<ModelVersion> latest(String name) {
    RegistryNames.require("model name", name);
    int n = store.highestVersion(name);
    return n == 0 ? Optional.empty() : find(name, n);
  }

  /**
   * The version an alias points at.
   *
   * @param name the model name
   * @param alias the alias, e.g. {@link #CHAMPION}
   * @return the version, or empty if the alias is not set
   * @throws IllegalArgumentException if a name breaks {@link RegistryNames#NAME}
   * @throws CorruptArtifactException if the version's manifest cannot be read
   */
  public Optional<ModelVersion> alias(String name, String alias) {
    RegistryNames.require("model name", name);
    RegistryNames.require("alias", alias);
    Integer target = aliases(name).get(alias);
    return target == null ? Optional.empty() : find(name, target);
  }

  /**
   * Every alias of a name and the version it points at.
   *
   * @param name the model name
   * @return alias to version number, sorted by alias
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   */
  public Map<String, Integer> aliases(String name) {
    RegistryNames.require("model name", name);
    Map<String, Integer> out = new TreeMap<>();
    for (RegistryEvent e : store.events(name)) {
      if (e instanceof AliasMove m) {
        out.put(m.alias(), m.to());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  // ------------------------------------------------------------------ aliases and status

  /**
   * Points an alias at a version and records the move in the audit log.
   *
   * @param name the model name
   * @param alias the alias
   * @param version the version to point at
   * @param reason why, for the audit log
   * @return the audit entry
   * @throws IllegalArgumentException if a name breaks {@link RegistryNames#NAME} or the reason is
   *     blank
   * @throws ModelNotFoundException if the version does not exist
   * @throws IllegalStateException if the version is {@link VersionStatus#ARCHIVED}
   */
  public AliasMove setAlias(String name, String alias, int version, String reason) {
    return move(name, alias, version, reason, AliasMove.Action.SET);
  }

  /**
   * Makes a version the {@link #CHAMPION}; the previous champion is noted in the audit entry.
   *
   * @param name the model name
   * @param version the new champion
   * @param reason why, for the audit log
   * @return the audit entry
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME} or the reason is
   *     blank
   * @throws ModelNotFoundException if the version does not exist
   * @throws IllegalStateException if the version is {@link VersionStatus#ARCHIVED}
   */
  public AliasMove promote(String name, int version, String reason) {
    return move(name, CHAMPION, version, reason, AliasMove.Action.PROMOTE);
  }

  /**
   * Moves {@link #CHAMPION} back to the version it pointed at before its latest forward move; each
   * further rollback goes one more step back.
   *
   * @param name the model name
   * @param reason why, for the audit log
   * @return the audit entry
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME} or the reason is
   *     blank
   * @throws IllegalStateException if the champion has no earlier target to return to
   */
  public AliasMove rollback(String name, String reason) {
    RegistryNames.require("model name", name);
    RegistryEvent.requireReason(reason);
    return (AliasMove)
        store.appendEvent(
            name,
            state -> {
              Deque<Integer> stack = new ArrayDeque<>();
              for (RegistryEvent e : state.events()) {
                if (e instanceof AliasMove m && m.alias().equals(CHAMPION)) {
                  if (m.action() == AliasMove.Action.ROLLBACK) {
                    stack.pop();
                  } else {
                    stack.push(m.to());
                  }
                }
              }
              if (stack.size() < 2) {
                throw new IllegalStateException(
                    "the champion of "
                        + name
                        + " has no earlier version to roll back to"
                        + (stack.isEmpty()
                            ? " (it is not set)"
                            : " (it is v" + stack.peek() + ")"));
              }
              int current = stack.pop();
              return new AliasMove(
                  name,
                  CHAMPION,
                  OptionalInt.of(current),
                  stack.peek(),
                  clock.instant(),
                  reason,
                  AliasMove.Action.ROLLBACK);
            });
  }

  private AliasMove move(
      String name, String alias, int version, String reason, AliasMove.Action action) {
    RegistryNames.require("alias", alias);
    RegistryEvent.requireReason(reason);
    ModelVersion target = get(name, version);
    if (target.status() == VersionStatus.ARCHIVED) {
      throw new IllegalStateException(
          "cannot point " + alias + " at " + target.ref() + ": it is archived");
    }
    return (AliasMove)
        store.appendEvent(
            name,
            state -> {
              OptionalInt from = OptionalInt.empty();
              for (RegistryEvent e : state.events()) {
                if (e instanceof AliasMove m && m.alias().equals(alias)) {
                  from = OptionalInt.of(m.to());
                }
              }
              return new AliasMove(name, alias, from, version, clock.instant(), reason, action);
            });
  }

  /**
   * Changes a version's status and records it in the audit log.
   *
   * @param name the model name
   * @param version the version
   * @param status the new status
   * @param reason why, for the audit log
   * @return the audit entry
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME} or the reason is
   *     blank
   * @throws ModelNotFoundException if the version does not exist
   */
  public StatusChange setStatus(String name, int version, VersionStatus status, String reason) {
    Objects.requireNonNull(status, "status");
    RegistryEvent.requireReason(reason);
    get(name, version);
    return (StatusChange)
        store.appendEvent(
            name,
            state -> {
              VersionStatus from =
                  statuses(state.events()).getOrDefault(version, VersionStatus.REGISTERED);
              return new StatusChange(name, version, from, status, clock.instant(), reason);
            });
  }

  private static Map<Integer, VersionStatus> statuses(List<RegistryEvent> events) {
    Map<Integer, VersionStatus> out = new HashMap<>();
    for (RegistryEvent e : events) {
      if (e instanceof StatusChange s) {
        out.put(s.version(), s.to());
      }
    }
    return out;
  }

  /**
   * Every move of an alias, oldest first.
   *
   * @param name the model name
   * @param alias the alias
   * @return the moves
   * @throws IllegalArgumentException if a name breaks {@link RegistryNames#NAME}
   */
  public List<AliasMove> history(String name, String alias) {
    RegistryNames.require("model name", name);
    RegistryNames.require("alias", alias);
    List<AliasMove> out = new ArrayList<>();
    for (RegistryEvent e : store.events(name)) {
      if (e instanceof AliasMove m && m.alias().equals(alias)) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The whole audit log of a name: alias moves and status changes, oldest first.
   *
   * @param name the model name
   * @return the events
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   */
  public List<RegistryEvent> auditLog(String name) {
    RegistryNames.require("model name", name);
    return store.events(name);
  }

  // ------------------------------------------------------------------ lineage and diff

  /**
   * The chain of parents of a version: the version itself first, then its parent, its parent's
   * parent, and so on.
   *
   * @param name the model name
   * @param version the version
   * @return the chain, never empty
   * @throws ModelNotFoundException if the version or a parent does not exist
   */
  public List<ModelVersion> lineage(String name, int version) {
    List<ModelVersion> out = new ArrayList<>();
    ModelVersion v = get(name, version);
    out.add(v);
    while (v.parent().isPresent()) {
      v = get(name, v.parent().getAsInt());
      out.add(v);
    }
    return List.copyOf(out);
  }

  /**
   * What differs between two versions of a name: run-record configuration, fingerprints (of data,
   * parts and attachments), metrics, members and tags.
   *
   * @param name the model name
   * @param v1 the first version
   * @param v2 the second version
   * @return the differences
   * @throws ModelNotFoundException if a version does not exist
   */
  public VersionDiff diff(String name, int v1, int v2) {
    ModelVersion a = get(name, v1);
    ModelVersion b = get(name, v2);
    List<VersionDiff.Change> configuration = new ArrayList<>();
    compare("artifact.format", a.artifact().format(), b.artifact().format(), configuration);
    diffMaps(flatten(a.runRecord()), flatten(b.runRecord()), "run_record.", configuration);
    List<VersionDiff.Change> fingerprints = new ArrayList<>();
    compare(
        "training_data",
        a.trainingData().map(Fingerprint::hex).orElse(null),
        b.trainingData().map(Fingerprint::hex).orElse(null),
        fingerprints);
    compare(
        "evaluation_data",
        a.evaluationData().map(Fingerprint::hex).orElse(null),
        b.evaluationData().map(Fingerprint::hex).orElse(null),
        fingerprints);
    diffMaps(parts(a), parts(b), "part:", fingerprints);
    diffMaps(attachments(a), attachments(b), "attachment:", fingerprints);
    List<VersionDiff.MetricChange> metrics = new ArrayList<>();
    for (String m : union(a.metrics().keySet(), b.metrics().keySet())) {
      Double x = a.metrics().get(m);
      Double y = b.metrics().get(m);
      if (!Objects.equals(x, y)) {
        metrics.add(
            new VersionDiff.MetricChange(
                m,
                x == null ? OptionalDouble.empty() : OptionalDouble.of(x),
                y == null ? OptionalDouble.empty() : OptionalDouble.of(y)));
      }
    }
    List<VersionDiff.Change> members = new ArrayList<>();
    diffMaps(members(a), members(b), "", members);
    List<VersionDiff.Change> tags = new ArrayList<>();
    diffMaps(a.tags(), b.tags(), "", tags);
    return new VersionDiff(a.ref(), b.ref(), configuration, fingerprints, metrics, members, tags);
  }

  private static Map<String, String> parts(ModelVersion v) {
    Map<String, String> out = new TreeMap<>();
    for (ArtifactPart p : v.artifact().parts()) {
      out.put(p.name(), p.sha256().hex());
    }
    return out;
  }

  private static Map<String, String> attachments(ModelVersion v) {
    Map<String, String> out = new TreeMap<>();
    for (Attachment x : v.attachments()) {
      out.put(x.name(), x.sha256().hex());
    }
    return out;
  }

  private static Map<String, String> members(ModelVersion v) {
    Map<String, String> out = new TreeMap<>();
    for (ModelRef m : v.members()) {
      out.merge(m.name(), "v" + m.version(), (x, y) -> x + "," + y);
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  private static void diffMaps(
      Map<String, String> a, Map<String, String> b, String prefix, List<VersionDiff.Change> out) {
    for (String k : union(a.keySet(), b.keySet())) {
      compare(prefix + k, a.get(k), b.get(k), out);
    }
  }

  private static void compare(
      String key, @Nullable String a, @Nullable String b, List<VersionDiff.Change> out) {
    if (!Objects.equals(a, b)) {
      out.add(new VersionDiff.Change(key, Optional.ofNullable(a), Optional.ofNullable(b)));
    }
  }

  /** Flattens a run record into path to scalar text: {@code stages[0].configuration.epochs}. */
  private static Map<String, String> flatten(Optional<String> json) {
    Map<String, String> out = new TreeMap<>();
    json.ifPresent(j -> flatten("", RegistryJson.parse(j), out));
    return out;
  }

  private static void flatten(String path, JsonNode n, Map<String, String> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        flatten(path + "[" + i + "]", n.get(i), out);
      }
    } else {
      out.put(path, n.isTextual() ? n.textValue() : n.toString());
    }
  }

  // ------------------------------------------------------------------ load and verify

  /**
   * Loads a version's predictor: reads every part, checks its SHA-256 against the manifest, then
   * decodes it with the codec of the recorded format.
   *
   * @param name the model name
   * @param version the version
   * @return the predictor
   * @throws ModelNotFoundException if the version does not exist
   * @throws CorruptArtifactException if a part is missing or its SHA-256 differs from the manifest
   *     (naming the file and both hashes), or the manifest cannot be read
   * @throws IllegalStateException if no codec of the recorded format is configured
   * @throws org.leanml.core.LeanMlException if the codec refuses the parts (e.g. a model class that
   *     is not allowed)
   */
  public Predictor load(String name, int version) {
    ModelVersion v = get(name, version);
    PredictorCodec codec = null;
    for (PredictorCodec c : codecs) {
      if (c.format().equals(v.artifact().format())) {
        codec = c;
      }
    }
    if (codec == null) {
      throw new IllegalStateException(
          v.ref()
              + " is stored as "
              + v.artifact().format()
              + " but no codec of that format is configured; codecs: "
              + formats());
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (ArtifactPart p : v.artifact().parts()) {
      parts.put(p.name(), readPart(v, p));
    }
    return codec.decode(parts);
  }

  /**
   * Loads the version an alias points at.
   *
   * @param name the model name
   * @param alias the alias, e.g. {@link #CHAMPION}
   * @return the predictor
   * @throws ModelNotFoundException if the alias is not set
   * @throws CorruptArtifactException if a part is missing or corrupt
   * @throws IllegalStateException if no codec of the recorded format is configured
   */
  public Predictor load(String name, String alias) {
    RegistryNames.require("model name", name);
    Integer target = aliases(name).get(RegistryNames.require("alias", alias));
    if (target == null) {
      throw new ModelNotFoundException(
          "alias '" + alias + "' of " + name + " is not set in registry " + store.location());
    }
    return load(name, target);
  }

  private byte[] readPart(ModelVersion v, ArtifactPart p) {
    return readVerified("part " + p.name() + " of " + v.ref(), p.sha256());
  }

  private byte[] readVerified(String context, Fingerprint sha256) {
    String where = store.blobLocation(sha256);
    byte[] bytes =
        store
            .readBlob(sha256)
            .orElseThrow(
                () ->
                    new CorruptArtifactException(
                        where, context + ": blob file " + where + " is missing", null));
    Fingerprint actual = sha256(bytes);
    if (!actual.equals(sha256)) {
      throw new CorruptArtifactException(where, sha256.hex(), actual.hex(), context);
    }
    return bytes;
  }

  // ------------------------------------------------------------------ attachments

  /**
   * The bytes of an attachment of a version, read and checked against the SHA-256 its manifest
   * records, on every call.
   *
   * @param name the model name
   * @param version the version
   * @param attachmentName the attachment name, e.g. {@code drift-reference.lmds}
   * @return a fresh copy of the bytes
   * @throws IllegalArgumentException if the model name breaks {@link RegistryNames#NAME}
   * @throws ModelNotFoundException if the version does not exist
   * @throws AttachmentNotFoundException if the version has no attachment of that name (the message
   *     lists the ones it has)
   * @throws CorruptArtifactException if the blob is missing or its SHA-256 differs from the
   *     manifest (naming the file and both hashes), or the manifest cannot be read
   */
  public byte[] attachment(String name, int version, String attachmentName) {
    ModelVersion v = get(name, version);
    Attachment a =
        v.attachment(attachmentName)
            .orElseThrow(
                () ->
                    new AttachmentNotFoundException(v.ref(), attachmentName, v.attachmentNames()));
    return readVerified("attachment " + a.name() + " of " + v.ref(), a.sha256());
  }

  /**
   * The bytes of an attachment of a version; see {@link #attachment(String, int, String)}.
   *
   * @param ref the version
   * @param attachmentName the attachment name
   * @return a fresh copy of the bytes
   * @throws ModelNotFoundException if the version does not exist
   * @throws AttachmentNotFoundException if the version has no attachment of that name
   * @throws CorruptArtifactException if the blob is missing or does not match the manifest
   */
  public byte[] attachment(ModelRef ref, String attachmentName) {
    return attachment(ref.name(), ref.version(), attachmentName);
  }

  /**
   * Checks the whole registry and changes nothing: the store's own checks (manifests, version
   * numbering, logs), every artifact part and attachment present with its recorded SHA-256, and
   * every parent, member, alias and status pointing at an existing version.
   *
   * @return every problem found; {@link RegistryReport#isClean()} if none
   */
  public RegistryReport verify() {
    RegistryReport storeReport = store.verify();
    List<RegistryReport.Problem> problems = new ArrayList<>();
    Map<Fingerprint, String> checked = new HashMap<>();
    for (String name : store.names()) {
      List<ModelVersion> versions = store.list(name);
      Set<Integer> present = new HashSet<>();
      for (ModelVersion v : versions) {
        present.add(v.version());
      }
      for (ModelVersion v : versions) {
        for (ArtifactPart p : v.artifact().parts()) {
          verifyBlob("part " + p.name() + " of " + v.ref(), p.sha256(), checked, problems);
        }
        for (Attachment a : v.attachments()) {
          verifyBlob("attachment " + a.name() + " of " + v.ref(), a.sha256(), checked, problems);
        }
        if (v.parent().isPresent() && !present.contains(v.parent().getAsInt())) {
          problems.add(
              new RegistryReport.Problem(
                  RegistryReport.Kind.BROKEN_REFERENCE,
                  v.ref().toString(),
                  "parent v" + v.parent().getAsInt() + " is not in the registry"));
        }
        for (ModelRef m : v.members()) {
          if (store.read(m.name(), m.version()).isEmpty()) {
            problems.add(
                new RegistryReport.Problem(
                    RegistryReport.Kind.BROKEN_REFERENCE,
                    v.ref().toString(),
                    "member " + m + " is not in the registry"));
          }
        }
      }
      List<RegistryEvent> events;
      try {
        events = store.events(name);
      } catch (CorruptArtifactException | UnknownFormatVersionException e) {
        continue; // reported by the store's own check
      }
      int highest = store.highestVersion(name);
      for (RegistryEvent e : events) {
        int target = e instanceof AliasMove m ? m.to() : ((StatusChange) e).version();
        if (target > highest) {
          problems.add(
              new RegistryReport.Problem(
                  RegistryReport.Kind.BROKEN_REFERENCE,
                  name,
                  "audit entry at "
                      + e.time()
                      + " points at v"
                      + target
                      + ", which does not exist"));
        }
      }
    }
    return storeReport.and(new RegistryReport(problems, List.of(), List.of()));
  }

  private void verifyBlob(
      String what,
      Fingerprint sha256,
      Map<Fingerprint, String> checked,
      List<RegistryReport.Problem> problems) {
    String where = store.blobLocation(sha256);
    String verdict = checked.get(sha256);
    if (verdict == null) {
      Optional<byte[]> bytes = store.readBlob(sha256);
      if (bytes.isEmpty()) {
        verdict = "missing";
      } else {
        Fingerprint actual = sha256(bytes.get());
        verdict = actual.equals(sha256) ? "" : actual.hex();
      }
      checked.put(sha256, verdict);
    }
    if (verdict.equals("missing")) {
      problems.add(
          new RegistryReport.Problem(
              RegistryReport.Kind.MISSING_BLOB,
              where,
              what + ": blob file " + where + " is missing"));
    } else if (!verdict.isEmpty()) {
      problems.add(
          new RegistryReport.Problem(
              RegistryReport.Kind.CORRUPT_BLOB,
              where,
              what
                  + ": file has SHA-256 "
                  + verdict
                  + " but the manifest records "
                  + sha256.hex()));
    }
  }

  /** Closes the store. */
  @Override
  public void close() {
    store.close();
  }
}
