package org.leanml.cli.canary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.leanml.cli.CliRun;
import org.leanml.cli.LeanMl;
import org.leanml.eval.sequential.CanaryPlan;
import org.leanml.eval.sequential.CanarySimulation;
import org.leanml.eval.sequential.CanarySimulationResult;

class SimulateCommandTest {

  @Test
  void json_hasEveryFieldAndEqualsTheLibrarysSimulation() throws IOException {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "0.10",
            "--candidate-rate",
            "0.10",
            "--units",
            "2000",
            "--runs",
            "60",
            "--seed",
            "7",
            "--format",
            "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.OK);
    JsonNode j = new ObjectMapper().readTree(run.out());
    assertThat(j.fieldNames())
        .toIterable()
        .containsExactly(
            "runs",
            "promote",
            "rollback",
            "continue",
            "false_decision_rate",
            "median_units_to_decision");
    CanarySimulationResult expected =
        CanarySimulation.on(Runnable::run).run(CanaryPlan.of(0.10, 0.10, 2000, 60).withSeed(7));
    assertThat(j.get("runs").asInt()).isEqualTo(60);
    assertThat(j.get("promote").asInt()).isEqualTo(expected.promote());
    assertThat(j.get("rollback").asInt()).isEqualTo(expected.rollback());
    assertThat(j.get("continue").asInt()).isEqualTo(expected.continueCount());
    assertThat(j.get("false_decision_rate").asDouble()).isEqualTo(expected.falseDecisionRate());
  }

  @Test
  void clearlyWorseCandidate_mostRunsRollBack() throws IOException {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "0.05",
            "--candidate-rate",
            "0.20",
            "--units",
            "3000",
            "--runs",
            "40",
            "--format",
            "json");

    JsonNode j = new ObjectMapper().readTree(run.out());
    assertThat(j.get("rollback").asInt()).isGreaterThan(30);
    assertThat(j.get("median_units_to_decision").asDouble()).isPositive().isLessThan(3000);
  }

  @Test
  void text_summarisesTheDecisions() {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "0.05",
            "--candidate-rate",
            "0.05",
            "--units",
            "500",
            "--runs",
            "20");

    assertThat(run.exit()).isEqualTo(LeanMl.OK);
    assertThat(run.out()).contains("promote", "rollback", "false decision rate");
  }

  @Test
  void rateAboveOne_isBadInput() {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "1.5",
            "--candidate-rate",
            "0.1",
            "--units",
            "100",
            "--runs",
            "10");

    run.assertBadInput("--baseline-rate", "1.5");
  }

  @Test
  void zeroRuns_isBadInput() {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "0.1",
            "--candidate-rate",
            "0.1",
            "--units",
            "100",
            "--runs",
            "0");

    run.assertBadInput("--runs");
  }

  @Test
  void notANumber_isBadInput() {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "ten",
            "--candidate-rate",
            "0.1",
            "--units",
            "100",
            "--runs",
            "5");

    run.assertBadInput("ten");
  }

  @Test
  void markdown_isBadInput() {
    CliRun run =
        CliRun.of(
            "canary",
            "simulate",
            "--baseline-rate",
            "0.1",
            "--candidate-rate",
            "0.1",
            "--units",
            "100",
            "--runs",
            "5",
            "--format",
            "markdown");

    run.assertBadInput("--format");
  }

  @Test
  void noSubcommand_isBadInput() {
    CliRun run = CliRun.of("canary");

    run.assertBadInput("simulate");
  }
}
