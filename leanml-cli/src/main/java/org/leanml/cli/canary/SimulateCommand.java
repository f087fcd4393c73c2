package org.leanml.cli.canary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.leanml.cli.LeanMl;
import org.leanml.cli.Output;
import org.leanml.cli.OutputFormat;
import org.leanml.eval.sequential.CanaryPlan;
import org.leanml.eval.sequential.CanarySimulation;
import org.leanml.eval.sequential.CanarySimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leanml canary simulate}: simulates many canary rollouts of a rate metric (lower is better,
 * such as an error rate) with the library's {@link CanarySimulation}, which decides with the same
 * code as a real rollout. Exit status 0, or 2 for bad input.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Simulate canary rollouts of a rate (lower is better, e.g. an error rate) decided by the"
          + " mixture sequential test that real rollouts use.",
      "Exit status: 0, or 2 for bad input."
    })
public final class SimulateCommand implements Callable<Integer> {
  @Option(
      names = "--baseline-rate",
      required = true,
      paramLabel = "P0",
      description = "The champion's true rate, in [0, 1].")
  double baselineRate;

  @Option(
      names = "--candidate-rate",
      required = true,
      paramLabel = "P1",
      description = "The candidate's true rate, in [0, 1].")
  double candidateRate;

  @Option(
      names = "--units",
      required = true,
      paramLabel = "N",
      description = "Units (requests, users) per rollout, both arms together.")
  int units;

  @Option(names = "--runs", required = true, paramLabel = "R", description = "Simulated rollouts.")
  int runs;

  @Option(
      names = "--margin",
      paramLabel = "D",
      defaultValue = "0",
      description = "Non-inferiority margin on the rate (default ${DEFAULT-VALUE}).")
  double margin;

  @Option(
      names = "--alpha",
      paramLabel = "A",
      defaultValue = "0.05",
      description = "Significance level (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of the simulation (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public SimulateCommand() {}

  @Override
  public Integer call() {
    if (format == OutputFormat.MARKDOWN || format == OutputFormat.HTML) {
      throw new IllegalArgumentException(
          "--format must be text or json for canary simulate but was "
              + format.name().toLowerCase(Locale.ROOT));
    }
    requireRate("--baseline-rate", baselineRate);
    requireRate("--candidate-rate", candidateRate);
    requireAtLeastOne("--units", units);
    requireAtLeastOne("--runs", runs);
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("--margin must be in [0, 1] but was " + margin);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("--alpha must be in (0, 1) but was " + alpha);
    }
    CanaryPlan plan =
        CanaryPlan.of(baselineRate, candidateRate, units, runs)
            .withMargin(margin)
            .withAlpha(alpha)
            .withSeed(seed);
    // Runs are seeded up front, so the result does not depend on the pool.
    CanarySimulationResult r = CanarySimulation.on(ForkJoinPool.commonPool()).run(plan);
    Output.write(
        format == OutputFormat.JSON ? pretty(r.toJson()) : text(plan, r),
        null,
        spec.commandLine().getOut());
    return LeanMl.OK;
  }

  private static void requireRate(String option, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(option + " must be in [0, 1] but was " + rate);
    }
  }

  private static void requireAtLeastOne(String option, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be at least 1 but was " + value);
    }
  }

  private static String pretty(String json) {
    ObjectMapper m = new ObjectMapper();
    try {
      return m.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m.readTree(json));
    } catch (IOException e) {
      throw new IllegalStateException("the library's JSON always parses", e);
    }
  }

  private static String text(CanaryPlan p, CanarySimulationResult r) {
    return String.format(
        Locale.ROOT,
        "%d rollouts of up to %d units, baseline rate %s, candidate rate %s, margin %s, alpha %s%n"
            + "promote %d, rollback %d, continue %d%n"
            + "false decision rate %s%n"
            + "median units to decision %s%n",
        r.runs(),
        p.units(),
        p.baselineRate(),
        p.candidateRate(),
        p.margin(),
        p.alpha(),
        r.promote(),
        r.rollback(),
        r.continueCount(),
        r.falseDecisionRate(),
        Double.isNaN(r.medianUnitsToDecision())
            ? "n/a (no run decided)"
            : r.medianUnitsToDecision());
  }
}
