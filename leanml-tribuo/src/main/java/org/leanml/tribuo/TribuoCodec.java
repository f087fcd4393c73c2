package org.leanml.tribuo;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.leanml.core.LeanMlException;
import org.leanml.core.contract.Contracts;
import org.leanml.core.contract.ContractsJson;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;
import org.tribuo.Model;
import org.tribuo.protos.core.ModelProto;

/**
 * Stores a {@link TribuoPredictor} as format {@code "tribuo-protobuf/1"}: part {@value #MODEL_PART}
 * holds Tribuo's own protobuf {@code ModelProto} bytes ({@code model.serialize()}), part {@value
 * #CONTRACTS_PART} the contracts as canonical JSON ({@link ContractsJson}).
 *
 * <p>Security: {@link #decode} parses the protobuf envelope itself and checks the model class it
 * names against {@link #ALLOWED_MODEL_CLASSES} before Tribuo's deserializer, which instantiates the
 * named class reflectively, sees the bytes. Java serialization is never used.
 *
 * <p>Determinism: encoding one model twice gives byte-identical parts, and so does re-encoding a
 * decoded model (checked by tests); two separate trainings give different bytes because Tribuo
 * stamps its model provenance with the training time and host. See docs/design-decisions.md.
 */
public final class TribuoCodec implements PredictorCodec {
  /** The format identifier. */
  public static final String FORMAT = "tribuo-protobuf/1";

  /** The part holding Tribuo's {@code ModelProto} bytes. */
  public static final String MODEL_PART = "model.pb";

  /** The part holding the contracts as JSON. */
  public static final String CONTRACTS_PART = "contracts.json";

  /**
   * The Tribuo model classes {@link #decode} accepts: the pure-Java models LeanML's trainers
   * produce. Native-backed or externally loaded models (ONNX, TensorFlow, XGBoost, OCI) are not
   * among them.
   */
  public static final Set<String> ALLOWED_MODEL_CLASSES =
      Set.copyOf(
          new TreeSet<>(
              Set.of(
                  "org.tribuo.classification.sgd.linear.LinearSGDModel",
                  "org.tribuo.regression.sgd.linear.LinearSGDModel",
                  "org.tribuo.common.tree.TreeModel",
                  "org.tribuo.regression.rtree.IndependentRegressionTreeModel")));

  /** Creates the codec; it holds no state. */
  public TribuoCodec() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean supports(Predictor predictor) {
    return predictor instanceof TribuoPredictor;
  }

  /**
   * {@inheritDoc}
   *
   * @return {@value #CONTRACTS_PART} then {@value #MODEL_PART}
   */
  @Override
  public Map<String, byte[]> encode(Predictor predictor) {
    if (!(predictor instanceof TribuoPredictor p)) {
      throw new IllegalArgumentException(
          FORMAT + " encodes TribuoPredictors only, not " + predictor.getClass().getName());
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        CONTRACTS_PART, ContractsJson.toJson(new Contracts(p.inputContract(), p.outputContract())));
    parts.put(MODEL_PART, p.model().serialize().toByteArray());
    return parts;
  }

  /**
   * {@inheritDoc}
   *
   * @throws TribuoArtifactException if a part is missing or extra, the protobuf is malformed, or
   *     the model does not fit its contracts
   * @throws DisallowedModelClassException if the model class is not in {@link
   *     #ALLOWED_MODEL_CLASSES}
   * @throws org.leanml.core.contract.ContractFormatException if the contracts JSON is malformed
   */
  @Override
  public Predictor decode(Map<String, byte[]> parts) {
    if (!parts.keySet().equals(Set.of(MODEL_PART, CONTRACTS_PART))) {
      throw new TribuoArtifactException(
          FORMAT
              + " needs exactly the parts "
              + new TreeSet<>(Set.of(MODEL_PART, CONTRACTS_PART))
              + " but got "
              + new TreeSet<>(parts.keySet()));
    }
    Contracts contracts =
        ContractsJson.fromJson(
            Objects.requireNonNull(parts.get(CONTRACTS_PART), "the key set was checked above"));
    ModelProto proto;
    try {
      proto = ModelProto.parseFrom(parts.get(MODEL_PART));
    } catch (InvalidProtocolBufferException e) {
      throw new TribuoArtifactException(
          MODEL_PART + " is not a Tribuo ModelProto: " + e.getMessage(), e);
    }
    String className = proto.getClassName();
    if (!ALLOWED_MODEL_CLASSES.contains(className)) {
      throw new DisallowedModelClassException(className);
    }
    Model<?> model;
    try {
      model = Model.deserialize(proto);
    } catch (LeanMlException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new TribuoArtifactException(
          MODEL_PART + " holds a malformed " + className + ": " + e.getMessage(), e);
    }
    try {
      return TribuoPredictor.wrap(model, contracts.input(), contracts.output());
    } catch (IllegalArgumentException e) {
      throw new TribuoArtifactException(
          MODEL_PART + " does not fit " + CONTRACTS_PART + ": " + e.getMessage(), e);
    }
  }
}
