package org.leanml.cli.compare;

import java.util.List;
import java.util.Locale;
import org.leanml.core.contract.Task;
import org.leanml.core.metric.Metric;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.SliceResult;
import org.leanml.eval.metric.Estimate;

/**
 * The terminal summary of a comparison: the metrics side by side, the primary difference, the
 * flips, the slices and the decision. The full reports (JSON, Markdown, HTML) are rendered
 * elsewhere.
 */
final class ComparisonText {
  /** The metrics shown per task, in order. */
  static List<Metric> metricsOf(Task task) {
    switch (task) {
      case BINARY:
        return List.of(Metric.AUC, Metric.ACCURACY, Metric.LOG_LOSS, Metric.BRIER, Metric.F1);
      case MULTICLASS:
        return List.of(Metric.ACCURACY, Metric.MACRO_F1);
      case REGRESSION:
        return List.of(Metric.RMSE, Metric.MAE, Metric.R2);
      default:
        throw new AssertionError(task);
    }
  }

  private ComparisonText() {}

  static String render(ComparisonResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s comparison of %d rows; primary metric %s, margin %s, alpha %s%n",
            r.task().name().toLowerCase(Locale.ROOT),
            r.n(),
            r.primaryMetric().reportName(),
            r.margin(),
            r.alpha()));
    int ci = (int) Math.round(100 * (1 - r.alpha()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-10s %-30s %-30s%n",
            "metric",
            "baseline [" + ci + "% CI]",
            "candidate [" + ci + "% CI]"));
    for (Metric m : metricsOf(r.task())) {
      Estimate b = r.baseline().values().get(m);
      Estimate c = r.candidate().values().get(m);
      if (b == null || c == null) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%-10s %-30s %-30s%n", m.reportName(), est(b), est(c)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "difference in %s (candidate - baseline): %s, p = %s%n",
            r.primaryMetric().reportName(),
            est(r.primaryDiff()),
            num(r.primaryPValue())));
    if (r.flips() != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "flips: %d negative (rate %s), %d positive; churn %s%n",
              r.flips().negative(),
              num(r.flips().negativeFlipRate()),
              r.flips().positive(),
              num(r.flips().churn())));
    }
    for (SliceResult s : r.slices()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "slice %s (n=%d): %s%n",
              s.label(),
              s.n(),
              s.tested()
                  ? "diff "
                      + est(new Estimate(s.diff(), s.ciLow(), s.ciHigh()))
                      + ", Holm p = "
                      + num(s.pHolm())
                      + ", "
                      + s.verdict()
                  : "too small to test"));
    }
    sb.append("verdict ").append(r.verdict()).append(", gate ").append(r.gate().word());
    sb.append(System.lineSeparator());
    for (String reason : r.gate().reasons()) {
      sb.append("  ").append(reason).append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static String est(Estimate e) {
    if (!e.hasInterval()) {
      return num(e.value());
    }
    return num(e.value()) + " [" + num(e.ciLow()) + ", " + num(e.ciHigh()) + "]";
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
