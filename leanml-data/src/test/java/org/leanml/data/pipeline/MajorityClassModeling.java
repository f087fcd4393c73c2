package org.leanml.data.pipeline;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/** Test-only modelling: predicts the training class frequencies (or the mean, for regression). */
final class MajorityClassModeling implements Modeling {

  @Override
  public String name() {
    return "majority";
  }

  @Override
  public Map<String, String> configuration() {
    return Map.of();
  }

  @Override
  public Predictor fit(Table data, InputContract features, OutputContract output) {
    features.validate(data).throwIfInvalid("features");
    output.validate(data, 10).throwIfInvalid("labels");
    Prediction p;
    if (output.isClassification()) {
      int[] idx = output.classIndices(data);
      double[] freq = new double[output.labels().size()];
      for (int i : idx) {
        freq[i] += 1.0 / idx.length;
      }
      double sum = 0;
      for (double f : freq) {
        sum += f;
      }
      for (int i = 0; i < freq.length; i++) {
        freq[i] /= sum;
      }
      p = Prediction.ofProbabilities(freq);
    } else {
      double s = 0;
      for (int r = 0; r < data.rowCount(); r++) {
        s += data.numeric(output.labelColumn()).get(r);
      }
      p = Prediction.ofValue(s / data.rowCount());
    }
    final Prediction result = p;
    return new Predictor() {
      @Override
      public InputContract inputContract() {
        return features;
      }

      @Override
      public OutputContract outputContract() {
        return output;
      }

      @Override
      public Prediction predict(Row row) {
        for (String n : features.names()) {
          row.getDouble(n);
        }
        return result;
      }
    };
  }
}
