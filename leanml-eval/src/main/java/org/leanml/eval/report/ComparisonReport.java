package org.leanml.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.metric.Metric;
import org.leanml.eval.compare.BootstrapResult;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.DeLongResult;
import org.leanml.eval.compare.Flips;
import org.leanml.eval.compare.McNemarResult;
import org.leanml.eval.compare.SliceResult;
import org.leanml.eval.compare.WilcoxonResult;
import org.leanml.eval.history.HistoryEntry;
import org.leanml.eval.history.HistoryResult;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.MetricValues;
import org.leanml.eval.metric.RocCurve;

/**
 * A comparison rendered as JSON, Markdown or a self-contained HTML page.
 *
 * <p>The JSON schema (names, units, nullability) is documented in {@code
 * docs/comparison-report-schema.md}; numbers that are undefined (NaN) are written as {@code null}.
 * The HTML page has inline CSS and SVG only: ROC curves of both models (binary) and the history
 * chart of the primary metric, no script and no external resource.
 */
public final class ComparisonReport {
  /** The metrics that appear under {@code metrics.baseline} and {@code metrics.candidate}. */
  public static final List<Metric> REPORTED_METRICS =
      List.of(
          Metric.AUC,
          Metric.ACCURACY,
          Metric.LOG_LOSS,
          Metric.BRIER,
          Metric.F1,
          Metric.MACRO_F1,
          Metric.RMSE,
          Metric.MAE,
          Metric.R2);

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ComparisonResult result;
  private final String baselineName;
  private final String candidateName;
  private final @Nullable HistoryResult history;

  private ComparisonReport(
      ComparisonResult result,
      String baselineName,
      String candidateName,
      @Nullable HistoryResult history) {
    this.result = result;
    this.baselineName = baselineName;
    this.candidateName = candidateName;
    this.history = history;
  }

  /**
   * The report of one comparison, the models named {@code baseline} and {@code candidate}.
   *
   * @param result the comparison
   * @return the report
   */
  public static ComparisonReport of(ComparisonResult result) {
    return new ComparisonReport(
        Objects.requireNonNull(result, "result"), "baseline", "candidate", null);
  }

  /**
   * The report of a candidate against its history: the champion comparison in full, and the history
   * table and chart.
   *
   * @param history the history result
   * @return the report, models named after the champion and candidate versions
   */
  public static ComparisonReport of(HistoryResult history) {
    HistoryEntry champion = history.champion();
    return new ComparisonReport(
        champion.comparison(), champion.version(), history.candidate(), history);
  }

  /**
   * A copy with model names.
   *
   * @param baseline the baseline's name
   * @param candidate the candidate's name
   * @return the copy
   * @throws IllegalArgumentException if a name is blank
   */
  public ComparisonReport withNames(String baseline, String candidate) {
    if (baseline == null || baseline.isBlank() || candidate == null || candidate.isBlank()) {
      throw new IllegalArgumentException("model names must not be blank");
    }
    return new ComparisonReport(result, baseline, candidate, history);
  }

  // ---- JSON --------------------------------------------------------------------------------

