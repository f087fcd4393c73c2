package org.leanml.eval.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

class ScoreColumnsTest {

  @Test
  void append_binaryModel_addsPositiveClassProbability() {
    Predictor p =
        new Predictor() {
          @Override
          public InputContract inputContract() {
            return InputContract.numeric(List.of("x"));
          }

          @Override
          public OutputContract outputContract() {
            return OutputContract.binary("y", "no", "yes");
          }

          @Override
          public Prediction predict(Row row) {
            double x = row.getDouble("x");
            return Prediction.ofProbabilities(1 - x, x);
          }
        };
    Table t = Table.of(NumericColumn.of("x", 0.1, 0.7));

    Table scored = ScoreColumns.append(t, p, "score_");

    assertThat(scored.columnNames()).containsExactly("x", "score_yes");
    assertThat(scored.numeric("score_yes").toArray()).containsExactly(0.1, 0.7);
  }
}
