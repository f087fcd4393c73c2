package org.leanml.eval.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leanml.core.metric.Metric;

class DecisionRuleTest {

  @ParameterizedTest
  @CsvSource({
    // metric, diffLow, diffHigh, margin, verdict   (w = -diff for AUC, +diff for RMSE)
    "AUC, 0.01, 0.03, 0.0, IMPROVED",
    "AUC, -0.005, 0.03, 0.01, NON_INFERIOR",
    "AUC, -0.005, 0.03, 0.0, INCONCLUSIVE",
    "AUC, -0.05, -0.02, 0.01, REGRESSED",
    "AUC, -0.05, -0.02, 0.03, INCONCLUSIVE",
    "RMSE, -0.3, -0.1, 0.0, IMPROVED",
    "RMSE, 0.1, 0.3, 0.05, REGRESSED",
    "RMSE, -0.1, 0.04, 0.05, NON_INFERIOR",
    "LOG_LOSS, NaN, NaN, 0.0, INCONCLUSIVE"
  })
  void decide_intervalAgainstMargin_followsTheRule(
      Metric metric, double low, double high, double margin, GateVerdict expected) {
    DecisionRule rule = new DecisionRule(margin, 0.05);

    GateVerdict v = rule.decide(metric, low, high);

    assertThat(v).isEqualTo(expected);
  }

  @Test
  void newRule_negativeMargin_isRejected() {
    assertThatThrownBy(() -> new DecisionRule(-0.1, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin must be finite and >= 0 but was -0.1");
  }

  @Test
  void evaluate_acceptableVerdictWithinGuardrails_passes() {

    GateResult g =
        GateResult.evaluate(GateVerdict.NON_INFERIOR, new Guardrails(0.02), 0.01, List.of());

    assertThat(g.passed()).isTrue();
    assertThat(g.word()).isEqualTo("pass");
  }

  @Test
  void evaluate_inconclusiveAndTooManyFlips_failsWithBothReasons() {

    GateResult g =
        GateResult.evaluate(GateVerdict.INCONCLUSIVE, new Guardrails(0.02), 0.03, List.of("a=b"));

    assertThat(g.passed()).isFalse();
    assertThat(g.reasons()).hasSize(3);
    assertThat(g.word()).isEqualTo("fail");
  }
}
