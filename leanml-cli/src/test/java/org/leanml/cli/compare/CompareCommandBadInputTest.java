package org.leanml.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;

class CompareCommandBadInputTest {
  @TempDir Path dir;

  private CliRun compare(Path file, String... more) {
    return CliRun.of(PredictionFiles.compareArgs(file, more));
  }

  private Path file(String text) {
    return PredictionFiles.write(dir, "p.csv", text);
  }

  @Test
  void missingColumn_namesFileLineOneAndColumn() {
    Path f = file("y,base,candidate\nspam,0.9,0.8\nham,0.1,0.2\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "line 1", "column 'cand'", "no such column");
  }

  @Test
  void nonNumericScore_namesFileLineAndColumn() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1,0.2\nham,high,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "line 4", "column 'base'", "'high' is not a number");
  }

  @Test
  void nonNumericScore_withoutTask_stillNamesTheLine() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1,0.2\nham,0.2,0.3\nspam,0.7,x\n");

    CliRun run = compare(f, "--task", "binary", "--positive", "spam");

    run.assertBadInput(f.toString(), "line 5", "column 'cand'", "'x' is not a number");
  }

  @Test
  void scoreAboveOne_namesLineAndRange() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1,1.5\nham,0.2,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "line 3", "column 'cand'", "above maximum 1.0", "1.5");
  }

  @Test
  void negativeScore_namesLineAndRange() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,-0.1,0.5\nham,0.2,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput("line 3", "column 'base'", "below minimum 0.0");
  }

  @Test
  void nanScore_namesLine() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1,0.2\nham,NaN,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "line 4", "column 'base'", "NaN");
  }

  @Test
  void missingScore_namesLine() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1,\nham,0.2,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput("line 3", "column 'cand'", "missing value");
  }

  @Test
  void thirdLabelValue_namesItsLine() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1,0.2\nham,0.2,0.3\nmaybe,0.5,0.5\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "line 5", "column 'y'", "maybe", "exactly two values");
  }

  @Test
  void lineNumbers_countRecordsThatSpanLines() {
    Path f =
        file(
            "y,base,cand,note\n"
                + "spam,0.9,0.8,\"two\nlines\"\n"
                + "ham,0.1,0.2,x\n"
                + "ham,0.2,7,y\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput("line 5", "column 'cand'", "above maximum");
  }

  @Test
  void emptyFile_namesFile() {
    Path f = file("");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "empty");
  }

  @Test
  void headerOnly_namesFile() {
    Path f = file("y,base,cand\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "no data rows");
  }

  @Test
  void raggedRow_namesLine() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nham,0.1\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "line 3", "2 fields");
  }

  @Test
  void absentFile_namesFile() {
    Path f = dir.resolve("nope.csv");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "does not exist");
  }

  @Test
  void singleClassLabel_forAuc_isBadInput() {
    Path f = file("y,base,cand\nspam,0.9,0.8\nspam,0.1,0.2\nspam,0.2,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput(f.toString(), "column 'y'", "both classes");
  }

  @Test
  void positiveNotAmongLabels_isBadInput() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f, "--positive", "Spam");

    run.assertBadInput("column 'y'", "--positive 'Spam'", "ham, spam");
  }

  @Test
  void binaryWithoutPositive_asksForIt() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f);

    run.assertBadInput("column 'y'", "--positive");
  }

  @Test
  void regressionTargetNotNumeric_namesLine() {
    Path f = file("y,base,cand\n1.5,1.4,1.6\noops,2,2\n");

    CliRun run = compare(f, "--task", "regression");

    run.assertBadInput("line 3", "column 'y'", "'oops' is not a number");
  }

  @Test
  void metricOfAnotherTask_isBadInput() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f, "--positive", "spam", "--metric", "rmse");

    run.assertBadInput("--metric rmse", "binary", "auc");
  }

  @Test
  void unknownMetric_isBadInput() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f, "--positive", "spam", "--metric", "gini");

    run.assertBadInput("unknown metric 'gini'");
  }

  @Test
  void alphaOutOfRange_isBadInput() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f, "--positive", "spam", "--alpha", "1.5");

    run.assertBadInput("alpha", "1.5");
  }

  @Test
  void missingRequiredOption_isBadInput() {
    CliRun run = CliRun.of("compare", "x.csv", "--label", "y", "--baseline", "b");

    run.assertBadInput("--candidate");
  }

  @Test
  void sameColumnForLabelAndPrediction_isBadInput() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run =
        CliRun.of(
            "compare", f.toString(), "--label", "y", "--baseline", "y", "--candidate", "cand");

    assertThat(run.assertBadInput("--label")).contains("'y'");
  }

  @Test
  void missingSliceColumn_namesLineOne() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f, "--positive", "spam", "--slice", "country");

    run.assertBadInput("line 1", "column 'country'", "no such column");
  }

  @Test
  void missingLabel_namesLine() {
    Path f = file("y,base,cand\nspam,0.9,0.8\n,0.1,0.2\nham,0.2,0.3\n");

    CliRun run = compare(f, "--positive", "spam");

    run.assertBadInput("line 3", "column 'y'", "missing value", "true class");
  }

  @Test
  void missingMulticlassPrediction_namesLine() {
    Path f = file("y,base,cand\na,a,b\nb,,b\nc,c,c\n");

    CliRun run = compare(f, "--task", "multiclass");

    run.assertBadInput("line 3", "column 'base'", "missing value");
  }

  @Test
  void thresholdForRegression_isBadInput() {
    Path f = file(PredictionFiles.regression(50, 1, 1));

    CliRun run = compare(f, "--threshold", "0.3");

    run.assertBadInput("--threshold", "binary", "regression");
  }

  @Test
  void flipLimitForRegression_isBadInput() {
    Path f = file(PredictionFiles.regression(50, 1, 1));

    CliRun run = compare(f, "--max-negative-flip-rate", "0.1");

    run.assertBadInput("--max-negative-flip-rate", "regression");
  }

  @Test
  void logLossForMulticlassLabels_isBadInput() {
    Path f = file(PredictionFiles.multiclass(60, 0.7, 1));

    CliRun run = compare(f, "--metric", "log_loss");

    run.assertBadInput("log_loss", "probabilities");
  }

  @Test
  void tooFewBootstrapResamples_isBadInput() {
    Path f = file(PredictionFiles.binary(50, 1, 1));

    CliRun run = compare(f, "--positive", "spam", "--bootstrap", "10");

    run.assertBadInput("--bootstrap", "100");
  }

  @Test
  void unwritableOut_isBadInputNamingTheFile() {
    Path f = file(PredictionFiles.binary(50, 1, 1));
    Path out = dir.resolve("no-such-dir").resolve("r.json");

    CliRun run = compare(f, "--positive", "spam", "--bootstrap", "100", "--out", out.toString());

    run.assertBadInput("cannot write --out", out.toString());
  }
}
