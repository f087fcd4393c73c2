package org.leanml.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Reference values from scikit-learn 1.2.1 (Debian python3-sklearn), produced by {@code
 * /usr/bin/python3 /tmp/metric_ref.py} with this script:
 *
 * <pre>
 * from sklearn.metrics import accuracy_score, log_loss, mean_squared_error
 * import numpy as np
 * y=[0,1,1,0,1,1,0,0]
 * p=[[0.9,0.1],[0.2,0.8],[0.6,0.4],[0.7,0.3],[0.05,0.95],[0.5,0.5],[0.45,0.55],[0.99,0.01]]
 * print(repr(accuracy_score(y,np.argmax(p,1))), repr(log_loss(y,p)))
 * y3=[0,2,1,2,0,1]
 * p3=[[0.7,0.2,0.1],[0.1,0.3,0.6],[0.25,0.5,0.25],[0.3,0.4,0.3],[0.8,0.1,0.1],[0.2,0.2,0.6]]
 * print(repr(accuracy_score(y3,np.argmax(p3,1))), repr(log_loss(y3,p3,labels=[0,1,2])))
 * y0=[1,0]; p0=[[1.0,0.0],[1.0,0.0]]
 * print(repr(log_loss(y0,p0,eps=1e-15)))
 * yt=[3.0,-0.5,2.0,7.0,4.2]; yp=[2.5,0.0,2.1,7.8,3.9]
 * print(repr(np.sqrt(mean_squared_error(yt,yp))))
 * </pre>
 *
 * Output: {@code 0.625 0.39430853122546156 / 0.6666666666666666 0.7662003360564857 /
 * 17.269388197455342 / 0.49799598391954925}.
 */
class MetricTest {
  static final double[][] BINARY_P = {
    {0.9, 0.1},
    {0.2, 0.8},
    {0.6, 0.4},
    {0.7, 0.3},
    {0.05, 0.95},
    {0.5, 0.5},
    {0.45, 0.55},
    {0.99, 0.01}
  };
  static final double[] BINARY_Y = {0, 1, 1, 0, 1, 1, 0, 0};
  static final double[][] MULTI_P = {
    {0.7, 0.2, 0.1},
    {0.1, 0.3, 0.6},
    {0.25, 0.5, 0.25},
    {0.3, 0.4, 0.3},
    {0.8, 0.1, 0.1},
    {0.2, 0.2, 0.6}
  };
  static final double[] MULTI_Y = {0, 2, 1, 2, 0, 1};
  static final double[][] CERTAIN_WRONG_P = {{1.0, 0.0}, {1.0, 0.0}};
  static final double[] CERTAIN_WRONG_Y = {1, 0};

  static Stream<Arguments> sklearnReferences() {
    return Stream.of(
        Arguments.of("accuracy binary", Scorer.accuracy(), BINARY_P, BINARY_Y, 0.625),
        Arguments.of("log loss binary", Scorer.logLoss(), BINARY_P, BINARY_Y, 0.39430853122546156),
        Arguments.of("accuracy 3 classes", Scorer.accuracy(), MULTI_P, MULTI_Y, 0.6666666666666666),
        Arguments.of("log loss 3 classes", Scorer.logLoss(), MULTI_P, MULTI_Y, 0.7662003360564857),
        Arguments.of(
            "log loss clipped",
            Scorer.logLoss(),
            CERTAIN_WRONG_P,
            CERTAIN_WRONG_Y,
            17.269388197455342));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sklearnReferences")
  void classificationMetric_matchesSklearn(
      String label, Scorer metric, double[][] probs, double[] truth, double expected) {
    double score = metric.score(probabilities(probs), truth);

    assertThat(score).isCloseTo(expected, within(1e-12));
  }

  @Test
  void rmse_matchesSklearn() {
    List<Prediction> preds = values(2.5, 0.0, 2.1, 7.8, 3.9);

    double score = Scorer.rmse().score(preds, new double[] {3.0, -0.5, 2.0, 7.0, 4.2});

    assertThat(score).isCloseTo(0.49799598391954925, within(1e-12));
  }

  @Test
  void tableOverload_readsLabelColumnInContractOrder() {
    OutputContract out = OutputContract.binary("y", "neg", "pos");
    Table truth =
        Table.of(CategoricalColumn.of("y", "neg", "pos", "pos", "neg", "pos", "pos", "neg", "neg"));

    double score = Scorer.logLoss().score(out, probabilities(BINARY_P), truth);

    assertThat(score).isCloseTo(0.39430853122546156, within(1e-12));
  }

  @Test
  void metricSet_reportsEveryMetricInOrder() {
    OutputContract out = OutputContract.binary("y", "neg", "pos");
    Table truth =
        Table.of(CategoricalColumn.of("y", "neg", "pos", "pos", "neg", "pos", "pos", "neg", "neg"));

    Map<String, Double> values =
        MetricSet.classification().evaluate(out, probabilities(BINARY_P), truth);

    assertThat(values.keySet()).containsExactly("accuracy", "log_loss");
    assertThat(values.get("accuracy")).isEqualTo(0.625);
  }

  @Test
  void metricSet_regressionTable() {
    Table truth = Table.of(NumericColumn.of("t", 3.0, -0.5, 2.0, 7.0, 4.2));

    Map<String, Double> values =
        MetricSet.regression()
            .evaluate(OutputContract.regression("t"), values(2.5, 0.0, 2.1, 7.8, 3.9), truth);

    assertThat(values.get("rmse")).isCloseTo(0.49799598391954925, within(1e-12));
  }

  @Test
  void metricSet_repeatedName_rejected() {
    assertThatThrownBy(() -> MetricSet.of(Scorer.rmse(), Scorer.rmse()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rmse'");
  }

  @Test
  void sizesDiffer_rejectedNamingBothSizes() {
    assertThatThrownBy(() -> Scorer.accuracy().score(probabilities(BINARY_P), new double[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8 predictions but 2 truth values");
  }

  @Test
  void labelOutsideDomain_contractViolation() {
    OutputContract out = OutputContract.binary("y", "neg", "pos");
    Table truth = Table.of(CategoricalColumn.of("y", "pos", "maybe"));

    assertThatThrownBy(() -> Scorer.accuracy().score(out, probabilities(CERTAIN_WRONG_P), truth))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("'maybe'");
  }

  @Test
  void directions_areAsDocumented() {
    assertThat(Scorer.accuracy().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Scorer.logLoss().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(Direction.LOWER_IS_BETTER.isBetter(0.1, 0.2)).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.isBetter(Double.NaN, 0.2)).isFalse();
  }

  @Property(tries = 100)
  void logLoss_anyPredictions_withinZeroAndClippedMaximum(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0.0, max = 1.0) Double> ps) {
    List<Prediction> preds = new ArrayList<>();
    double[] truth = new double[ps.size()];
    for (int i = 0; i < ps.size(); i++) {
      preds.add(Prediction.ofProbabilities(1 - ps.get(i), ps.get(i)));
      truth[i] = i % 2;
    }

    double loss = Scorer.logLoss().score(preds, truth);

    assertThat(loss).isBetween(0.0, -Math.log(1e-15));
  }

  static List<Prediction> probabilities(double[][] rows) {
    List<Prediction> out = new ArrayList<>();
    for (double[] r : rows) {
      out.add(Prediction.ofProbabilities(r));
    }
    return out;
  }

  static List<Prediction> values(double... vs) {
    List<Prediction> out = new ArrayList<>();
    for (double v : vs) {
      out.add(Prediction.ofValue(v));
    }
    return out;
  }
}
