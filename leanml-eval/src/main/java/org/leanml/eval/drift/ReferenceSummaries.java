package org.leanml.eval.drift;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.leanml.registry.AttachmentNotFoundException;
import org.leanml.registry.ModelRef;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;

/**
 * Stores a version's drift reference summary with the version in the model registry, and reads it
 * back, so that a monitor of a deployed version starts from the summary of the data the version was
 * trained on instead of recomputing it (or, worse, from whatever data is at hand).
 *
 * <pre>{@code
 * registry.register(ReferenceSummaries.attach(
 *     Registration.of("churn", model).withTrainingData(Fingerprints.of(train)),
 *     DataSummary.of(train.select(features))));
 * ...
 * DataSummary reference = ReferenceSummaries.load(registry, champion.ref());
 * DriftReport report = DriftDetector.withDefaults().compare(reference, DataSummary.of(window));
 * }</pre>
 *
 * <p>A summary keeps every numeric value; for large training data, attach {@link
 * DataSummary#ofSample a summary of a seeded row sample} to bound the attachment's size.
 *
 * <p>The summary is a registry attachment named {@value #ATTACHMENT} of media type {@value
 * #MEDIA_TYPE}, holding {@link DataSummary#write its stored format}. The registry checks its
 * SHA-256 on every read; {@link DataSummary#read} checks its magic and format version.
 */
public final class ReferenceSummaries {
  /** The attachment name the reference summary is stored under. */
  public static final String ATTACHMENT = "drift-reference.lmds";

  /** The media type of the attachment: {@link DataSummary}'s stored format. */
  public static final String MEDIA_TYPE = "application/vnd.leanml.data-summary";

  private ReferenceSummaries() {}

  /**
   * Adds the reference summary to a registration, as the attachment {@value #ATTACHMENT}.
   *
   * @param registration the version to register
   * @param reference the summary of the version's reference data (usually its training rows)
   * @return a copy of the registration with the summary attached
   * @throws IllegalArgumentException if the registration already has an attachment of that name
   * @throws NullPointerException if an argument is null
   */
  public static Registration attach(Registration registration, DataSummary reference) {
    Objects.requireNonNull(registration, "registration");
    return registration.withAttachment(ATTACHMENT, MEDIA_TYPE, toBytes(reference));
  }

  /**
   * The stored reference summary of a version.
   *
   * @param registry the registry
   * @param version the version
   * @return the summary, exactly as attached
   * @throws org.leanml.registry.ModelNotFoundException if the version does not exist
   * @throws AttachmentNotFoundException if the version was registered without a reference summary
   * @throws org.leanml.registry.CorruptArtifactException if the stored bytes do not match the
   *     SHA-256 in the version's manifest
   * @throws CorruptSummaryException if the bytes are not a summary this code can read
   */
  public static DataSummary load(ModelRegistry registry, ModelRef version) {
    return fromBytes(registry.attachment(version, ATTACHMENT), version);
  }

  /**
   * The stored reference summary of a version, if it has one.
   *
   * @param registry the registry
   * @param version the version
   * @return the summary, or empty if the version was registered without one
   * @throws org.leanml.registry.ModelNotFoundException if the version does not exist
   * @throws org.leanml.registry.CorruptArtifactException if the stored bytes do not match the
   *     SHA-256 in the version's manifest
   * @throws CorruptSummaryException if the bytes are not a summary this code can read
   */
  public static Optional<DataSummary> find(ModelRegistry registry, ModelRef version) {
    ModelVersion v = registry.get(version.name(), version.version());
    if (v.attachment(ATTACHMENT).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(load(registry, version));
  }

  static byte[] toBytes(DataSummary summary) {
    Objects.requireNonNull(summary, "summary");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      summary.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a summary to memory", e);
    }
    return out.toByteArray();
  }

  private static DataSummary fromBytes(byte[] bytes, ModelRef version) {
    try {
      return DataSummary.read(new ByteArrayInputStream(bytes));
    } catch (CorruptSummaryException e) {
      throw new CorruptSummaryException(
          "attachment " + ATTACHMENT + " of " + version + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a summary from memory", e);
    }
  }
}
