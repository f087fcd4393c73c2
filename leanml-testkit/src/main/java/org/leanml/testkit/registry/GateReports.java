package org.leanml.testkit.registry;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.testkit.gate.ComparisonAssert;

/** The report file of one comparison a test ran. */
final class GateReports {
  private GateReports() {}

  static String render(ExtensionContext context, ComparisonResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(context.getDisplayName()).append("\n\n");
    sb.append("Test: `").append(context.getUniqueId()).append("`\n\n");
    sb.append("Gate: **").append(r.gate().word()).append("**, verdict **");
    sb.append(r.verdict()).append("**\n\n```\n");
    sb.append(ComparisonAssert.summary(r)).append("\n```\n");
    for (String reason : r.gate().reasons()) {
      sb.append("- ").append(reason).append('\n');
    }
    return sb.toString();
  }
}