  /**
   * The report as a JSON tree.
   *
   * @return the tree
   */
  public ObjectNode toJsonTree() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("task", result.task().name().toLowerCase(Locale.ROOT));
    root.put("n", result.n());
    root.put("primary_metric", result.primaryMetric().reportName());
    number(root, "margin", result.margin());
    number(root, "alpha", result.alpha());
    ObjectNode models = root.putObject("models");
    models.put("baseline", baselineName);
    models.put("candidate", candidateName);
    ObjectNode metrics = root.putObject("metrics");
    metrics.set("baseline", metrics(result.baseline()));
    metrics.set("candidate", metrics(result.candidate()));
    ObjectNode primary = root.putObject("primary_diff");
    number(primary, "diff", result.primaryDiff().value());
    number(primary, "ci_low", result.primaryDiff().ciLow());
    number(primary, "ci_high", result.primaryDiff().ciHigh());
    number(primary, "p_value", result.primaryPValue());
    ObjectNode tests = root.putObject("tests");
    tests.set("mcnemar", mcnemar(result.mcnemar()));
    tests.set("delong", delong(result.delong()));
    tests.set("bootstrap", bootstrap(result.bootstrap()));
    tests.set("wilcoxon", wilcoxon(result.wilcoxon()));
    root.set("flips", flips(result.flips()));
    ArrayNode slices = root.putArray("slices");
    for (SliceResult s : result.slices()) {
      ObjectNode o = slices.addObject();
      o.put("column", s.column());
      o.put("value", s.value());
      o.put("n", s.n());
      o.put("tested", s.tested());
      number(o, "diff", s.diff());
      number(o, "ci_low", s.ciLow());
      number(o, "ci_high", s.ciHigh());
      number(o, "p_value", s.pValue());
      number(o, "p_holm", s.pHolm());
      o.put("verdict", s.verdict().name());
    }
    if (history != null) {
      ArrayNode h = root.putArray("history");
      for (HistoryEntry e : history.entries()) {
        ObjectNode o = h.addObject();
        ComparisonResult c = e.comparison();
        o.put("version", e.version());
        o.put("champion", e.champion());
        number(o, "value", e.versionValue());
        number(o, "diff", c.primaryDiff().value());
        number(o, "ci_low", c.primaryDiff().ciLow());
        number(o, "ci_high", c.primaryDiff().ciHigh());
        number(o, "p_value", c.primaryPValue());
        o.put("verdict", c.verdict().name());
      }
    }
    root.put("verdict", result.verdict().name());
    root.put("gate", gatePassed() ? "pass" : "fail");
    ArrayNode reasons = root.putArray("gate_reasons");
    for (String r : gateReasons()) {
      reasons.add(r);
    }
    return root;
  }

  /**
   * The report as indented JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(toJsonTree());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean gatePassed() {
    return history == null ? result.passed() : history.passed();
  }

  private List<String> gateReasons() {
    if (history == null || history.passed()) {
      return result.gate().reasons();
    }
    List<String> r = new java.util.ArrayList<>(result.gate().reasons());
    for (HistoryEntry e : history.entries()) {
      if (e.verdict() == org.leanml.eval.decision.GateVerdict.REGRESSED) {
        r.add("REGRESSED against earlier version " + e.version());
      }
    }
    return r;
  }

  private static ObjectNode metrics(MetricValues values) {
    ObjectNode o = MAPPER.createObjectNode();
    for (Metric m : REPORTED_METRICS) {
      Estimate e = values.values().get(m);
      if (e != null) {
        ObjectNode v = o.putObject(m.reportName());
        number(v, "value", e.value());
        number(v, "ci_low", e.ciLow());
        number(v, "ci_high", e.ciHigh());
      }
    }
    return o;
  }

  private static JsonNode mcnemar(McNemarResult r) {
    if (r == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("b", r.b());
    o.put("c", r.c());
    number(o, "p_exact", r.pExact());
    number(o, "p_mid", r.pMid());
    number(o, "chi2_cc", r.chi2cc());
    number(o, "p_chi2_cc", r.pChi2cc());
    return o;
  }

  private static JsonNode delong(DeLongResult r) {
    if (r == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    number(o, "auc_baseline", r.aucBaseline());
    number(o, "auc_candidate", r.aucCandidate());
    number(o, "diff", r.diff());
    number(o, "se", r.se());
    number(o, "z", r.z());
    number(o, "p_value", r.pValue());
    return o;
  }

  private static JsonNode bootstrap(BootstrapResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("metric", r.metric().reportName());
    number(o, "diff", r.diff());
    number(o, "ci_low", r.ciLow());
    number(o, "ci_high", r.ciHigh());
    o.put("resamples", r.resamples());
    o.put("seed", r.seed());
    o.put("method", r.method().name().toLowerCase(Locale.ROOT));
    number(o, "p_value", r.pValue());
    return o;
  }

  private static JsonNode wilcoxon(WilcoxonResult r) {
    if (r == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    number(o, "statistic", r.statistic());
    number(o, "z", r.z());
    number(o, "p_value", r.pValue());
    o.put("n_nonzero", r.nNonzero());
    o.put("exact", r.exact());
    return o;
  }

  private static JsonNode flips(Flips f) {
    if (f == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("negative", f.negative());
    o.put("positive", f.positive());
    number(o, "negative_flip_rate", f.negativeFlipRate());
    number(o, "churn", f.churn());
    return o;
  }

  private static void number(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    } else {
      o.putNull(name);
    }
  }

  // ---- Markdown ----------------------------------------------------------------------------

  /**
   * The report as Markdown.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Comparison: ")
        .append(candidateName)
        .append(" vs ")
        .append(baselineName)
        .append("\n\n");
    md.append("**Gate: ")
        .append(gatePassed() ? "PASS" : "FAIL")
        .append("** — verdict ")
        .append(result.verdict())
        .append(" on ")
        .append(result.primaryMetric().reportName())
        .append(": diff ")
        .append(fmt(result.primaryDiff().value()))
        .append(" [")
        .append(fmt(result.primaryDiff().ciLow()))
        .append(", ")
        .append(fmt(result.primaryDiff().ciHigh()))
        .append("], margin ")
        .append(fmt(result.margin()))
        .append(", confidence ")
        .append(fmt(1 - result.alpha()))
        .append(", n = ")
        .append(result.n())
        .append(".\n\n");
    for (String r : gateReasons()) {
      md.append("- ").append(r).append('\n');
    }
    md.append("\n## Metrics\n\n| metric | ")
        .append(baselineName)
        .append(" | ")
        .append(candidateName)
        .append(" |\n|---|---|---|\n");
    for (Metric m : REPORTED_METRICS) {
      Estimate b = result.baseline().values().get(m);
      Estimate c = result.candidate().values().get(m);
      if (b != null && c != null) {
        md.append("| ")
            .append(m.reportName())
            .append(" | ")
            .append(estimate(b))
            .append(" | ")
            .append(estimate(c))
            .append(" |\n");
      }
    }
    md.append("\n## Tests\n\n");
    if (result.mcnemar() != null) {
      McNemarResult r = result.mcnemar();
      md.append("- McNemar: b = ")
          .append(r.b())
          .append(", c = ")
          .append(r.c())
          .append(", exact p = ")
          .append(fmt(r.pExact()))
          .append(", mid-p = ")
          .append(fmt(r.pMid()))
          .append(", χ² (cc) = ")
          .append(fmt(r.chi2cc()))
          .append(" (p = ")
          .append(fmt(r.pChi2cc()))
          .append(")\n");
    }
    if (result.delong() != null) {
      DeLongResult r = result.delong();
      md.append("- DeLong: AUC ")
          .append(fmt(r.aucBaseline()))
          .append(" → ")
          .append(fmt(r.aucCandidate()))
          .append(", diff ")
          .append(fmt(r.diff()))
          .append(", se ")
          .append(fmt(r.se()))
          .append(", z ")
          .append(fmt(r.z()))
          .append(", p = ")
          .append(fmt(r.pValue()))
          .append('\n');
    }
    BootstrapResult bs = result.bootstrap();
    md.append("- Paired bootstrap (")
        .append(bs.metric().reportName())
        .append(", ")
        .append(bs.resamples())
        .append(" resamples, seed ")
        .append(bs.seed())
        .append(", ")
        .append(bs.method().name().toLowerCase(Locale.ROOT))
        .append("): diff ")
        .append(fmt(bs.diff()))
        .append(" [")
        .append(fmt(bs.ciLow()))
        .append(", ")
        .append(fmt(bs.ciHigh()))
        .append("]\n");
    if (result.wilcoxon() != null) {
      WilcoxonResult w = result.wilcoxon();
      md.append("- Wilcoxon signed-rank on absolute errors: statistic ")
          .append(fmt(w.statistic()))
          .append(", z ")
          .append(fmt(w.z()))
          .append(", p = ")
          .append(fmt(w.pValue()))
          .append(", non-zero ")
          .append(w.nNonzero())
          .append('\n');
    }
    if (result.flips() != null) {
      Flips f = result.flips();
      md.append("- Flips: ")
          .append(f.negative())
          .append(" negative, ")
          .append(f.positive())
          .append(" positive, negative-flip rate ")
          .append(fmt(f.negativeFlipRate()))
          .append(", churn ")
          .append(fmt(f.churn()))
          .append('\n');
    }
    if (!result.slices().isEmpty()) {
      md.append("\n## Slices\n\n| slice | n | diff | interval | p (Holm) | verdict |\n")
          .append("|---|---|---|---|---|---|\n");
      for (SliceResult s : result.slices()) {
        md.append("| ")
            .append(s.label())
            .append(" | ")
            .append(s.n())
            .append(" | ")
            .append(s.tested() ? fmt(s.diff()) : "not tested (too small)")
            .append(" | ")
            .append(s.tested() ? "[" + fmt(s.ciLow()) + ", " + fmt(s.ciHigh()) + "]" : "")
            .append(" | ")
            .append(s.tested() ? fmt(s.pHolm()) : "")
            .append(" | ")
            .append(s.verdict())
            .append(" |\n");
      }
    }
    if (history != null) {
      md.append("\n## History\n\n| version | ")
          .append(result.primaryMetric().reportName())
          .append(" | diff | interval | p | verdict |\n|---|---|---|---|---|---|\n");
      for (HistoryEntry e : history.entries()) {
        ComparisonResult c = e.comparison();
        md.append("| ")
            .append(e.version())
            .append(e.champion() ? " (champion)" : "")
            .append(" | ")
            .append(fmt(e.versionValue()))
            .append(" | ")
            .append(fmt(c.primaryDiff().value()))
            .append(" | [")
            .append(fmt(c.primaryDiff().ciLow()))
            .append(", ")
            .append(fmt(c.primaryDiff().ciHigh()))
            .append("] | ")
            .append(fmt(c.primaryPValue()))
            .append(" | ")
            .append(c.verdict())
            .append(" |\n");
      }
      md.append("| ")
          .append(candidateName)
          .append(" (candidate) | ")
          .append(fmt(result.candidate().value(result.primaryMetric())))
          .append(" | | | | |\n");
    }
    return md.toString();
  }

  private static String estimate(Estimate e) {
    return e.hasInterval()
        ? fmt(e.value()) + " [" + fmt(e.ciLow()) + ", " + fmt(e.ciHigh()) + "]"
        : fmt(e.value());
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v != 0 && Math.abs(v) < 1e-4) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    return String.format(Locale.ROOT, "%.4f", v);
  }

  // ---- HTML --------------------------------------------------------------------------------

  /**
   * The report as a self-contained HTML page (inline CSS and SVG, no script, no external resource).
   *
   * @return the HTML text
   */
  public String toHtml() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(esc("Comparison: " + candidateName + " vs " + baselineName))
        .append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
        .append("th:first-child,td:first-child{text-align:left}")
        .append(".pass{color:#176f2c}.fail{color:#b00020}")
        .append("svg{border:1px solid #ddd;margin:0.5em 1em 0.5em 0}")
        .append("</style></head><body>\n");
    h.append("<h1>")
        .append(esc(candidateName + " vs " + baselineName))
        .append("</h1>\n<p class=\"")
        .append(gatePassed() ? "pass" : "fail")
        .append("\"><strong>Gate: ")
        .append(gatePassed() ? "PASS" : "FAIL")
        .append("</strong></p>\n");
    String md = toMarkdown();
    // The tables and lists of the Markdown rendering, converted line by line.
    h.append(markdownToHtml(md.substring(md.indexOf('\n') + 1)));
    if (result.baselineRoc() != null && result.candidateRoc() != null) {
      h.append("<h2>ROC curves</h2>\n").append(rocSvg());
    }
    if (history != null) {
      h.append("<h2>History of ")
          .append(esc(result.primaryMetric().reportName()))
          .append("</h2>\n")
          .append(historySvg());
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private String rocSvg() {
    int size = 360;
    int pad = 40;
    int plot = size - 2 * pad;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(size)
        .append("\" height=\"")
        .append(size)
        .append("\" role=\"img\" aria-label=\"ROC curves\">");
    s.append("<rect x=\"")
        .append(pad)
        .append("\" y=\"")
        .append(pad)
        .append("\" width=\"")
        .append(plot)
        .append("\" height=\"")
        .append(plot)
        .append("\" fill=\"none\" stroke=\"#999\"/>");
    s.append("<line x1=\"")
        .append(pad)
        .append("\" y1=\"")
        .append(pad + plot)
        .append("\" x2=\"")
        .append(pad + plot)
        .append("\" y2=\"")
        .append(pad)
        .append("\" stroke=\"#ccc\" stroke-dasharray=\"4\"/>");
    s.append(polyline(result.baselineRoc(), pad, plot, "#888"));
    s.append(polyline(result.candidateRoc(), pad, plot, "#1f5fbf"));
    s.append(text(pad + plot / 2, size - 8, "false positive rate"));
    s.append(text(pad, 24, "true positive rate"));
    s.append(legend(pad + plot - 150, pad + plot - 40, "#888", baselineName));
    s.append(legend(pad + plot - 150, pad + plot - 20, "#1f5fbf", candidateName));
    return s.append("</svg>\n").toString();
  }

  private static String polyline(RocCurve roc, int pad, int plot, String color) {
    double[] f = roc.fpr();
    double[] t = roc.tpr();
    StringBuilder s = new StringBuilder("<polyline fill=\"none\" stroke=\"");
    s.append(color).append("\" stroke-width=\"2\" points=\"");
    for (int i = 0; i < f.length; i++) {
      s.append(
          String.format(Locale.ROOT, "%.1f,%.1f ", pad + f[i] * plot, pad + (1 - t[i]) * plot));
    }
    return s.append("\"/>").toString();
  }

  private String historySvg() {
    List<HistoryEntry> entries =
        Objects.requireNonNull(history, "a history chart needs a history").entries();
    int width = Math.max(360, 80 * (entries.size() + 1) + 80);
    int height = 260;
    int pad = 40;
    double candidateValue = result.candidate().value(result.primaryMetric());
    double lo = candidateValue;
    double hi = candidateValue;
    for (HistoryEntry e : entries) {
      lo = Math.min(lo, e.versionValue());
      hi = Math.max(hi, e.versionValue());
    }
    if (!(hi > lo)) {
      hi = lo + 1e-9;
    }
    double span = hi - lo;
    lo -= 0.1 * span;
    hi += 0.1 * span;
    int plotW = width - 2 * pad;
    int plotH = height - 2 * pad;
    int count = entries.size() + 1;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"history chart\">");
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < count; i++) {
      boolean isCandidate = i == entries.size();
      double v = isCandidate ? candidateValue : entries.get(i).versionValue();
      double x = pad + (count == 1 ? plotW / 2.0 : (double) i * plotW / (count - 1));
      double y = pad + (hi - v) / (hi - lo) * plotH;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      String label = isCandidate ? candidateName : entries.get(i).version();
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>",
              x,
              y,
              isCandidate ? "#1f5fbf" : "#888"));
      s.append(text((int) x, height - 12, label));
      s.append(text((int) x, (int) y - 10, fmt(v)));
    }
    s.append("<polyline fill=\"none\" stroke=\"#aaa\" points=\"").append(points).append("\"/>");
    return s.append("</svg>\n").toString();
  }

  private static String text(int x, int y, String t) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" font-size=\"11\" text-anchor=\"middle\">"
        + esc(t)
        + "</text>";
  }

  private static String legend(int x, int y, String color, String name) {
    return "<line x1=\""
        + x
        + "\" y1=\""
        + y
        + "\" x2=\""
        + (x + 20)
        + "\" y2=\""
        + y
        + "\" stroke=\""
        + color
        + "\" stroke-width=\"2\"/><text x=\""
        + (x + 26)
        + "\" y=\""
        + (y + 4)
        + "\" font-size=\"11\">"
        + esc(name)
        + "</text>";
  }

  // String.split's dropping of trailing empty strings is wanted here: trailing blank lines of the
  // Markdown add nothing to the HTML.
  @SuppressWarnings("StringSplitter")
  private static String markdownToHtml(String md) {
    StringBuilder h = new StringBuilder();
    boolean inTable = false;
    boolean inList = false;
    boolean header = false;
    for (String line : md.split("\n")) {
      if (line.startsWith("|")) {
        if (line.startsWith("|---")) {
          continue;
        }
        if (!inTable) {
          h.append("<table>");
          inTable = true;
          header = true;
        }
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        h.append("<tr>");
        for (String c : cells) {
          h.append(header ? "<th>" : "<td>")
              .append(esc(c.trim()))
              .append(header ? "</th>" : "</td>");
        }
        h.append("</tr>");
        header = false;
        continue;
      }
      if (inTable) {
        h.append("</table>\n");
        inTable = false;
      }
      if (line.startsWith("- ")) {
        if (!inList) {
          h.append("<ul>");
          inList = true;
        }
        h.append("<li>").append(esc(line.substring(2))).append("</li>");
        continue;
      }
      if (inList) {
        h.append("</ul>\n");
        inList = false;
      }
      if (line.startsWith("## ")) {
        h.append("<h2>").append(esc(line.substring(3))).append("</h2>\n");
      } else if (!line.isBlank()) {
        h.append("<p>").append(esc(line.replace("**", ""))).append("</p>\n");
      }
    }
    if (inTable) {
      h.append("</table>\n");
    }
    if (inList) {
      h.append("</ul>\n");
    }
    return h.toString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
