package org.leanml.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * One registered version of a model: everything needed to reproduce, audit, compare and load it.
 * Immutable; the manifest holds every field but {@link #status()}, which the registry applies from
 * its event log.
 *
 * @param name the model name
 * @param version the version number: 1, 2, 3 … per name, gapless, never reused
 * @param parent the version this one was derived from (same name), if any
 * @param created when it was registered, from the registry's {@link java.time.Clock}
 * @param artifact the stored model: codec format and content-addressed parts
 * @param members the registered versions an ensemble is built from; empty for a single model
 * @param trainingData the fingerprint of the training data, if recorded
 * @param evaluationData the fingerprint of the frozen evaluation set, if recorded
 * @param runRecord the pipeline run record as compact JSON text (stages, configuration, code
 *     version), if recorded; the registry stores it opaquely
 * @param metrics metric name to value, sorted by name
 * @param tags free-form tags, sorted by key
 * @param attachments named files kept with the version (e.g. a drift reference summary), in the
 *     order they were given; empty if none
 * @param status the life-cycle state
 */
public record ModelVersion(
    String name,
    int version,
    OptionalInt parent,
    Instant created,
    Artifact artifact,
    List<ModelRef> members,
    Optional<Fingerprint> trainingData,
    Optional<Fingerprint> evaluationData,
    Optional<String> runRecord,
    Map<String, Double> metrics,
    Map<String, String> tags,
    List<Attachment> attachments,
    VersionStatus status) {

  /**
   * Validates and copies.
   *
   * @param name the model name
   * @param version the version number: 1, 2, 3 … per name, gapless, never reused
   * @param parent the version this one was derived from (same name), if any
   * @param created when it was registered, from the registry's {@link java.time.Clock}
   * @param artifact the stored model: codec format and content-addressed parts
   * @param members the registered versions an ensemble is built from; empty for a single model
   * @param trainingData the fingerprint of the training data, if recorded
   * @param evaluationData the fingerprint of the frozen evaluation set, if recorded
   * @param runRecord the pipeline run record as compact JSON text (stages, configuration, code
   *     version), if recorded; the registry stores it opaquely
   * @param metrics metric name to value, sorted by name
   * @param tags free-form tags, sorted by key
   * @param attachments named files kept with the version (e.g. a drift reference summary), in the
   *     order they were given; empty if none
   * @param status the life-cycle state
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}, the version is
   *     below 1, the parent is not below the version, a member repeats, a metric is not finite, a
   *     metric or tag key is blank, or an attachment name repeats
   * @throws NullPointerException if a field or a tag value is null
   */
  public ModelVersion {
    RegistryNames.require("model name", name);
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1 but was " + version);
    }
    Objects.requireNonNull(parent, "parent");
    if (parent.isPresent() && (parent.getAsInt() < 1 || parent.getAsInt() >= version)) {
      throw new IllegalArgumentException(
          "parent of "
              + name
              + " v"
              + version
              + " must be an earlier version but was "
              + parent.getAsInt());
    }
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(artifact, "artifact");
    members = List.copyOf(members);
    if (new HashSet<>(members).size() != members.size()) {
      throw new IllegalArgumentException("members repeat: " + members);
    }
    Objects.requireNonNull(trainingData, "trainingData");
    Objects.requireNonNull(evaluationData, "evaluationData");
    Objects.requireNonNull(runRecord, "runRecord");
    metrics = copyMetrics(metrics);
    tags = copyTags(tags);
    attachments = List.copyOf(attachments);
    Set<String> seen = new HashSet<>();
    for (Attachment a : attachments) {
      if (!seen.add(a.name())) {
        throw new IllegalArgumentException(
            "attachment '" + a.name() + "' appears twice in " + name + " v" + version);
      }
    }
    Objects.requireNonNull(status, "status");
  }

  /**
   * A version without attachments: the form of every version written before attachments existed.
   *
   * @param name the model name
   * @param version the version number
   * @param parent the parent version, if any
   * @param created when it was registered
   * @param artifact the stored model
   * @param members the ensemble members
   * @param trainingData the training data's fingerprint, if recorded
   * @param evaluationData the evaluation set's fingerprint, if recorded
   * @param runRecord the run record as compact JSON, if recorded
   * @param metrics metric name to value
   * @param tags free-form tags
   * @param status the life-cycle state
   * @throws IllegalArgumentException as the canonical constructor
   * @throws NullPointerException if a field is null
   */
  public ModelVersion(
      String name,
      int version,
      OptionalInt parent,
      Instant created,
      Artifact artifact,
      List<ModelRef> members,
      Optional<Fingerprint> trainingData,
      Optional<Fingerprint> evaluationData,
      Optional<String> runRecord,
      Map<String, Double> metrics,
      Map<String, String> tags,
      VersionStatus status) {
    this(
        name,
        version,
        parent,
        created,
        artifact,
        members,
        trainingData,
        evaluationData,
        runRecord,
        metrics,
        tags,
        List.of(),
        status);
  }

  /**
   * The recorded attachment of a name.
   *
   * @param attachmentName the attachment name
   * @return its manifest entry, or empty if the version has none of that name
   */
  public Optional<Attachment> attachment(String attachmentName) {
    for (Attachment a : attachments) {
      if (a.name().equals(attachmentName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The names of the attachments, in manifest order.
   *
   * @return the names
   */
  public List<String> attachmentNames() {
    List<String> out = new ArrayList<>(attachments.size());
    for (Attachment a : attachments) {
      out.add(a.name());
    }
    return List.copyOf(out);
  }

  /**
   * This version's reference.
   *
   * @return name and version
   */
  public ModelRef ref() {
    return new ModelRef(name, version);
  }

  /**
   * A copy with another status.
   *
   * @param newStatus the status
   * @return the copy
   */
  public ModelVersion withStatus(VersionStatus newStatus) {
    return new ModelVersion(
        name,
        version,
        parent,
        created,
        artifact,
        members,
        trainingData,
        evaluationData,
        runRecord,
        metrics,
        tags,
        attachments,
        newStatus);
  }

  /**
   * A copy with other attachments, checked as the constructor checks them.
   *
   * @param newAttachments the attachments
   * @return the copy
   * @throws IllegalArgumentException if an attachment name appears twice
   */
  public ModelVersion withAttachments(List<Attachment> newAttachments) {
    return new ModelVersion(
        name,
        version,
        parent,
        created,
        artifact,
        members,
        trainingData,
        evaluationData,
        runRecord,
        metrics,
        tags,
        newAttachments,
        status);
  }

  static Map<String, Double> copyMetrics(Map<String, Double> metrics) {
    TreeMap<String, Double> out = new TreeMap<>();
    metrics.forEach(
        (k, v) -> {
          if (k == null || k.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank but was '" + k + "'");
          }
          if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException("metric '" + k + "' must be finite but was " + v);
          }
          out.put(k, v);
        });
    return Collections.unmodifiableMap(out);
  }

  static Map<String, String> copyTags(Map<String, String> tags) {
    TreeMap<String, String> out = new TreeMap<>();
    tags.forEach(
        (k, v) -> {
          if (k == null || k.isBlank()) {
            throw new IllegalArgumentException("tag key must not be blank but was '" + k + "'");
          }
          out.put(k, Objects.requireNonNull(v, () -> "tag '" + k + "' value"));
        });
    return Collections.unmodifiableMap(out);
  }
}
