package org.leanml.cli.compare;

import org.leanml.cli.OutputFormat;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.report.ComparisonReport;

/**
 * Renders a comparison in the format asked for: the terminal summary here, the reports with the
 * library's {@link ComparisonReport} (JSON schema in {@code docs/comparison-report-schema.md}).
 */
final class ComparisonReports {
  private ComparisonReports() {}

  /**
   * Renders a result.
   *
   * @param r the result
   * @param format the format
   * @param baselineName the baseline's name in reports (its column)
   * @param candidateName the candidate's name in reports (its column)
   * @return the text
   */
  static String render(
      ComparisonResult r, OutputFormat format, String baselineName, String candidateName) {
    if (format == OutputFormat.TEXT) {
      return ComparisonText.render(r);
    }
    ComparisonReport report = ComparisonReport.of(r).withNames(baselineName, candidateName);
    switch (format) {
      case JSON:
        return report.toJson();
      case MARKDOWN:
        return report.toMarkdown();
      case HTML:
        return report.toHtml();
      default:
        throw new AssertionError(format);
    }
  }
}
