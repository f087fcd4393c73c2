package org.leanml.testkit.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;
import org.leanml.core.table.Row;

/** A test model that reads the spam probability from one column, and its codec. */
record ColumnScorer(String column) implements Predictor {
  static final OutputContract SPAM = OutputContract.binary("y", "ham", "spam");

  @Override
  public InputContract inputContract() {
    return InputContract.numeric(List.of(column));
  }

  @Override
  public OutputContract outputContract() {
    return SPAM;
  }

  @Override
  public Prediction predict(Row row) {
    double s = row.getDouble(column);
    return Prediction.ofProbabilities(1 - s, s);
  }

  /** Stores the column name; found through {@code META-INF/services}. */
  public static final class Codec implements PredictorCodec {
    /** Creates the codec; the service loader calls this. */
    public Codec() {}

    @Override
    public String format() {
      return "test-column-scorer/1";
    }

    @Override
    public boolean supports(Predictor predictor) {
      return predictor instanceof ColumnScorer;
    }

    @Override
    public Map<String, byte[]> encode(Predictor predictor) {
      return Map.of("column", ((ColumnScorer) predictor).column().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Predictor decode(Map<String, byte[]> parts) {
      return new ColumnScorer(new String(parts.get("column"), StandardCharsets.UTF_8));
    }
  }
}
