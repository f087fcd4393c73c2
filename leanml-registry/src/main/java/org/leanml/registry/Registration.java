package org.leanml.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Predictor;

/**
 * What to register: the model (a {@link Predictor}, or parts already encoded by a codec) and its
 * provenance. Immutable; options are added with {@code with} methods.
 *
 * <pre>{@code
 * ModelVersion v = registry.register(
 *     Registration.of("churn", predictor)
 *         .withParent(3)
 *         .withTrainingData(Fingerprints.of(train))
 *         .withEvaluationData(Fingerprints.of(frozenEval))
 *         .withMetrics(Map.of("auc", 0.91))
 *         .withTags(Map.of("owner", "risk-team"))
 *         .withAttachment("notes.txt", "text/plain", notes));
 * }</pre>
 */
public final class Registration {
  private final String name;
  // a predictor to encode, or the format and parts already encoded: exactly one side is set
  private final @Nullable Predictor predictor;
  private final @Nullable String format;
  private final @Nullable Map<String, byte[]> parts;
  private final OptionalInt parent;
  private final List<ModelRef> members;
  private final Optional<Fingerprint> trainingData;
  private final Optional<Fingerprint> evaluationData;
  private final Optional<String> runRecord;
  private final Map<String, Double> metrics;
  private final Map<String, String> tags;
  private final Map<String, PendingAttachment> attachments;

  /**
   * An attachment given but not yet stored: its media type and a private copy of its bytes. A class
   * rather than a record, whose equals would compare the array by identity; it is never compared.
   */
  static final class PendingAttachment {
    private final String mediaType;
    private final byte[] bytes;

    PendingAttachment(String mediaType, byte[] bytes) {
      this.mediaType = mediaType;
      this.bytes = bytes;
    }

    String mediaType() {
      return mediaType;
    }

    /** The private copy itself, not a clone: the registry only reads it. */
    byte[] bytes() {
      return bytes;
    }
  }

  private Registration(Draft d) {
    this.name = d.name;
    this.predictor = d.predictor;
    this.format = d.format;
    this.parts = d.parts;
    this.parent = d.parent;
    this.members = d.members;
    this.trainingData = d.trainingData;
    this.evaluationData = d.evaluationData;
    this.runRecord = d.runRecord;
    this.metrics = d.metrics;
    this.tags = d.tags;
    this.attachments = d.attachments;
  }

  /** The fields of a registration being made: a new one's defaults, or a copy of another's. */
  private static final class Draft {
    String name;
    @Nullable Predictor predictor;
    @Nullable String format;
    @Nullable Map<String, byte[]> parts;
    OptionalInt parent = OptionalInt.empty();
    List<ModelRef> members = List.of();
    Optional<Fingerprint> trainingData = Optional.empty();
    Optional<Fingerprint> evaluationData = Optional.empty();
    Optional<String> runRecord = Optional.empty();
    Map<String, Double> metrics = Map.of();
    Map<String, String> tags = Map.of();
    Map<String, PendingAttachment> attachments = Map.of();

    Draft(String name) {
      this.name = name;
    }

    Draft(Registration r) {
      name = r.name;
      predictor = r.predictor;
      format = r.format;
      parts = r.parts;
      parent = r.parent;
      members = r.members;
      trainingData = r.trainingData;
      evaluationData = r.evaluationData;
      runRecord = r.runRecord;
      metrics = r.metrics;
      tags = r.tags;
      attachments = r.attachments;
    }

    Registration build() {
      return new Registration(this);
    }
  }

  /**
   * Registers a predictor, encoded by the registry's first codec that {@link
   * org.leanml.core.predict.PredictorCodec#supports supports} it.
   *
   * @param name the model name
   * @param predictor the predictor
   * @return the registration
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}
   * @throws NullPointerException if the predictor is null
   */
  public static Registration of(String name, Predictor predictor) {
    RegistryNames.require("model name", name);
    Objects.requireNonNull(predictor, "predictor");
    Draft d = new Draft(name);
    d.predictor = predictor;
    return d.build();
  }

  /**
   * Registers parts already encoded by a codec of the given format (e.g. by an ensemble codec that
   * wrote its manifest and members). The registry does not decode them until {@link
   * ModelRegistry#load}.
   *
   * @param name the model name
   * @param format the codec format that decodes the parts
   * @param parts part name to bytes; copied
   * @return the registration
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}, the format is
   *     blank, there is no part or a part name is invalid ({@link ArtifactPart#requireName})
   */
  public static Registration ofEncoded(String name, String format, Map<String, byte[]> parts) {
    RegistryNames.require("model name", name);
    if (format == null || format.isBlank()) {
      throw new IllegalArgumentException("format must not be blank but was '" + format + "'");
    }
    Draft d = new Draft(name);
    d.format = format;
    d.parts = copyParts(parts, format);
    return d.build();
  }

