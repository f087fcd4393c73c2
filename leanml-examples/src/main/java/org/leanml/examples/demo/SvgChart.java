package org.leanml.examples.demo;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the demo's HTML report: lines, points with intervals, and horizontal
 * bars. Output is deterministic text with no scripts and no external references.
 */
final class SvgChart {
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};
  private static final int W = 520;
  private static final int H = 300;
  private static final int LEFT = 60;
  private static final int RIGHT = 130;
  private static final int TOP = 30;
  private static final int BOTTOM = 45;

  private SvgChart() {}

  /** One named line. */
  // Arrays are fine here: a series is drawn once and never compared or used as a key.
  @SuppressWarnings("ArrayRecordComponent")
  record Series(String name, double[] x, double[] y) {}

  /** One labelled point with an interval. */
  record Interval(String label, double value, double low, double high) {}

  /** One labelled bar. */
  record Bar(String label, double value, boolean highlighted) {}

  static String lines(
      String title,
      String xLabel,
      String yLabel,
      List<Series> series,
      double xMin,
      double xMax,
      double yMin,
      double yMax,
      double referenceY,
      boolean diagonal) {
    StringBuilder sb = open(title);
    axes(sb, xLabel, yLabel, xMin, xMax, yMin, yMax);
    if (diagonal) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\""
                  + " stroke-dasharray=\"4 3\"/>%n",
              px(xMin, xMin, xMax),
              py(yMin, yMin, yMax),
              px(xMax, xMin, xMax),
              py(yMax, yMin, yMax)));
    }
    if (!Double.isNaN(referenceY)) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\""
                  + " stroke-dasharray=\"6 3\"/>%n",
              LEFT,
              py(referenceY, yMin, yMax),
              W - RIGHT,
              py(referenceY, yMin, yMax)));
    }
    for (int s = 0; s < series.size(); s++) {
      Series se = series.get(s);
      String colour = COLOURS[s % COLOURS.length];
      sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"");
      sb.append(" points=\"");
      for (int i = 0; i < se.x().length; i++) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f ",
                px(se.x()[i], xMin, xMax),
                py(Math.max(yMin, Math.min(yMax, se.y()[i])), yMin, yMax)));
      }
      sb.append("\"/>\n");
      legend(sb, s, se.name(), colour);
    }
    return sb.append("</svg>\n").toString();
  }

  static String intervals(String title, String yLabel, List<Interval> points) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Interval p : points) {
      lo = Math.min(lo, finiteOr(p.low(), p.value()));
      hi = Math.max(hi, finiteOr(p.high(), p.value()));
    }
    double pad = Math.max(1e-3, (hi - lo) * 0.15);
    double yMin = lo - pad;
    double yMax = hi + pad;
    double xMin = 0.5;
    double xMax = points.size() + 0.5;
    StringBuilder sb = open(title);
    axes(sb, "version", yLabel, Double.NaN, Double.NaN, yMin, yMax);
    for (int i = 0; i < points.size(); i++) {
      Interval p = points.get(i);
      double x = px(i + 1, xMin, xMax);
      double l = py(finiteOr(p.low(), p.value()), yMin, yMax);
      double h = py(finiteOr(p.high(), p.value()), yMin, yMax);
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f77b4\""
                  + " stroke-width=\"2\"/>%n"
                  + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f77b4\"/>%n"
                  + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n"
                  + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\">%.4f</text>%n",
              x,
              l,
              x,
              h,
              x,
              py(p.value(), yMin, yMax),
              x,
              H - BOTTOM + 15,
              DemoReport.escape(p.label()),
              x + 7,
              py(p.value(), yMin, yMax) + 4,
              p.value()));
    }
    return sb.append("</svg>\n").toString();
  }

  static String bars(String title, String xLabel, List<Bar> bars, double reference) {
    int rowH = 14;
    int height = TOP + BOTTOM + rowH * bars.size();
    double max = reference;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    max = max <= 0 ? 1 : max * 1.1;
    int left = 130;
    int width = W - left - 40;
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
            W,
            height,
            W,
            height));
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
            LEFT,
            DemoReport.escape(title)));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + i * rowH;
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>%n"
                  + "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
              left - 4,
              y + 10,
              DemoReport.escape(b.label()),
              left,
              y + 2,
              Math.max(0.5, b.value() / max * width),
              rowH - 4,
              b.highlighted() ? "#d62728" : "#1f77b4"));
    }
    double rx = left + reference / max * width;
    sb.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\""
                + " stroke-dasharray=\"6 3\"/>%n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s (dashed: drift threshold)</text>%n",
            rx,
            TOP,
            rx,
            TOP + rowH * bars.size(),
            left,
            height - 15,
            DemoReport.escape(xLabel)));
    return sb.append("</svg>\n").toString();
  }

  private static double finiteOr(double v, double fallback) {
    return Double.isFinite(v) ? v : fallback;
  }

  private static StringBuilder open(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
            W,
            H,
            W,
            H));
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
            LEFT,
            DemoReport.escape(title)));
    return sb;
  }

  private static void axes(
      StringBuilder sb,
      String xLabel,
      String yLabel,
      double xMin,
      double xMax,
      double yMin,
      double yMax) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n",
            LEFT,
            TOP,
            W - LEFT - RIGHT,
            H - TOP - BOTTOM));
    for (int i = 0; i <= 4; i++) {
      double v = yMin + (yMax - yMin) * i / 4;
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>%n",
              LEFT - 4,
              py(v, yMin, yMax) + 3,
              tick(v)));
      if (!Double.isNaN(xMin)) {
        double x = xMin + (xMax - xMin) * i / 4;
        sb.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                px(x, xMin, xMax),
                H - BOTTOM + 14,
                tick(x)));
      }
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n"
                + "<text x=\"14\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %d)\">%s</text>%n",
            (LEFT + W - RIGHT) / 2,
            H - 8,
            DemoReport.escape(xLabel),
            (TOP + H - BOTTOM) / 2,
            (TOP + H - BOTTOM) / 2,
            DemoReport.escape(yLabel)));
  }

  private static void legend(StringBuilder sb, int index, String name, String colour) {
    int y = TOP + 12 + index * 16;
    sb.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
            W - RIGHT + 8,
            y - 4,
            colour,
            W - RIGHT + 24,
            y,
            DemoReport.escape(name)));
  }

  private static String tick(double v) {
    if (v != 0 && Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private static double px(double x, double xMin, double xMax) {
    return LEFT + (x - xMin) / (xMax - xMin) * (W - LEFT - RIGHT);
  }

  private static double py(double y, double yMin, double yMax) {
    return H - BOTTOM - (y - yMin) / (yMax - yMin) * (H - TOP - BOTTOM);
  }
}
