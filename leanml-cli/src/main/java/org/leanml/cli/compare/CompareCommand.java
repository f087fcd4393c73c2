package org.leanml.cli.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.leanml.cli.LeanMl;
import org.leanml.cli.ReportOptions;
import org.leanml.core.contract.Task;
import org.leanml.core.metric.Metric;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.MetricValues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code leanml compare}: compares a candidate's predictions with a baseline's on the same rows and
 * gates the candidate. Exit status 0 when the gate passes, 1 when it fails, 2 for bad input.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare a candidate with a baseline on one predictions file and gate the candidate.",
      "Exit status: 0 gate passes, 1 gate fails, 2 bad input.",
      "Without --task: --positive means binary; numeric predictions mean binary when the label"
          + " has two values and every prediction is in [0, 1], regression otherwise;"
          + " non-numeric predictions mean multiclass."
    })
public final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.csv", description = "One row per example.")
  Path file;

  @Option(names = "--label", required = true, paramLabel = "COL", description = "The truth.")
  String label;

  @Option(
      names = "--baseline",
      required = true,
      paramLabel = "COL",
      description = "The baseline's predictions.")
  String baseline;

  @Option(
      names = "--candidate",
      required = true,
      paramLabel = "COL",
      description = "The candidate's predictions.")
  String candidate;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      description = "binary, multiclass or regression (inferred when absent).")
  Task task;

  @Option(
      names = "--positive",
      paramLabel = "VALUE",
      description = "The label value of the positive class (binary; implies --task binary).")
  String positive;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Binary: a row is predicted positive when its score is >= T (default 0.5).")
  Double threshold;

  @Option(
      names = "--metric",
      paramLabel = "METRIC",
      converter = MetricConverter.class,
      description =
          "Primary metric: auc, accuracy, log_loss, brier, f1 (binary), accuracy, macro_f1"
              + " (multiclass), rmse, mae, r2 (regression). Default auc, accuracy, rmse.")
  Metric metric;

  @Option(
      names = "--margin",
      paramLabel = "D",
      defaultValue = "0",
      description =
          "Allowed worsening of the primary metric, in its units (default ${DEFAULT-VALUE}).")
  double margin;

  @Option(
      names = "--alpha",
      paramLabel = "A",
      defaultValue = "0.05",
      description =
          "Significance level; intervals have confidence 1 - A (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(
      names = "--slice",
      paramLabel = "COL",
      description = "Also compare each value of this column on its own (repeatable).")
  List<String> slices = new ArrayList<>();

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      description = "Paired bootstrap resamples (default 2000, at least 100).")
  Integer bootstrap;

  @Option(names = "--seed", paramLabel = "S", description = "Bootstrap seed (default 0).")
  Long seed;

  @Option(
      names = "--max-negative-flip-rate",
      paramLabel = "R",
      description = "Fail the gate when more than this share of rows flips from right to wrong.")
  Double maxNegativeFlipRate;

  @Mixin ReportOptions output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public CompareCommand() {}

  @Override
  public Integer call() {
    ComparisonInput.Columns columns =
        new ComparisonInput.Columns(label, baseline, candidate, slices);
    ComparisonInput.Loaded loaded = ComparisonInput.load(file, columns, task, positive, metric);
    PairedComparison pc = configure(loaded.comparison(), loaded.task());
    ComparisonResult result = withoutHardLabelLogLoss(pc.run());
    output.write(
        ComparisonReports.render(result, output.format(), baseline, candidate),
        result.verdict() + ", gate " + result.gate().word(),
        spec);
    return result.passed() ? LeanMl.OK : LeanMl.GATE_FAILED;
  }

  private PairedComparison configure(PairedComparison pc, Task t) {
    if (metric != null) {
      requireMetricFits(metric, t);
      pc = pc.with(metric);
    }
    if (threshold != null) {
      if (t != Task.BINARY) {
        throw new IllegalArgumentException(
            "--threshold applies to binary comparisons only, but this one is " + name(t));
      }
      pc = pc.withThreshold(threshold);
    }
    pc = pc.withMargin(margin).withAlpha(alpha);
    if (bootstrap != null) {
      if (bootstrap < 100) {
        throw new IllegalArgumentException("--bootstrap must be at least 100 but was " + bootstrap);
      }
      pc = pc.withResamples(bootstrap);
    }
    if (seed != null) {
      pc = pc.withSeed(seed);
    }
    if (maxNegativeFlipRate != null) {
      if (t == Task.REGRESSION) {
        throw new IllegalArgumentException(
            "--max-negative-flip-rate applies to classification; a regression has no flips");
      }
      if (!(maxNegativeFlipRate >= 0 && maxNegativeFlipRate <= 1)) {
        throw new IllegalArgumentException(
            "--max-negative-flip-rate must be in [0, 1] but was " + maxNegativeFlipRate);
      }
      pc = pc.withMaxNegativeFlipRate(maxNegativeFlipRate);
    }
    // The bootstrap's result does not depend on the executor; the common pool only makes it faster.
    return pc.with(ForkJoinPool.commonPool());
  }

  /**
   * Multiclass predictions are labels, so their "probabilities" are one-hot and log loss is 0 or
   * the clipping bound per row: meaningless, so it is left out of every format.
   */
  static ComparisonResult withoutHardLabelLogLoss(ComparisonResult r) {
    if (r.task() != Task.MULTICLASS) {
      return r;
    }
    return new ComparisonResult(
        r.task(),
        r.n(),
        r.primaryMetric(),
        r.margin(),
        r.alpha(),
        r.threshold(),
        withoutLogLoss(r.baseline()),
        withoutLogLoss(r.candidate()),
        r.primaryDiff(),
        r.primaryPValue(),
        r.mcnemar(),
        r.delong(),
        r.bootstrap(),
        r.wilcoxon(),
        r.flips(),
        r.slices(),
        r.verdict(),
        r.gate(),
        r.baselineRoc(),
        r.candidateRoc());
  }

  private static MetricValues withoutLogLoss(MetricValues v) {
    Map<Metric, Estimate> m = new EnumMap<>(Metric.class);
    m.putAll(v.values());
    m.remove(Metric.LOG_LOSS);
    return new MetricValues(m, v.perClassRecall());
  }

  static void requireMetricFits(Metric m, Task t) {
    if (!m.appliesTo(t)) {
      throw new IllegalArgumentException(
          "--metric "
              + m.reportName()
              + " does not apply to a "
              + name(t)
              + " comparison; use one of "
              + MetricConverter.namesFor(t));
    }
    if (t == Task.MULTICLASS && m == Metric.LOG_LOSS) {
      throw new IllegalArgumentException(
          "--metric log_loss needs class probabilities, but multiclass columns hold predicted"
              + " labels; use accuracy or macro_f1");
    }
  }

  private static String name(Task t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}
