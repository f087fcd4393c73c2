package org.leanml.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A trained Tribuo {@code Model<Label>} or {@code Model<Regressor>} behind LeanML's contracts.
 *
 * <p>Design: everything that depends only on the contracts is computed once at construction — the
 * Tribuo feature names pre-sorted the way Tribuo keeps them inside an example, which contract
 * feature fills each sorted slot, and the contract's label names in contract order. Per row the
 * predictor reads the contract's columns through indices resolved once per table (the last table
 * seen is cached in a volatile field holding a weak reference to an immutable snapshot, so
 * concurrent callers never see a half-built cache and the cache never keeps a table alive), builds
 * one {@code ArrayExample} from the shared names array, and maps Tribuo's scores to contract label
 * order. Tribuo's linear SGD classifiers (logistic regression) skip the example altogether: a
 * {@link LinearScorer} repeats Tribuo's arithmetic on the row's values in the same order, so the
 * probabilities are equal bit for bit while the per-row garbage (example, feature vector, score
 * map, label objects) disappears. A missing required value fails with a {@link
 * ContractViolationException} naming the row and column, before Tribuo could fail with its opaque
 * "no features" error.
 *
 * <p>Thread-safe: Tribuo models are safe for concurrent prediction and this class holds no mutable
 * state besides the cache snapshot.
 */
public final class TribuoPredictor implements Predictor {
  private final Model<?> model;
  private final InputContract input;
  private final OutputContract output;
  private final FeatureLayout layout;
  private final String[] labelNames;
  private final boolean probabilistic;

  /** Tribuo's linear classifier scored directly (bit-identical), or null to call Tribuo. */
  private final @Nullable LinearScorer scorer;

  /** Run-provenance key saying how a classification tree's scores are read. */
  static final String TREE_SCORES_KEY = "leanml.tree-scores";

  /** The value of {@link #TREE_SCORES_KEY} for trees read through their leaf class frequencies. */
  static final String LEAF_FREQUENCIES = "leaf-frequencies";

  private volatile WeakReference<Resolved> last = new WeakReference<>(null);

  /**
   * The columns of one table in sorted feature order. A class rather than a record, whose equals
   * would compare the array by identity; it is never compared.
   */
  private static final class Resolved {
    final Table table;
    final NumericColumn[] columns;

    Resolved(Table table, NumericColumn[] columns) {
      this.table = table;
      this.columns = columns;
    }
  }

  private TribuoPredictor(Model<?> model, InputContract input, OutputContract output) {
    this.model = Objects.requireNonNull(model, "model");
    this.input = Objects.requireNonNull(input, "input");
    this.output = Objects.requireNonNull(output, "output");
    this.layout = new FeatureLayout(input);
    this.labelNames = output.labels().toArray(new String[0]);
    this.probabilistic = model.generatesProbabilities() || readsLeafFrequencies(model);
    checkFeatures(model, input);
    checkOutputs(model, output);
    this.scorer =
        output.isClassification() ? LinearScorer.of(model, layout, labelNames).orElse(null) : null;
  }

  /**
   * Tribuo builds CART classification trees with {@code generatesProbabilities} false, yet every
   * leaf stores the normalised (weighted) class counts of its training rows as its scores: those
   * are the tree's probabilities. Reading only the winning label turns a tree into a one-hot voter,
   * which throws away what stacking and averaging need (issue 8). Trees trained by LeanML carry
   * {@link #TREE_SCORES_KEY} in their run provenance and are read through their leaf frequencies;
   * trees stored before the marker existed keep their stored meaning, a one-hot vote.
   */
  private static boolean readsLeafFrequencies(Model<?> model) {
    if (!(model instanceof TreeModel)) {
      return false;
    }
    Provenance marker = model.getProvenance().getInstanceProvenance().getMap().get(TREE_SCORES_KEY);
    return marker instanceof StringProvenance s && LEAF_FREQUENCIES.equals(s.getValue());
  }