  static Map<String, byte[]> copyParts(Map<String, byte[]> parts, String format) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("artifact of format " + format + " has no part");
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    parts.forEach(
        (k, v) -> out.put(ArtifactPart.requireName(k), Objects.requireNonNull(v, k).clone()));
    return out;
  }

  /**
   * The version this one derives from (same name); it must exist when registering.
   *
   * @param version the parent version number
   * @return a copy with the parent
   * @throws IllegalArgumentException if the version is below 1
   */
  public Registration withParent(int version) {
    if (version < 1) {
      throw new IllegalArgumentException("parent must be >= 1 but was " + version);
    }
    Draft d = new Draft(this);
    d.parent = OptionalInt.of(version);
    return d.build();
  }

  /**
   * The registered versions an ensemble is built from; each must exist when registering.
   *
   * @param refs the members
   * @return a copy with the members
   * @throws IllegalArgumentException if a member repeats
   */
  public Registration withMembers(List<ModelRef> refs) {
    List<ModelRef> copy = List.copyOf(refs);
    if (new java.util.HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("members repeat: " + copy);
    }
    Draft d = new Draft(this);
    d.members = copy;
    return d.build();
  }

  /**
   * The training data's fingerprint.
   *
   * @param fingerprint e.g. {@code Fingerprints.of(train)}
   * @return a copy with it
   * @throws NullPointerException if it is null
   */
  public Registration withTrainingData(Fingerprint fingerprint) {
    Draft d = new Draft(this);
    d.trainingData = Optional.of(fingerprint);
    return d.build();
  }

  /**
   * The frozen evaluation set's fingerprint.
   *
   * @param fingerprint e.g. {@code Fingerprints.of(frozenEval)}
   * @return a copy with it
   * @throws NullPointerException if it is null
   */
  public Registration withEvaluationData(Fingerprint fingerprint) {
    Draft d = new Draft(this);
    d.evaluationData = Optional.of(fingerprint);
    return d.build();
  }

  /**
   * The pipeline run record (stages, configuration, code version) as JSON text. The registry stores
   * it opaquely, embedded in the manifest, and compares it field by field in {@link
   * ModelRegistry#diff}.
   *
   * @param json a JSON object
   * @return a copy with it, in compact form
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public Registration withRunRecord(String json) {
    String compact = RegistryJson.compact(RegistryJson.parse(json));
    Draft d = new Draft(this);
    d.runRecord = Optional.of(compact);
    return d.build();
  }

  /**
   * Metric values, replacing any given before.
   *
   * @param values metric name to finite value
   * @return a copy with them
   * @throws IllegalArgumentException if a name is blank or a value not finite
   */
  public Registration withMetrics(Map<String, Double> values) {
    Draft d = new Draft(this);
    d.metrics = ModelVersion.copyMetrics(values);
    return d.build();
  }

  /**
   * Free-form tags, replacing any given before.
   *
   * @param values tag key to value
   * @return a copy with them
   * @throws IllegalArgumentException if a key is blank
   * @throws NullPointerException if a value is null
   */
  public Registration withTags(Map<String, String> values) {
    Draft d = new Draft(this);
    d.tags = ModelVersion.copyTags(values);
    return d.build();
  }

  /**
   * A named file to keep with the version, such as the drift reference summary of its training
   * data. The bytes are stored as a content-addressed blob, written atomically with the version,
   * listed in its manifest (name, media type, size, SHA-256) and checked on every {@link
   * ModelRegistry#attachment read}. A version's attachments cannot be changed after registration.
   *
   * @param attachmentName the name, matching {@link RegistryNames#NAME} (e.g. {@code
   *     drift-reference.lmds})
   * @param mediaType what the bytes are, {@code type/subtype} (see {@link Attachment#MEDIA_TYPE})
   * @param bytes the content; copied
   * @return a copy with the attachment added after any given before
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}, the media type
   *     breaks {@link Attachment#MEDIA_TYPE}, or an attachment of that name was already given
   * @throws NullPointerException if the bytes are null
   */
  public Registration withAttachment(String attachmentName, String mediaType, byte[] bytes) {
    RegistryNames.require("attachment name", attachmentName);
    Attachment.requireMediaType(attachmentName, mediaType);
    Objects.requireNonNull(bytes, () -> "bytes of attachment '" + attachmentName + "'");
    if (attachments.containsKey(attachmentName)) {
      throw new IllegalArgumentException(
          "attachment '"
              + attachmentName
              + "' was already given to this registration of "
              + name
              + "; attachment names must be unique within a version");
    }
    Map<String, PendingAttachment> copy = new LinkedHashMap<>(attachments);
    copy.put(attachmentName, new PendingAttachment(mediaType, bytes.clone()));
    Draft d = new Draft(this);
    d.attachments = Collections.unmodifiableMap(copy);
    return d.build();
  }

  /**
   * The model name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The predictor to encode, if this registration holds one.
   *
   * @return the predictor, or empty for already-encoded parts
   */
  public Optional<Predictor> predictor() {
    return Optional.ofNullable(predictor);
  }

  /**
   * The format of already-encoded parts.
   *
   * @return the format, or empty when a predictor is to be encoded
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /** The already-encoded parts; only for a registration made by {@link #ofEncoded}. */
  Map<String, byte[]> encodedParts() {
    return Objects.requireNonNull(parts, "a registration of a predictor has no encoded parts");
  }

  /**
   * The parent version.
   *
   * @return the parent, if any
   */
  public OptionalInt parent() {
    return parent;
  }

  /**
   * The ensemble members.
   *
   * @return the members, empty for a single model
   */
  public List<ModelRef> members() {
    return members;
  }

  /**
   * The training data's fingerprint.
   *
   * @return the fingerprint, if given
   */
  public Optional<Fingerprint> trainingData() {
    return trainingData;
  }

  /**
   * The frozen evaluation set's fingerprint.
   *
   * @return the fingerprint, if given
   */
  public Optional<Fingerprint> evaluationData() {
    return evaluationData;
  }

  /**
   * The run record as compact JSON.
   *
   * @return the run record, if given
   */
  public Optional<String> runRecord() {
    return runRecord;
  }

  /**
   * The metrics, sorted by name.
   *
   * @return an unmodifiable map
   */
  public Map<String, Double> metrics() {
    return metrics;
  }

  /**
   * The tags, sorted by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> tags() {
    return tags;
  }

  /**
   * The names of the attachments given, in order.
   *
   * @return the names
   */
  public List<String> attachmentNames() {
    return List.copyOf(attachments.keySet());
  }

  Map<String, PendingAttachment> pendingAttachments() {
    return attachments;
  }
}
