package org.leanml.cli.compare;

import org.leanml.cli.OutputFormat;
import org.leanml.eval.compare.ComparisonResult;

/** Renders a comparison in the format asked for. */
final class ComparisonReports {
  private ComparisonReports() {}

  static String render(ComparisonResult r, OutputFormat format) {
    switch (format) {
      case TEXT:
        return ComparisonText.render(r);
      default:
        throw new IllegalArgumentException(
            "--format "
                + format.name().toLowerCase(java.util.Locale.ROOT)
                + " is not available yet");
    }
  }
}
