package org.leanml.examples.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.RocCurve;

/**
 * What happened to one version in the demo.
 *
 * @param version the registry version
 * @param parent the version it extends, if any
 * @param question the research question it answers
 * @param members its sub-models' names
 * @param accuracy accuracy on the frozen evaluation set, with a Wilson interval
 * @param auc AUC on the frozen evaluation set, with DeLong's interval
 * @param roc its ROC curve on the frozen evaluation set (thinned)
 * @param regressions its regression tests against every earlier version
 * @param canary its canary, if it had one
 * @param decision the outcome in words (e.g. "champion", "promoted", "rolled back")
 */
public record VersionOutcome(
    int version,
    OptionalInt parent,
    String question,
    List<String> members,
    Estimate accuracy,
    Estimate auc,
    RocCurve roc,
    List<RegressionCheck> regressions,
    Optional<CanaryOutcome> canary,
    String decision) {
  /**
   * Validates and copies.
   *
   * @param version the registry version
   * @param parent the version it extends, if any
   * @param question the research question it answers
   * @param members its sub-models' names
   * @param accuracy accuracy on the frozen evaluation set, with a Wilson interval
   * @param auc AUC on the frozen evaluation set, with DeLong's interval
   * @param roc its ROC curve on the frozen evaluation set (thinned)
   * @param regressions its regression tests against every earlier version
   * @param canary its canary, if it had one
   * @param decision the outcome in words (e.g. "champion", "promoted", "rolled back")
   * @throws NullPointerException if an object is null
   */
  public VersionOutcome {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(question, "question");
    members = List.copyOf(members);
    Objects.requireNonNull(accuracy, "accuracy");
    Objects.requireNonNull(auc, "auc");
    Objects.requireNonNull(roc, "roc");
    regressions = List.copyOf(regressions);
    Objects.requireNonNull(canary, "canary");
    Objects.requireNonNull(decision, "decision");
  }
}