  /**
   * Wraps a trained Tribuo model.
   *
   * @param model a {@code Model<Label>} for a classification contract or a {@code Model<Regressor>}
   *     with one dimension for a regression contract
   * @param input the features the model reads; all numeric
   * @param output the task and label domain
   * @return the predictor
   * @throws IllegalArgumentException if the model's output type does not fit the task, it knows a
   *     class outside the contract's labels or a feature outside the input contract, or a contract
   *     feature is not numeric
   */
  public static TribuoPredictor wrap(Model<?> model, InputContract input, OutputContract output) {
    return new TribuoPredictor(model, input, output);
  }

  private static void checkFeatures(Model<?> model, InputContract input) {
    Set<String> names = new HashSet<>(input.names());
    for (VariableInfo v : model.getFeatureIDMap()) {
      if (!names.contains(v.getName())) {
        throw new IllegalArgumentException(
            "the model reads feature '" + v.getName() + "' which is not in the input contract");
      }
    }
  }

  private static void checkOutputs(Model<?> model, OutputContract output) {
    Set<? extends Output<?>> domain = model.getOutputIDInfo().getDomain();
    for (Output<?> o : domain) {
      if (output.isClassification()) {
        if (!(o instanceof Label l)) {
          throw new IllegalArgumentException(
              "a " + output.task() + " contract needs a Model<Label> but the model predicts " + o);
        }
        if (!output.labels().contains(l.getLabel())) {
          throw new IllegalArgumentException(
              "the model knows class '"
                  + l.getLabel()
                  + "' which is outside the contract's labels "
                  + output.labels());
        }
      } else if (!(o instanceof Regressor r) || r.size() != 1) {
        throw new IllegalArgumentException(
            "a REGRESSION contract needs a one-dimensional Model<Regressor> but the model predicts "
                + o);
      }
    }
  }

  @Override
  public InputContract inputContract() {
    return input;
  }

  @Override
  public OutputContract outputContract() {
    return output;
  }

  /**
   * The fully qualified class name of the wrapped Tribuo model.
   *
   * @return the class name
   */
  public String modelClassName() {
    return model.getClass().getName();
  }

  /** Whether rows are scored directly rather than through Tribuo's {@code predict}, for tests. */
  boolean usesDirectScorer() {
    return scorer != null;
  }

  /** Tribuo's own prediction of a row, the reference for the direct scorer, for tests. */
  Prediction predictThroughTribuo(Row row) {
    return predictThroughTribuo(layout.resolve(row.table()), row.index());
  }

