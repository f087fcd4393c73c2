package org.leanml.cli.drift;

import java.util.Locale;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.FeatureDrift;
import org.leanml.eval.drift.FeatureType;

/**
 * A drift report as Markdown or as a self-contained HTML page (inline CSS, no script): the sizes,
 * one table row per feature with the same statistics as the JSON report, and the verdict.
 */
final class DriftDocuments {
  private static final String[] HEADER = {
    "feature", "type", "PSI", "Jensen-Shannon", "test", "statistic", "p-value", "drifted"
  };

  private DriftDocuments() {}

  static String markdown(DriftReport r) {
    StringBuilder md = new StringBuilder("# Drift: ").append(r.verdict()).append("\n\n");
    md.append(summary(r)).append("\n\n");
    md.append('|').append(String.join(" | ", HEADER)).append("|\n");
    md.append("|---|---|---:|---:|---|---:|---:|---|\n");
    for (FeatureDrift f : r.features()) {
      String[] cells = cells(f);
      cells[0] = cells[0].replace("|", "\\|");
      md.append('|').append(String.join(" | ", cells)).append("|\n");
    }
    return md.toString();
  }

  static String html(DriftReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Drift: ")
        .append(r.verdict())
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em}")
        .append("td.n{text-align:right}tr.drift{background:#fde2e1}</style></head><body>\n")
        .append("<h1>Drift: ")
        .append(r.verdict())
        .append("</h1>\n<p>")
        .append(escape(summary(r)))
        .append("</p>\n<table>\n<tr>");
    for (String col : HEADER) {
      h.append("<th>").append(col).append("</th>");
    }
    h.append("</tr>\n");
    for (FeatureDrift f : r.features()) {
      String[] cells = cells(f);
      h.append(f.drifted() ? "<tr class=\"drift\">" : "<tr>");
      for (int i = 0; i < cells.length; i++) {
        boolean number = i >= 2 && i != 4 && i != 7;
        h.append(number ? "<td class=\"n\">" : "<td>").append(escape(cells[i])).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</table>\n</body></html>\n").toString();
  }

  private static String summary(DriftReport r) {
    String drifted =
        r.driftedFeatures().isEmpty()
            ? "No feature drifted."
            : "Drifted: " + String.join(", ", r.driftedFeatures()) + ".";
    return String.format(
        Locale.ROOT,
        "Reference %d rows, current %d rows, %d quantile bins. %s",
        r.referenceRows(),
        r.currentRows(),
        r.bins(),
        drifted);
  }

  private static String[] cells(FeatureDrift f) {
    boolean numeric = f.type() == FeatureType.NUMERIC;
    return new String[] {
      f.name(),
      numeric ? "numeric" : "categorical",
      num(f.psi()),
      num(f.jsDistance()),
      numeric ? "KS" : "chi-square",
      num(f.statistic()),
      num(f.pValue()),
      f.drifted() ? "yes" : "no"
    };
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
