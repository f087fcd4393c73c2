package org.leanml.eval.compare;

import java.util.List;
import java.util.Objects;
import org.leanml.core.contract.Task;
import org.leanml.core.metric.Metric;
import org.leanml.eval.decision.DecisionRule;
import org.leanml.eval.decision.GateResult;
import org.leanml.eval.decision.GateVerdict;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.MetricValues;
import org.leanml.eval.metric.RocCurve;

/**
 * Everything a paired comparison found. Components that do not apply to the task are {@code null}:
 * McNemar and flips for regression, DeLong and the ROC curves outside binary tasks (and DeLong when
 * a class has fewer than two rows), Wilcoxon outside regression.
 *
 * @param task the task
 * @param n the number of rows
 * @param primaryMetric the metric the verdict is about
 * @param margin the allowed worsening δ
 * @param alpha one minus the confidence of the intervals
 * @param threshold the decision threshold of binary scores (NaN otherwise)
 * @param baseline the baseline's metrics
 * @param candidate the candidate's metrics
 * @param primaryDiff candidate minus baseline on the primary metric, with the interval the verdict
 *     uses (DeLong's for AUC, the paired bootstrap's otherwise)
 * @param primaryPValue the p-value of the primary comparison (DeLong for AUC, exact McNemar for
 *     accuracy, the bootstrap's otherwise)
 * @param mcnemar McNemar's test on correctness, or null
 * @param delong DeLong's paired AUC test, or null
 * @param bootstrap the paired bootstrap of the primary metric (of accuracy when the primary metric
 *     is AUC)
 * @param wilcoxon the signed-rank test on absolute errors, or null
 * @param flips the flips, or null
 * @param slices the slice comparisons
 * @param verdict the verdict on the primary metric
 * @param gate the gate
 * @param baselineRoc the baseline's ROC curve (at most 200 points), or null
 * @param candidateRoc the candidate's ROC curve, or null
 */
public record ComparisonResult(
    Task task,
    int n,
    Metric primaryMetric,
    double margin,
    double alpha,
    double threshold,
    MetricValues baseline,
    MetricValues candidate,
    Estimate primaryDiff,
    double primaryPValue,
    McNemarResult mcnemar,
    DeLongResult delong,
    BootstrapResult bootstrap,
    WilcoxonResult wilcoxon,
    Flips flips,
    List<SliceResult> slices,
    GateVerdict verdict,
    GateResult gate,
    RocCurve baselineRoc,
    RocCurve candidateRoc) {

  /**
   * Validates and copies.
   *
   * @param task the task
   * @param n the number of rows
   * @param primaryMetric the metric the verdict is about
   * @param margin the allowed worsening δ
   * @param alpha one minus the confidence of the intervals
   * @param threshold the decision threshold of binary scores (NaN otherwise)
   * @param baseline the baseline's metrics
   * @param candidate the candidate's metrics
   * @param primaryDiff candidate minus baseline on the primary metric, with the interval the
   *     verdict uses (DeLong's for AUC, the paired bootstrap's otherwise)
   * @param primaryPValue the p-value of the primary comparison (DeLong for AUC, exact McNemar for
   *     accuracy, the bootstrap's otherwise)
   * @param mcnemar McNemar's test on correctness, or null
   * @param delong DeLong's paired AUC test, or null
   * @param bootstrap the paired bootstrap of the primary metric (of accuracy when the primary
   *     metric is AUC)
   * @param wilcoxon the signed-rank test on absolute errors, or null
   * @param flips the flips, or null
   * @param slices the slice comparisons
   * @param verdict the verdict on the primary metric
   * @param gate the gate
   * @param baselineRoc the baseline's ROC curve (at most 200 points), or null
   * @param candidateRoc the candidate's ROC curve, or null
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the primary p-value is a number outside {@code [0, 1]}
   */
  public ComparisonResult {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(primaryMetric, "primaryMetric");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(primaryDiff, "primaryDiff");
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(gate, "gate");
    slices = List.copyOf(slices);
    if (!Double.isNaN(primaryPValue)) {
      PValues.require(primaryPValue, "primaryPValue");
    }
  }

  /**
   * The interval of the worsening {@code w} ({@code −diff} when higher is better).
   *
   * @return {@code {w_low, w_high}}
   */
  public double[] worsening() {
    return DecisionRule.worsening(primaryMetric, primaryDiff.ciLow(), primaryDiff.ciHigh());
  }

  /**
   * Whether the gate passed.
   *
   * @return {@code gate().passed()}
   */
  public boolean passed() {
    return gate.passed();
  }
}
