package org.leanml.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.cli.CliRun;
import org.leanml.cli.LeanMl;
import org.leanml.core.metric.Metric;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.compare.Slicing;

class CompareCommandJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The file's columns as parsed by hand, independently of the command's reader. */
  private static List<String[]> rows(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",")).toList();
  }

  private static JsonNode run(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    return JSON.readTree(run.out());
  }

  private static void assertEstimate(JsonNode node) {
    assertThat(node.has("value") && node.has("ci_low") && node.has("ci_high"))
        .as("estimate %s", node)
        .isTrue();
  }

  @Test
  void binary_everyRequiredFieldIsPresentAndMatchesTheLibrary() throws IOException {
    String csv = PredictionFiles.binary(500, 1.4, 21);
    Path f = PredictionFiles.write(dir, "p.csv", csv);
    List<String[]> rows = rows(csv);
    int n = rows.size();
    int[] truth = new int[n];
    double[] base = new double[n];
    double[] cand = new double[n];
    String[] region = new String[n];
    for (int i = 0; i < n; i++) {
      truth[i] = rows.get(i)[0].equals("spam") ? 1 : 0;
      base[i] = Double.parseDouble(rows.get(i)[1]);
      cand[i] = Double.parseDouble(rows.get(i)[2]);
      region[i] = rows.get(i)[3];
    }

    JsonNode j =
        run(
            "compare",
            f.toString(),
            "--label",
            "y",
            "--baseline",
            "base",
            "--candidate",
            "cand",
            "--positive",
            "spam",
            "--margin",
            "0.02",
            "--alpha",
            "0.1",
            "--bootstrap",
            "300",
            "--seed",
            "5",
            "--slice",
            "region",
            "--format",
            "json");

    ComparisonResult expected =
        PairedComparison.binary(truth, base, cand)
            .withMargin(0.02)
            .withAlpha(0.1)
            .withResamples(300)
            .withSeed(5)
            .with(Slicing.by("region", region))
            .run();
    assertThat(j.get("task").asText()).isEqualTo("binary");
    assertThat(j.get("n").asInt()).isEqualTo(500);
    assertThat(j.get("primary_metric").asText()).isEqualTo("auc");
    assertThat(j.get("margin").asDouble()).isEqualTo(0.02);
    assertThat(j.get("alpha").asDouble()).isEqualTo(0.1);
    for (String side : List.of("baseline", "candidate")) {
      for (String m : List.of("auc", "accuracy", "log_loss", "brier", "f1")) {
        assertEstimate(j.get("metrics").get(side).get(m));
      }
    }
    assertThat(j.get("metrics").get("baseline").get("auc").get("value").asDouble())
        .isEqualTo(expected.baseline().value(Metric.AUC));
    assertThat(j.get("metrics").get("candidate").get("brier").get("ci_high").asDouble())
        .isEqualTo(expected.candidate().get(Metric.BRIER).ciHigh());
    JsonNode mcnemar = j.get("tests").get("mcnemar");
    assertThat(mcnemar.fieldNames())
        .toIterable()
        .contains("b", "c", "p_exact", "p_mid", "chi2_cc", "p_chi2_cc");
    assertThat(mcnemar.get("b").asLong()).isEqualTo(expected.mcnemar().b());
    assertThat(mcnemar.get("p_exact").asDouble()).isEqualTo(expected.mcnemar().pExact());
    JsonNode delong = j.get("tests").get("delong");
    assertThat(delong.fieldNames())
        .toIterable()
        .contains("auc_baseline", "auc_candidate", "diff", "se", "z", "p_value");
    assertThat(delong.get("z").asDouble()).isEqualTo(expected.delong().z()).isPositive();
    JsonNode boot = j.get("tests").get("bootstrap");
    assertThat(boot.fieldNames())
        .toIterable()
        .contains("metric", "diff", "ci_low", "ci_high", "resamples", "seed");
    assertThat(boot.get("resamples").asInt()).isEqualTo(300);
    assertThat(boot.get("seed").asLong()).isEqualTo(5);
    assertThat(boot.get("ci_low").asDouble()).isEqualTo(expected.bootstrap().ciLow());
    assertThat(j.get("tests").get("wilcoxon").isNull()).isTrue();
    JsonNode flips = j.get("flips");
    assertThat(flips.fieldNames())
        .toIterable()
        .contains("negative", "positive", "negative_flip_rate", "churn");
    assertThat(flips.get("negative").asLong()).isEqualTo(expected.flips().negative());
    assertThat(flips.get("churn").asDouble()).isEqualTo(expected.flips().churn());
    assertThat(j.get("slices")).hasSize(2);
    assertThat(j.get("slices").get(0).get("p_holm").asDouble())
        .isEqualTo(expected.slices().get(0).pHolm());
    assertThat(j.get("verdict").asText()).isEqualTo(expected.verdict().name());
    assertThat(j.get("gate").asText()).isEqualTo(expected.gate().word());
  }

  @Test
  void regression_reportsWilcoxonAndErrorMetrics() throws IOException {
    String csv = PredictionFiles.regression(300, 0.6, 4);
    Path f = PredictionFiles.write(dir, "r.csv", csv);
    List<String[]> rows = rows(csv);
    double[][] cols = new double[3][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < 3; c++) {
        cols[c][i] = Double.parseDouble(rows.get(i)[c]);
      }
    }

    JsonNode j =
        run(
            "compare",
            f.toString(),
            "--label",
            "y",
            "--baseline",
            "base",
            "--candidate",
            "cand",
            "--metric",
            "mae",
            "--bootstrap",
            "200",
            "--format",
            "json");

    ComparisonResult expected =
        PairedComparison.regression(cols[0], cols[1], cols[2])
            .with(Metric.MAE)
            .withResamples(200)
            .run();
    assertThat(j.get("task").asText()).isEqualTo("regression");
    assertThat(j.get("primary_metric").asText()).isEqualTo("mae");
    for (String m : List.of("rmse", "mae", "r2")) {
      assertEstimate(j.get("metrics").get("candidate").get(m));
    }
    JsonNode w = j.get("tests").get("wilcoxon");
    assertThat(w.fieldNames()).toIterable().contains("statistic", "z", "p_value", "n_nonzero");
    assertThat(w.get("statistic").asDouble()).isEqualTo(expected.wilcoxon().statistic());
    assertThat(w.get("n_nonzero").asInt()).isEqualTo(expected.wilcoxon().nNonzero());
    assertThat(j.get("tests").get("mcnemar").isNull()).isTrue();
    assertThat(j.get("tests").get("delong").isNull()).isTrue();
    assertThat(j.get("flips").isNull()).isTrue();
    assertThat(j.get("verdict").asText())
        .isEqualTo(expected.verdict().name())
        .isEqualTo("IMPROVED");
    assertThat(j.get("gate").asText()).isEqualTo("pass");
  }

  @Test
  void multiclass_reportsAccuracyAndMacroF1() throws IOException {
    Path f = PredictionFiles.write(dir, "m.csv", PredictionFiles.multiclass(400, 0.9, 8));

    JsonNode j =
        run(
            "compare",
            f.toString(),
            "--label",
            "y",
            "--baseline",
            "base",
            "--candidate",
            "cand",
            "--metric",
            "macro_f1",
            "--bootstrap",
            "200",
            "--format",
            "json");

    assertThat(j.get("task").asText()).isEqualTo("multiclass");
    assertThat(j.get("primary_metric").asText()).isEqualTo("macro_f1");
    assertEstimate(j.get("metrics").get("baseline").get("accuracy"));
    assertEstimate(j.get("metrics").get("baseline").get("macro_f1"));
    assertThat(j.get("metrics").get("baseline").has("log_loss")).isFalse();
    assertThat(j.get("tests").get("mcnemar").get("c").asLong())
        .isGreaterThan(j.get("tests").get("mcnemar").get("b").asLong());
    assertThat(j.get("gate").asText()).isEqualTo("pass");
  }

  @Test
  void regressedCandidate_jsonSaysFailAndExitIs1() throws IOException {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(600, 0.2, 3));

    CliRun run =
        CliRun.of(
            PredictionFiles.compareArgs(
                f, "--positive", "spam", "--bootstrap", "200", "--format", "json"));

    assertThat(run.exit()).isEqualTo(LeanMl.GATE_FAILED);
    JsonNode j = JSON.readTree(run.out());
    assertThat(j.get("verdict").asText()).isEqualTo("REGRESSED");
    assertThat(j.get("gate").asText()).isEqualTo("fail");
  }

  @Test
  void markdownAndHtml_areWrittenToOut() throws IOException {
    Path f = PredictionFiles.write(dir, "p.csv", PredictionFiles.binary(300, 1.4, 3));
    Path md = dir.resolve("r.md");
    Path html = dir.resolve("r.html");

    CliRun a =
        CliRun.of(
            PredictionFiles.compareArgs(
                f,
                "--positive",
                "spam",
                "--bootstrap",
                "200",
                "--format",
                "markdown",
                "--out",
                md.toString()));
    CliRun b =
        CliRun.of(
            PredictionFiles.compareArgs(
                f,
                "--positive",
                "spam",
                "--bootstrap",
                "200",
                "--format",
                "html",
                "--out",
                html.toString()));

    assertThat(a.exit()).isEqualTo(b.exit()).isIn(LeanMl.OK, LeanMl.GATE_FAILED);
    assertThat(Files.readString(md)).startsWith("# Comparison").contains("cand");
    assertThat(Files.readString(html)).contains("<html", "<svg");
  }

  @Test
  void thresholdAndMetric_areThoseOfTheLibrary_andZeroOneLabelsTakeOneAsPositive()
      throws IOException {
    String csv = PredictionFiles.binary(400, 1.4, 13).replace("spam,", "1,").replace("ham,", "0,");
    Path f = PredictionFiles.write(dir, "p.csv", csv);
    List<String[]> rows = rows(csv);
    int n = rows.size();
    int[] truth = new int[n];
    double[] base = new double[n];
    double[] cand = new double[n];
    for (int i = 0; i < n; i++) {
      truth[i] = Integer.parseInt(rows.get(i)[0]);
      base[i] = Double.parseDouble(rows.get(i)[1]);
      cand[i] = Double.parseDouble(rows.get(i)[2]);
    }

    JsonNode j =
        run(
            "compare",
            f.toString(),
            "--label",
            "y",
            "--baseline",
            "base",
            "--candidate",
            "cand",
            "--task",
            "binary",
            "--threshold",
            "0.3",
            "--metric",
            "f1",
            "--bootstrap",
            "200",
            "--format",
            "json");

    ComparisonResult expected =
        PairedComparison.binary(truth, base, cand)
            .withThreshold(0.3)
            .with(Metric.F1)
            .withResamples(200)
            .run();
    assertThat(j.get("primary_metric").asText()).isEqualTo("f1");
    assertThat(j.get("metrics").get("candidate").get("f1").get("value").asDouble())
        .isEqualTo(expected.candidate().value(Metric.F1));
    assertThat(j.get("tests").get("bootstrap").get("ci_high").asDouble())
        .isEqualTo(expected.bootstrap().ciHigh());
    assertThat(j.get("flips").get("negative").asLong()).isEqualTo(expected.flips().negative());
  }
}
