package org.leanml.tribuo;

import com.google.protobuf.InvalidProtocolBufferException;
import java.lang.reflect.Field;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.protos.ClassificationLinearSGDProto;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.util.VectorNormalizer;
import org.tribuo.protos.core.ModelProto;

/**
 * Scores one row of a Tribuo linear SGD classifier ({@code LinearSGDModel}, e.g. logistic
 * regression) without building a Tribuo example, feature vector or prediction map, with results
 * equal bit for bit to Tribuo's {@code predict}.
 *
 * <p>Design: Tribuo computes {@code W·x} (x the row's known features by feature id plus a bias of 1
 * in the last slot) by {@code DenseMatrix.leftMultiply}, which for each output adds the products in
 * ascending feature id; it then normalises the scores in place with the model's {@code
 * VectorNormalizer} (softmax for logistic regression). This class holds a copy of the weights, the
 * row slots in ascending feature id and the model's own normaliser (read from its protobuf form,
 * the only public way to it), and repeats those floating-point operations in the same order. Where
 * Tribuo would use a dense vector (the example holds as many features as the model knows), an
 * absent known feature adds {@code w·0.0}, as Tribuo's zero entry does; where it would use a sparse
 * one, absent features add nothing. Equality with Tribuo is asserted on every row in the tests.
 *
 * <p>Immutable and thread-safe; the only per-row allocation is the score array.
 */
final class LinearScorer {
  private final double[][] weights;

  /** The bias column: the last, after the model's known features. */
  private final int bias;

  private final int[] slotsById;
  private final int[] idsById;

  /** For each contract label, the model's output id, or -1. */
  private final int[] outputIds;

  private final VectorNormalizer normalizer;

  private LinearScorer(
      double[][] weights,
      int bias,
      int[] slotsById,
      int[] idsById,
      int[] outputIds,
      VectorNormalizer normalizer) {
    this.weights = weights;
    this.bias = bias;
    this.slotsById = slotsById;
    this.idsById = idsById;
    this.outputIds = outputIds;
    this.normalizer = normalizer;
  }

  /**
   * A scorer for {@code model} when it is exactly Tribuo's linear SGD classifier producing
   * probabilities; empty for every other model, which then predicts through Tribuo.
   */
  static Optional<LinearScorer> of(Model<?> model, FeatureLayout layout, String[] labelNames) {
    if (model.getClass() != LinearSGDModel.class || !model.generatesProbabilities()) {
      return Optional.empty();
    }
    LinearSGDModel linear = (LinearSGDModel) model;
    VectorNormalizer normalizer = normalizerOf(linear);
    if (normalizer == null) {
      return Optional.empty();
    }
    DenseMatrix w = linear.getWeightsCopy();
    ImmutableFeatureMap features = linear.getFeatureIDMap();
    int known = features.size();
    if (w.getDimension2Size() != known + 1) {
      return Optional.empty();
    }
    double[][] weights = new double[w.getDimension1Size()][known + 1];
    for (int i = 0; i < weights.length; i++) {
      for (int j = 0; j <= known; j++) {
        weights[i][j] = w.get(i, j);
      }
    }
    // The layout's sorted slots, reordered by the model's feature ids (ascending); unknown slots
    // are left out, as Tribuo drops features it does not know.
    int[] slotOfId = new int[known];
    java.util.Arrays.fill(slotOfId, -1);
    String[] names = layout.sortedNames();
    for (int s = 0; s < names.length; s++) {
      int id = features.getID(names[s]);
      if (id >= 0) {
        slotOfId[id] = s;
      }
    }
    int count = 0;
    for (int id = 0; id < known; id++) {
      if (slotOfId[id] >= 0) {
        count++;
      }
    }
    int[] slots = new int[count];
    int[] ids = new int[count];
    int k = 0;
    for (int id = 0; id < known; id++) {
      if (slotOfId[id] >= 0) {
        slots[k] = slotOfId[id];
        ids[k++] = id;
      }
    }
    @SuppressWarnings("unchecked")
    ImmutableOutputInfo<Label> info = (ImmutableOutputInfo<Label>) model.getOutputIDInfo();
    int[] outputIds = new int[labelNames.length];
    for (int c = 0; c < labelNames.length; c++) {
      outputIds[c] = info.getID(new Label(labelNames[c]));
    }
    return Optional.of(new LinearScorer(weights, known, slots, ids, outputIds, normalizer));
  }

  /**
   * The model's normaliser. Tribuo keeps it in a private field; reading that field is cheap, while
   * the public route — serialising the whole model to protobuf and reading it back — costs
   * milliseconds and megabytes per model (provenance marshalling looks methods up reflectively),
   * which a parameter search that wraps hundreds of models would pay every time. The protobuf route
   * remains the fallback; null if neither works.
   */
  private static @Nullable VectorNormalizer normalizerOf(LinearSGDModel model) {
    VectorNormalizer n = normalizerFromField(model);
    return n != null ? n : normalizerFromProtobuf(model);
  }

  /** The normaliser read from Tribuo's private field, or null when that field is gone. */
  static @Nullable VectorNormalizer normalizerFromField(LinearSGDModel model) {
    if (NORMALIZER_FIELD == null) {
      return null;
    }
    try {
      return NORMALIZER_FIELD.get(model) instanceof VectorNormalizer v ? v : null;
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /** The normaliser read back from the model's protobuf form, or null. */
  static @Nullable VectorNormalizer normalizerFromProtobuf(LinearSGDModel model) {
    try {
      ModelProto proto = model.serialize();
      return VectorNormalizer.deserialize(
          proto.getSerializedData().unpack(ClassificationLinearSGDProto.class).getNormalizer());
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      return null;
    }
  }

  private static final @Nullable Field NORMALIZER_FIELD = normalizerField();

  private static @Nullable Field normalizerField() {
    try {
      Field f = LinearSGDModel.class.getDeclaredField("normalizer");
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The model's output id of a contract label, to read it from {@link #score}'s result.
   *
   * @param contractLabel the label's index in the output contract
   * @return the id, or -1 where the model lacks the label
   */
  int outputId(int contractLabel) {
    return outputIds[contractLabel];
  }

  /**
   * Normalised scores in the model's output-id order, or null when Tribuo would find no feature in
   * common with the row (the caller then reports it as Tribuo's path does).
   *
   * @param values the row's values by sorted slot, NaN where absent
   * @param present how many of the row's values are present
   */
  double @Nullable [] score(double[] values, int present) {
    // The bias sits after the known features, so its index is their count.
    boolean dense = present == bias;
    double[][] w = weights;
    double[] out = new double[w.length];
    int found = 0;
    for (int k = 0; k < slotsById.length; k++) {
      double v = values[slotsById[k]];
      int id = idsById[k];
      if (Double.isNaN(v)) {
        if (!dense) {
          continue;
        }
        v = 0.0; // Tribuo's dense vector holds a zero for a known feature the row lacks
      } else {
        found++;
      }
      for (int i = 0; i < out.length; i++) {
        out[i] += w[i][id] * v;
      }
    }
    if (found == 0) {
      return null; // Tribuo: "no features in this example were found in the feature map"
    }
    for (int i = 0; i < out.length; i++) {
      out[i] += w[i][bias] * 1.0;
    }
    normalizer.normalizeInPlace(out);
    return out;
  }
}