  /** The wrapped model, for the codec. Tribuo models are not to be mutated. */
  Model<?> model() {
    return model;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ContractViolationException if the row's table lacks a contract column, or the row a
   *     required value, naming row and column
   */
  @Override
  public Prediction predict(Row row) {
    return predictRow(columnsOf(row.table()), row.index());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Resolves the columns once for the whole table and predicts row by row, so the predictions
   * equal {@link #predict(Row)}'s bit for bit.
   *
   * @throws ContractViolationException if the table lacks a contract column, or a row a required
   *     value, naming row and column
   */
  @Override
  public List<Prediction> predictBatch(Table table) {
    NumericColumn[] cols = layout.resolve(table);
    List<Prediction> out = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      out.add(predictRow(cols, r));
    }
    return out;
  }

  // Identity, not equals: the snapshot belongs to the very table it resolved, and Table.equals
  // would compare every cell on each row served.
  @SuppressWarnings("ReferenceEquality")
  private NumericColumn[] columnsOf(Table table) {
    Resolved r = last.get();
    if (r != null && r.table == table) {
      return r.columns;
    }
    NumericColumn[] cols = layout.resolve(table);
    // Weakly held, so a long-lived predictor never keeps a large table alive.
    last = new WeakReference<>(new Resolved(table, cols));
    return cols;
  }

  private Prediction predictRow(NumericColumn[] cols, int row) {
    LinearScorer direct = scorer;
    if (direct != null) {
      double[] values = new double[layout.size()];
      int present = layout.values(cols, row, values);
      double[] scores = direct.score(values, present);
      if (scores == null) {
        throw noFeatureKnown(row, "no feature of the row is in the model's feature map");
      }
      Prediction p = fromScores(direct, scores);
      // Degenerate scores (none positive) take Tribuo's own path, which decides by arg max.
      return p != null ? p : predictThroughTribuo(cols, row);
    }
    return predictThroughTribuo(cols, row);
  }

  /**
   * Tribuo's {@code predict} on a freshly built example: the only path for models without a direct
   * scorer, and the reference the direct scorer is tested against.
   */
  @SuppressWarnings("unchecked")
  Prediction predictThroughTribuo(NumericColumn[] cols, int row) {
    if (output.isClassification()) {
      Model<Label> m = (Model<Label>) model;
      ArrayExample<Label> ex = layout.example(cols, row, LabelFactory.UNKNOWN_LABEL);
      return toProbabilities(predictOrExplain(m, ex, row));
    }
    Model<Regressor> m = (Model<Regressor>) model;
    ArrayExample<Regressor> ex = layout.example(cols, row, RegressionFactory.UNKNOWN_REGRESSOR);
    return Prediction.ofValue(predictOrExplain(m, ex, row).getOutput().getValues()[0]);
  }

  private <T extends Output<T>> org.tribuo.Prediction<T> predictOrExplain(
      Model<T> m, ArrayExample<T> ex, int row) {
    try {
      return m.predict(ex);
    } catch (IllegalArgumentException e) {
      // Tribuo's "no features in common": every present feature is unknown to the model.
      throw noFeatureKnown(row, e.getMessage());
    }
  }

  private ContractViolationException noFeatureKnown(int row, @Nullable String detail) {
    return new ContractViolationException(
        "Tribuo model input",
        List.of(
            new org.leanml.core.contract.Violation(
                row,
                layout.sortedNames()[0],
                "none of the row's present features is known to the model (" + detail + ")",
                null)),
        false);
  }

  /**
   * The contract-ordered probabilities from the direct scorer's scores, computed exactly as {@link
   * #toProbabilities} computes them from Tribuo's prediction; null when no score is positive.
   */
  private @Nullable Prediction fromScores(LinearScorer direct, double[] scores) {
    double[] probs = new double[labelNames.length];
    double sum = 0;
    for (int i = 0; i < probs.length; i++) {
      int id = direct.outputId(i);
      double s = id < 0 ? 0 : scores[id];
      probs[i] = s > 0 ? s : 0;
      sum += probs[i];
    }
    if (!(sum > 0)) {
      return null;
    }
    for (int i = 0; i < probs.length; i++) {
      probs[i] = Math.min(1.0, probs[i] / sum);
    }
    return Prediction.ofProbabilities(probs);
  }

  private Prediction toProbabilities(org.tribuo.Prediction<Label> p) {
    double[] probs = new double[labelNames.length];
    if (probabilistic) {
      Map<String, Label> scores = p.getOutputScores();
      double sum = 0;
      for (int i = 0; i < probs.length; i++) {
        Label l = scores.get(labelNames[i]);
        double s = l == null ? 0 : l.getScore();
        probs[i] = s > 0 ? s : 0;
        sum += probs[i];
      }
      if (sum > 0) {
        for (int i = 0; i < probs.length; i++) {
          probs[i] = Math.min(1.0, probs[i] / sum);
        }
        return Prediction.ofProbabilities(probs);
      }
    }
    String predicted = p.getOutput().getLabel();
    for (int i = 0; i < probs.length; i++) {
      probs[i] = labelNames[i].equals(predicted) ? 1 : 0;
    }
    return Prediction.ofProbabilities(probs);
  }

  @Override
  public String toString() {
    return "TribuoPredictor["
        + modelClassName()
        + ", "
        + input.size()
        + " features, "
        + output.task()
        + " "
        + output.labels()
        + "]";
  }
}
