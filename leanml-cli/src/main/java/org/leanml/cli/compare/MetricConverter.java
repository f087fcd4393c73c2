package org.leanml.cli.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leanml.core.contract.Task;
import org.leanml.core.metric.Metric;
import org.leanml.eval.report.ComparisonReport;
import picocli.CommandLine;

/** Reads {@code --metric} by report name ({@code auc}, {@code log_loss}, ...). */
final class MetricConverter implements CommandLine.ITypeConverter<Metric> {
  /**
   * The metrics that may be the primary one, in the order help lists them: those the report shows
   * for both models, so that the primary metric always has its row there.
   */
  static final List<Metric> PRIMARY = ComparisonReport.REPORTED_METRICS;

  @Override
  public Metric convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Metric m : PRIMARY) {
      if (m.reportName().equals(v)) {
        return m;
      }
    }
    List<String> names = new ArrayList<>();
    PRIMARY.forEach(m -> names.add(m.reportName()));
    throw new CommandLine.TypeConversionException(
        "unknown metric '" + value + "'; use one of " + String.join(", ", names));
  }

  static String namesFor(Task t) {
    List<String> names = new ArrayList<>();
    for (Metric m : PRIMARY) {
      if (m.appliesTo(t) && !(t == Task.MULTICLASS && m == Metric.LOG_LOSS)) {
        names.add(m.reportName());
      }
    }
    return String.join(", ", names);
  }
}
