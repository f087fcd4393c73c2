package org.leanml.examples.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.leanml.eval.drift.FeatureDrift;
import org.leanml.eval.label.Selection;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.RocCurve;
import org.leanml.eval.sequential.Assessment;

/**
 * Renders a {@link DemoResult}: a plain-text summary table for the console, {@code report.md}, and
 * a self-contained {@code report.html} with inline SVG charts (ROC curves per version, metric
 * history with intervals, each canary's always-valid p-value path, drift per feature). Rendering
 * only; it computes no statistics.
 */
public final class DemoReport {
  private static final int DRIFT_BARS = 25;

  private DemoReport() {}

  /**
   * The summary table: one line per version.
   *
   * @param r the result
   * @return the table, lines ending in {@code \n}
   */
  public static String summaryTable(DemoResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %-30s %-17s %-24s %-10s %-9s %s%n",
            "version",
            "sub-models",
            "accuracy",
            "AUC",
            "gate",
            "canary",
            "decision"));
    for (VersionOutcome v : r.versions()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8s %-30s %-17s %-24s %-10s %-9s %s%n",
              "v" + v.version() + (v.version() == r.champion() ? "*" : ""),
              String.join("+", v.members()),
              String.format(Locale.ROOT, "%.4f", v.accuracy().value()),
              estimate(v.auc()),
              gate(v),
              v.canary().map(c -> c.decision().name()).orElse("-"),
              v.decision()));
    }
    sb.append("* champion. Registry: ")
        .append(r.registry())
        .append("; drift: ")
        .append(r.drift().verdict())
        .append(" (")
        .append(r.drift().driftedFeatures().size())
        .append(" of ")
        .append(r.drift().features().size())
        .append(" features); labelling queue: ")
        .append(r.labellingQueue().size())
        .append(" rows\n");
    return sb.toString();
  }

  /**
   * The Markdown report.
   *
   * @param r the result
   * @return the report
   */
  public static String markdown(DemoResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# LeanML demo: spam filter on UCI Spambase\n\n");
    DataSplit s = r.split();
    sb.append("## Data\n\n");
    sb.append("| part | rows | fingerprint |\n|---|---:|---|\n");
    row(sb, "loaded", s.rows(), s.data().shortHex());
    row(sb, "training", s.trainingRows(), s.training().shortHex());
    row(sb, "frozen evaluation set", s.evaluationRows(), s.evaluation().shortHex());
    row(sb, "live stream (held back)", s.liveRows(), s.live().shortHex());
    sb.append("\n## Versions\n\n```\n").append(summaryTable(r)).append("```\n");
    for (VersionOutcome v : r.versions()) {
      sb.append("\n### v").append(v.version());
      v.parent().ifPresent(p -> sb.append(" (extends v").append(p).append(')'));
      sb.append("\n\n**Question.** ").append(v.question()).append("\n\n");
      sb.append("Sub-models: ").append(String.join(", ", v.members())).append(". ");
      sb.append("Accuracy ").append(estimate(v.accuracy()));
      sb.append(", AUC ").append(estimate(v.auc())).append(" on the frozen evaluation set.\n\n");
      if (!v.regressions().isEmpty()) {
        sb.append("| regression test against | verdict | gate | ΔAUC [95% CI] | p |\n");
        sb.append("|---|---|---|---|---:|\n");
        for (RegressionCheck c : v.regressions()) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "| v%d | %s | %s | %s | %.3g |%n",
                  c.baselineVersion(),
                  c.verdict(),
                  c.passed() ? "pass" : "fail",
                  signedEstimate(c.aucDifference()),
                  c.pValue()));
        }
        sb.append('\n');
      }
      v.canary()
          .ifPresent(
              c -> {
                Assessment a = c.finalAssessment();
                sb.append(
                    String.format(
                        Locale.ROOT,
                        "Canary against v%d on %d live rows, %d canary units: %s"
                            + " (error-rate difference %+.4f [%+.4f, %+.4f], always-valid p = %.3g)."
                            + " %s%n%n",
                        c.championVersion(),
                        c.streamRows(),
                        a.candidateCount(),
                        c.decision(),
                        a.difference(),
                        a.lower(),
                        a.upper(),
                        a.pValue(),
                        c.decidedByTest()
                            ? a.reason()
                            : "The stream ended before the test decided; the champion stays."));
              });
      sb.append("**Decision:** ").append(v.decision()).append(".\n");
    }
    sb.append("\n## Drift: training rows vs live stream\n\n");
    sb.append("Verdict ").append(r.drift().verdict()).append("; drifted features: ");
    sb.append(
            r.drift().driftedFeatures().isEmpty()
                ? "none"
                : String.join(", ", r.drift().driftedFeatures()))
        .append(".\n\n");
    sb.append("| feature | PSI | KS D | p |\n|---|---:|---:|---:|\n");
    for (FeatureDrift f : topDrift(r)) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %.4f | %.4f | %.3g |%n",
              f.name(),
              f.psi(),
              f.effectSize(),
              f.pValue()));
    }
    sb.append("\n## Labelling queue (live rows most worth a label)\n\n");
    sb.append("| live row | strategy | score |\n|---:|---|---:|\n");
    for (Selection q : r.labellingQueue()) {
      sb.append(
          String.format(Locale.ROOT, "| %d | %s | %.4f |%n", q.row(), q.strategy(), q.score()));
    }
    return sb.toString();
  }

  /**
   * The self-contained HTML report with inline SVG charts.
   *
   * @param r the result
   * @return the page
   */
  public static String html(DemoResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    sb.append("<title>LeanML demo report</title>\n<style>");
    sb.append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}");
    sb.append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}");
    sb.append("pre{background:#f6f6f6;padding:8px;overflow-x:auto}");
    sb.append(".charts svg{margin:8px;border:1px solid #eee}</style></head><body>\n");
    sb.append("<h1>LeanML demo: spam filter on UCI Spambase</h1>\n");
    sb.append("<h2>Summary</h2>\n<pre>").append(escape(summaryTable(r))).append("</pre>\n");
    sb.append("<div class=\"charts\">\n");

    List<SvgChart.Series> rocs = new ArrayList<>();
    List<SvgChart.Interval> aucs = new ArrayList<>();
    List<SvgChart.Interval> accs = new ArrayList<>();
    for (VersionOutcome v : r.versions()) {
      RocCurve roc = v.roc();
      rocs.add(
          new SvgChart.Series(
              String.format(Locale.ROOT, "v%d AUC %.3f", v.version(), v.auc().value()),
              roc.fpr(),
              roc.tpr()));
      aucs.add(interval(v, v.auc()));
      accs.add(interval(v, v.accuracy()));
    }
    sb.append(
        SvgChart.lines(
            "ROC per version (frozen evaluation set)",
            "false positive rate",
            "true positive rate",
            rocs,
            0,
            1,
            0,
            1,
            Double.NaN,
            true));
    sb.append(SvgChart.intervals("AUC history, 95% intervals", "AUC", aucs));
    sb.append(SvgChart.intervals("Accuracy history, 95% intervals", "accuracy", accs));
    for (VersionOutcome v : r.versions()) {
      if (v.canary().isEmpty()) {
        continue;
      }
      CanaryOutcome c = v.canary().get();
      double[] p = c.pValuePath();
      double[] x = new double[p.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = i + 1;
      }
      sb.append(
          SvgChart.lines(
              "Canary v" + c.candidateVersion() + " vs v" + c.championVersion() + ": p-value path",
              "canary units",
              "always-valid p-value",
              List.of(new SvgChart.Series(c.decision().name(), x, p)),
              0,
              Math.max(1, p.length),
              0,
              1,
              0.05,
              false));
    }
    List<SvgChart.Bar> bars = new ArrayList<>();
    for (FeatureDrift f : topDrift(r)) {
      bars.add(new SvgChart.Bar(f.name(), f.psi(), f.drifted()));
    }
    sb.append(
        SvgChart.bars(
            "Drift per feature: training vs live (top " + bars.size() + " by PSI)",
            "PSI",
            bars,
            r.drift().rule().psiThreshold()));
    sb.append("</div>\n<h2>Details</h2>\n<pre>")
        .append(escape(markdown(r)))
        .append("</pre>\n</body></html>\n");
    return sb.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static List<FeatureDrift> topDrift(DemoResult r) {
    List<FeatureDrift> all = new ArrayList<>(r.drift().features());
    all.sort(
        Comparator.comparingDouble((FeatureDrift f) -> Double.isNaN(f.psi()) ? -1 : f.psi())
            .reversed()
            .thenComparing(FeatureDrift::name));
    return all.subList(0, Math.min(DRIFT_BARS, all.size()));
  }

  private static SvgChart.Interval interval(VersionOutcome v, Estimate e) {
    return new SvgChart.Interval("v" + v.version(), e.value(), e.ciLow(), e.ciHigh());
  }

  private static String gate(VersionOutcome v) {
    if (v.regressions().isEmpty()) {
      return "-";
    }
    return v.regressions().stream().allMatch(RegressionCheck::passed) ? "pass" : "fail";
  }

  private static void row(StringBuilder sb, String part, int rows, String fp) {
    sb.append("| ").append(part).append(" | ").append(rows).append(" | `");
    sb.append(fp).append("` |\n");
  }

  private static String estimate(Estimate e) {
    if (e.hasInterval()) {
      return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.value(), e.ciLow(), e.ciHigh());
    }
    return String.format(Locale.ROOT, "%.4f", e.value());
  }

  private static String signedEstimate(Estimate e) {
    if (e.hasInterval()) {
      return String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", e.value(), e.ciLow(), e.ciHigh());
    }
    return String.format(Locale.ROOT, "%+.4f", e.value());
  }
}
