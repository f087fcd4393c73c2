package org.leanml.cli.drift;

import java.util.Locale;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.FeatureDrift;
import org.leanml.eval.drift.FeatureType;

/** The terminal summary of a drift report: one line per feature, then the verdict. */
final class DriftText {
  private DriftText() {}

  static String render(DriftReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "reference %d rows, current %d rows, %d bins%n",
            r.referenceRows(),
            r.currentRows(),
            r.bins()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-24s %-11s %9s %9s %-6s %9s %9s  %s%n",
            "feature",
            "type",
            "psi",
            "js",
            "test",
            "statistic",
            "p-value",
            "drifted"));
    for (FeatureDrift f : r.features()) {
      boolean numeric = f.type() == FeatureType.NUMERIC;
      sb.append(
          String.format(
              Locale.ROOT,
              "%-24s %-11s %9s %9s %-6s %9s %9s  %s%n",
              f.name(),
              numeric ? "numeric" : "categorical",
              num(f.psi()),
              num(f.jsDistance()),
              numeric ? "ks" : "chi2",
              num(f.statistic()),
              num(f.pValue()),
              f.drifted() ? "yes" : "no"));
    }
    sb.append(r.verdict());
    if (!r.driftedFeatures().isEmpty()) {
      sb.append(": ").append(String.join(", ", r.driftedFeatures()));
    }
    return sb.append(System.lineSeparator()).toString();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
  }
}
