package org.leanml.ensemble;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;

/**
 * One member of an {@link Ensemble}: a name, the fitted feature extraction it applies to the
 * ensemble's shared input (a {@link ColumnProjection}, or derived features), a trained {@link
 * Predictor} over the extraction's output, and its {@link Provenance}. Immutable.
 *
 * <p>The member's {@link #fingerprint()} covers the extraction's state fingerprint, the predictor's
 * encoded bytes (through the installed {@link PredictorCodec} that supports it) and the provenance;
 * equal fingerprints mean byte-identical members.
 */
public final class SubModel {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final String name;
  private final FittedFeatures features;
  private final Predictor predictor;
  private final Provenance provenance;
  private volatile @Nullable Fingerprint fingerprint;

  private SubModel(
      String name, FittedFeatures features, Predictor predictor, Provenance provenance) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "sub-model name must match " + NAME.pattern() + " but was '" + name + "'");
    }
    this.name = name;
    this.features = Objects.requireNonNull(features, "features");
    this.predictor = Objects.requireNonNull(predictor, "predictor");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    java.util.List<String> problems =
        features.produces().incompatibilitiesWith(predictor.inputContract());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "sub-model '" + name + "': its features do not feed its predictor: " + problems);
    }
  }

  /**
   * A sub-model.
   *
   * @param name the member's name, unique in its ensemble ({@code [A-Za-z0-9][A-Za-z0-9._-]*}, so
   *     it can name stored parts)
   * @param features the fitted feature extraction applied to the shared input
   * @param predictor the trained predictor, reading the extraction's output
   * @param provenance where the member came from
   * @return the sub-model
   * @throws IllegalArgumentException if the name is malformed or the extraction does not produce
   *     what the predictor reads
   * @throws NullPointerException if an argument is null
   */
  public static SubModel of(
      String name, FittedFeatures features, Predictor predictor, Provenance provenance) {
    return new SubModel(name, features, predictor, provenance);
  }

  /**
   * A sub-model that reads some shared columns unchanged: a {@link ColumnProjection} of the
   * predictor's own input contract.
   *
   * @param name the member's name
   * @param predictor the trained predictor
   * @param provenance where the member came from
   * @return the sub-model
   * @throws IllegalArgumentException if the name is malformed or the predictor reads no column
   */
  public static SubModel projecting(String name, Predictor predictor, Provenance provenance) {
    return new SubModel(
        name, ColumnProjection.of(predictor.inputContract()), predictor, provenance);
  }

  /**
   * The member's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The fitted feature extraction applied to the shared input.
   *
   * @return the extraction
   */
  public FittedFeatures features() {
    return features;
  }

  /**
   * The shared-input columns this member reads.
   *
   * @return the extraction's required contract
   */
  public InputContract requires() {
    return features.requires();
  }

  /**
   * The trained predictor.
   *
   * @return the predictor
   */
  public Predictor predictor() {
    return predictor;
  }

  /**
   * Where the member came from.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The codec that encodes this member's predictor.
   *
   * @return the first installed codec supporting it
   * @throws IllegalStateException if no installed codec supports the predictor, naming the member
   */
  public PredictorCodec codec() {
    return PredictorCodecs.supporting(predictor)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "sub-model '"
                        + name
                        + "': no installed PredictorCodec supports its predictor "
                        + predictor.getClass().getName()));
  }

  /**
   * The member's fingerprint: its name, its extraction's state fingerprint, its predictor's encoded
   * parts and its provenance. Computed once.
   *
   * @return the fingerprint
   * @throws IllegalStateException if no installed codec supports the predictor
   */
  public Fingerprint fingerprint() {
    Fingerprint f = fingerprint;
    if (f == null) {
      PredictorCodec codec = codec();
      f =
          fingerprintOf(
              name,
              features.stateFingerprint(),
              codec.format(),
              codec.encode(predictor),
              provenance);
      fingerprint = f;
    }
    return f;
  }

  /**
   * The fingerprint of a member from its stored pieces; {@link #fingerprint()} of the decoded
   * member equals it when the codec round-trips exactly.
   *
   * @param name the member's name
   * @param featureState the extraction's state fingerprint
   * @param format the predictor codec's format
   * @param parts the predictor's encoded parts
   * @param provenance the provenance
   * @return the fingerprint
   */
  public static Fingerprint fingerprintOf(
      String name,
      Fingerprint featureState,
      String format,
      Map<String, byte[]> parts,
      Provenance provenance) {
    Fingerprinter f = Fingerprinter.forDomain("leanml.ensemble.member.v1");
    f.putString(name);
    f.putFingerprint(featureState);
    f.putString(format);
    TreeMap<String, byte[]> sorted = new TreeMap<>(parts);
    f.putInt(sorted.size());
    sorted.forEach(
        (part, bytes) -> {
          f.putString(part);
          f.putInt(bytes.length);
          f.putBytes(bytes);
        });
    provenance.putInto(f);
    return f.finish();
  }

  /**
   * This member with its predictor replaced by the decoded form of its own encoding, repeated until
   * encoding is a fixed point. Some Tribuo models (trees) encode to other bytes after their first
   * round trip through protobuf while predicting identically; a canonical member encodes to the
   * same bytes before and after storage, so its fingerprint survives save and load and a registry
   * stores it once. Trainers return canonical members.
   *
   * @return a canonical sub-model (this one if it already is)
   * @throws IllegalStateException if no installed codec supports the predictor, or encoding does
   *     not settle within three round trips
   */
  public SubModel canonical() {
    PredictorCodec codec = codec();
    Map<String, byte[]> parts = codec.encode(predictor);
    Predictor current = predictor;
    for (int round = 0; round < 3; round++) {
      Predictor decoded = codec.decode(parts);
      Map<String, byte[]> again = codec.encode(decoded);
      if (sameParts(parts, again)) {
        return current == predictor ? this : new SubModel(name, features, current, provenance);
      }
      current = decoded;
      parts = again;
    }
    throw new IllegalStateException(
        "sub-model '" + name + "': encoding with " + codec.format() + " does not settle");
  }

  private static boolean sameParts(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : a.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * This member under another name (same extraction, predictor and provenance).
   *
   * @param newName the new name
   * @return a new sub-model
   * @throws IllegalArgumentException if the name is malformed
   */
  public SubModel renamed(String newName) {
    return new SubModel(newName, features, predictor, provenance);
  }

  @Override
  public String toString() {
    return "SubModel[" + name + ", reads " + features.requires().names() + "]";
  }
}
