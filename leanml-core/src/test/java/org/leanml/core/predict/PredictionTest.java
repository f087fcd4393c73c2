package org.leanml.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PredictionTest {

  @Test
  void ofProbabilities_copiesAndPicksFirstMaximumOnTies() {
    double[] p = {0.4, 0.4, 0.2};
    Prediction pr = Prediction.ofProbabilities(p);

    p[0] = 1;

    assertThat(pr.probability(0)).isEqualTo(0.4);
    assertThat(pr.argMax()).isZero();
    assertThat(pr.isClassification()).isTrue();
  }

  @Test
  void ofProbabilities_notSummingToOne_isRefused() {
    assertThatThrownBy(() -> Prediction.ofProbabilities(0.5, 0.6))
        .hasMessageContaining("sum to 1.1");
  }

  @Test
  void ofProbabilities_outOfRange_namesTheClass() {
    assertThatThrownBy(() -> Prediction.ofProbabilities(1.5, -0.5))
        .hasMessageContaining("probability 0 is 1.5");
  }

  @Test
  void ofValue_hasNoClassAndRefusesNonFinite() {
    Prediction v = Prediction.ofValue(2.5);

    assertThat(v.value()).isEqualTo(2.5);
    assertThatThrownBy(v::argMax).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Prediction.ofValue(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
