package org.leanml.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.contract.Task;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Shared training steps of the Tribuo stages: contract checks, building a {@code MutableDataset}
 * from a table (feature names sorted once, label objects created once per class), training and
 * wrapping. The checked, converted dataset is memoised in the {@link TrainingData}, so the trials
 * of a parameter search convert each fold once and train on it concurrently (Tribuo's trainers only
 * read their dataset).
 */
final class TribuoTraining {
  /**
   * Tribuo stamps a creation time into dataset provenance; a fixed instant keeps it out of the
   * stored model, so the model bytes depend on data and configuration only. LeanML's run records
   * carry the real time.
   */
  private static final OffsetDateTime FIXED_TIME =
      OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);

  private TribuoTraining() {}

  /**
   * Keys of the converted datasets in a {@link TrainingData}. Every Tribuo stage of a task shares
   * one: the dataset does not depend on the stage, and a conversion that fails (its message names
   * the stage) stores nothing, so each stage still reports its own failure.
   */
  private enum DatasetKey {
    CLASSIFICATION,
    CLASSIFICATION_SPARSE,
    REGRESSION,
    REGRESSION_SPARSE
  }

  /**
   * How a stage's examples are laid out. Tribuo reads an absent feature as zero, so for a linear
   * model an example without its zero-valued features is the same example; Tribuo's SGD trainer
   * then keeps it as a sparse vector, and every gradient step allocates and touches only the
   * non-zero entries instead of all of them. Trees keep every value: {@link #DENSE}.
   */
  enum Layout {
    /** Every present value, zeros included. */
    DENSE,
    /** Present values except zeros (one zero kept where a row has nothing else). */
    SPARSE
  }

  /** Trains a classifier on a dataset converted once per {@code TrainingData}. */
  static Predictor fitClassifier(String stage, Trainer<Label> trainer, TrainingData data) {
    return fitClassifier(stage, trainer, data, Layout.DENSE);
  }

  /** Trains a classifier on a dataset of the given layout, converted once per data. */
  static Predictor fitClassifier(
      String stage, Trainer<Label> trainer, TrainingData data, Layout layout) {
    OutputContract out = data.output();
    if (!out.isClassification()) {
      throw new IllegalArgumentException(
          "stage '" + stage + "' trains classifiers but the task is " + out.task());
    }
    @SuppressWarnings("unchecked")
    MutableDataset<Label> ds =
        data.derived(
            layout == Layout.DENSE ? DatasetKey.CLASSIFICATION : DatasetKey.CLASSIFICATION_SPARSE,
            MutableDataset.class,
            d -> classificationDataset(stage, d, layout));
    // Trainers only read a dataset, so one converted fold serves every fit on it, concurrently.
    // The marker travels inside the stored model: trees trained before it existed keep being read
    // as they were stored (a one-hot vote for the winning class), trees trained now give their
    // leaf's class frequencies. See TribuoPredictor.
    Model<Label> model =
        trainer instanceof CARTClassificationTrainer
            ? trainer.train(
                ds,
                Map.of(
                    TribuoPredictor.TREE_SCORES_KEY,
                    new StringProvenance(
                        TribuoPredictor.TREE_SCORES_KEY, TribuoPredictor.LEAF_FREQUENCIES)))
            : trainer.train(ds);
    return TribuoPredictor.wrap(model, data.features(), out);
  }

  private static MutableDataset<Label> classificationDataset(
      String stage, TrainingData d, Layout exampleLayout) {
    Table data = d.table();
    OutputContract out = d.output();
    check(stage, data, d.features(), out);
    int[] classes = out.classIndices(data);
    requireTwoClasses(out, classes);
    Label[] labels = new Label[out.labels().size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = new Label(out.labels().get(i));
    }
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> ds =
        new MutableDataset<>(
            new SimpleDataSourceProvenance(describe(data), FIXED_TIME, factory), factory);
    FeatureLayout layout = new FeatureLayout(d.features());
    NumericColumn[] cols = layout.resolve(data);
    for (int r = 0; r < classes.length; r++) {
      ds.add(
          exampleLayout == Layout.DENSE
              ? layout.example(cols, r, labels[classes[r]])
              : layout.sparseExample(cols, r, labels[classes[r]]));
    }
    return ds;
  }

  /** Trains a regressor on a dataset converted once per {@code TrainingData}. */
  static Predictor fitRegressor(String stage, Trainer<Regressor> trainer, TrainingData data) {
    return fitRegressor(stage, trainer, data, Layout.DENSE);
  }

  /** Trains a regressor on a dataset of the given layout, converted once per data. */
  static Predictor fitRegressor(
      String stage, Trainer<Regressor> trainer, TrainingData data, Layout layout) {
    OutputContract out = data.output();
    if (out.task() != Task.REGRESSION) {
      throw new IllegalArgumentException(
          "stage '" + stage + "' trains regressors but the task is " + out.task());
    }
    @SuppressWarnings("unchecked")
    MutableDataset<Regressor> ds =
        data.derived(
            layout == Layout.DENSE ? DatasetKey.REGRESSION : DatasetKey.REGRESSION_SPARSE,
            MutableDataset.class,
            d -> regressionDataset(stage, d, layout));
    Model<Regressor> model = trainer.train(ds);
    return TribuoPredictor.wrap(model, data.features(), out);
  }

  private static MutableDataset<Regressor> regressionDataset(
      String stage, TrainingData d, Layout exampleLayout) {
    Table data = d.table();
    OutputContract out = d.output();
    check(stage, data, d.features(), out);
    NumericColumn target = data.numeric(out.labelColumn());
    RegressionFactory factory = new RegressionFactory();
    MutableDataset<Regressor> ds =
        new MutableDataset<>(
            new SimpleDataSourceProvenance(describe(data), FIXED_TIME, factory), factory);
    FeatureLayout layout = new FeatureLayout(d.features());
    NumericColumn[] cols = layout.resolve(data);
    String dim = out.labelColumn();
    for (int r = 0; r < data.rowCount(); r++) {
      Regressor y = new Regressor(dim, target.get(r));
      ds.add(
          exampleLayout == Layout.DENSE
              ? layout.example(cols, r, y)
              : layout.sparseExample(cols, r, y));
    }
    return ds;
  }

  private static void check(String stage, Table data, InputContract in, OutputContract out) {
    if (data.rowCount() == 0) {
      throw new IllegalArgumentException("stage '" + stage + "': the training table has no rows");
    }
    in.validate(data).throwIfInvalid("training features of stage '" + stage + "'");
    out.validate(data, InputContract.DEFAULT_MAX_VIOLATIONS)
        .throwIfInvalid("training labels of stage '" + stage + "'");
  }

  private static void requireTwoClasses(OutputContract out, int[] classes) {
    int[] counts = new int[out.labels().size()];
    for (int c : classes) {
      counts[c]++;
    }
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        seen.add(out.labels().get(i));
      }
    }
    if (seen.size() < 2) {
      throw new IllegalArgumentException(
          "label column '"
              + out.labelColumn()
              + "' holds only class '"
              + (seen.isEmpty() ? "" : seen.get(0))
              + "' in the training data; a "
              + out.task()
              + " task needs at least two of "
              + out.labels());
    }
  }

  private static String describe(Table data) {
    return "leanml table of " + data.rowCount() + " rows";
  }

  /** A sorted, unmodifiable copy of a configuration built in any order. */
  static Map<String, String> sorted(Map<String, String> config) {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(config));
  }
}
