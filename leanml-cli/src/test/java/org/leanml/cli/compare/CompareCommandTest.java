package org.leanml.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;
import org.leanml.cli.LeanMl;

class CompareCommandTest {
  @TempDir Path dir;

  @Test
  void binary_betterCandidate_gatePassesWithExit0() {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(600, 2.5, 3));

    CliRun run =
        CliRun.of(
            PredictionFiles.compareArgs(
                f, "--positive", "spam", "--bootstrap", "200", "--seed", "1"));

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("binary comparison of 600 rows", "auc", "IMPROVED, gate pass");
  }

  @Test
  void binary_worseCandidate_gateFailsWithExit1() {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(600, 0.2, 3));

    CliRun run =
        CliRun.of(PredictionFiles.compareArgs(f, "--positive", "spam", "--bootstrap", "200"));

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.GATE_FAILED);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("REGRESSED, gate fail");
  }

  @Test
  void binary_flipLimitExceeded_gateFailsWithExit1() {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(600, 1.3, 3));

    CliRun run =
        CliRun.of(
            PredictionFiles.compareArgs(
                f, "--positive", "spam", "--bootstrap", "200", "--max-negative-flip-rate", "0"));

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(LeanMl.GATE_FAILED);
    assertThat(run.out()).contains("negative-flip rate", "gate fail");
  }

  @Test
  void taskInferred_zeroOneLabelIsBinaryWithPositiveOne() {
    String text = PredictionFiles.binary(300, 2.5, 5).replace("spam,", "1,").replace("ham,", "0,");
    Path f = PredictionFiles.write(dir, "p.csv", text);

    CliRun run = CliRun.of(PredictionFiles.compareArgs(f, "--bootstrap", "200"));

    assertThat(run.exit()).as(run.err()).isIn(LeanMl.OK, LeanMl.GATE_FAILED);
    assertThat(run.out()).startsWith("binary comparison of 300 rows");
  }

  @Test
  void taskInferred_numbersOutsideUnitIntervalAreRegression() {
    Path f = PredictionFiles.write(dir, "r.csv", PredictionFiles.regression(300, 0.5, 7));

    CliRun run = CliRun.of(PredictionFiles.compareArgs(f, "--bootstrap", "200"));

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.OK);
    assertThat(run.out())
        .startsWith("regression comparison of 300 rows")
        .contains("rmse", "IMPROVED");
  }

  @Test
  void taskInferred_labelsAsPredictionsAreMulticlass() {
    Path f = PredictionFiles.write(dir, "m.csv", PredictionFiles.multiclass(400, 0.2, 9));

    CliRun run = CliRun.of(PredictionFiles.compareArgs(f, "--bootstrap", "200"));

    assertThat(run.exit()).as(run.err()).isEqualTo(LeanMl.GATE_FAILED);
    assertThat(run.out()).startsWith("multiclass comparison of 400 rows").contains("REGRESSED");
  }

  @Test
  void out_writesTheReportToTheFileAndASummaryLine() throws Exception {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(300, 2.5, 3));
    Path report = dir.resolve("report.txt");

    CliRun run =
        CliRun.of(
            PredictionFiles.compareArgs(
                f, "--positive", "spam", "--bootstrap", "200", "--out", report.toString()));

    assertThat(run.exit()).isEqualTo(LeanMl.OK);
    assertThat(run.out().lines())
        .containsExactly("IMPROVED, gate pass; report written to " + report);
    assertThat(Files.readString(report)).contains("binary comparison of 300 rows");
  }

  @Test
  void slices_areReported() {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(300, 2.5, 3));

    CliRun run =
        CliRun.of(
            PredictionFiles.compareArgs(
                f, "--positive", "spam", "--bootstrap", "200", "--slice", "region"));

    assertThat(run.out()).contains("slice region=north (n=150)", "slice region=south (n=150)");
  }
}
