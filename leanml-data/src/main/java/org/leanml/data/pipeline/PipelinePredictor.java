package org.leanml.data.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.stage.Preprocess.FittedPreprocess;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/** Serves raw rows through fitted preprocessing, fitted features and the model. */
final class PipelinePredictor implements Predictor {
  private final InputContract input;
  private final OutputContract output;
  private final List<FittedPreprocess> preprocess;
  private final FittedFeatures features;
  private final Predictor model;
  private final List<String> featureNames;

  PipelinePredictor(
      InputContract input,
      OutputContract output,
      List<FittedPreprocess> preprocess,
      FittedFeatures features,
      Predictor model) {
    this.input = input;
    this.output = output;
    this.preprocess = List.copyOf(preprocess);
    this.features = features;
    this.model = model;
    this.featureNames = features.produces().names();
  }

  @Override
  public InputContract inputContract() {
    return input;
  }

  @Override
  public OutputContract outputContract() {
    return output;
  }

  @Override
  public Prediction predict(Row row) {
    Table one = row.table().rows(new int[] {row.index()});
    input.validate(one).throwIfInvalid("row " + row.index() + " for the pipeline");
    for (FittedPreprocess p : preprocess) {
      one = p.apply(one);
      if (one.rowCount() == 0) {
        throw new RowRejectedException(row.index(), p.name());
      }
    }
    double[] x = new double[featureNames.size()];
    features.transformRow(one.row(0), x);
    List<Column> cols = new ArrayList<>(x.length);
    for (int k = 0; k < x.length; k++) {
      cols.add(NumericColumn.of(featureNames.get(k), x[k]));
    }
    return model.predict(Table.of(cols).row(0));
  }

  @Override
  public List<Prediction> predictBatch(Table table) {
    input.validate(table).throwIfInvalid("table for the pipeline");
    Table t = table;
    for (FittedPreprocess p : preprocess) {
      Table out = p.apply(t);
      if (out.rowCount() != t.rowCount()) {
        // find the first rejected row, row by row, for a precise message
        for (int r = 0; r < table.rowCount(); r++) {
          predict(table.row(r));
        }
        throw new IllegalStateException(
            "stage '" + p.name() + "' removed rows from the batch but from no single row");
      }
      t = out;
    }
    return model.predictBatch(features.transform(t));
  }

  @Override
  public String toString() {
    return "PipelinePredictor[" + input.names() + " -> " + output.labelColumn() + "]";
  }
}
