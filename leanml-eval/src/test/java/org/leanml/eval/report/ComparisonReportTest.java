package org.leanml.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.eval.TestData;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.compare.Slicing;
import org.leanml.eval.history.FrozenSet;
import org.leanml.eval.history.HistoryComparison;
import org.leanml.eval.history.HistoryResult;
import org.leanml.eval.history.VersionPredictions;

class ComparisonReportTest {
  private static final Fingerprint FROZEN = new Fingerprint("c".repeat(64));
  private final TestData spam = TestData.spambase();
  private final int[] truth = spam.intColumn("truth");

  private ComparisonResult binary() {
    String[] half = new String[truth.length];
    for (int i = 0; i < half.length; i++) {
      half[i] = i < 500 ? "first" : "second";
    }
    return PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
        .with(Slicing.by("half", half))
        .withResamples(200)
        .run();
  }

  @Test
  void toJson_binary_usesTheDocumentedNames() throws IOException {

    JsonNode json = new ObjectMapper().readTree(ComparisonReport.of(binary()).toJson());

    assertThat(json.get("task").asText()).isEqualTo("binary");
    assertThat(json.get("n").asInt()).isEqualTo(1000);
    assertThat(json.get("primary_metric").asText()).isEqualTo("auc");
    assertThat(json.get("margin").asDouble()).isZero();
    assertThat(json.get("alpha").asDouble()).isEqualTo(0.05);
    assertThat(json.at("/metrics/baseline/auc/value").asDouble())
        .isEqualTo(json.at("/tests/delong/auc_baseline").asDouble());
    assertThat(json.at("/metrics/candidate/accuracy/ci_low").isNumber()).isTrue();
    assertThat(fieldNames(json.at("/metrics/candidate")))
        .containsExactly("auc", "accuracy", "log_loss", "brier", "f1");
    assertThat(fieldNames(json.at("/tests/mcnemar")))
        .containsExactly("b", "c", "p_exact", "p_mid", "chi2_cc", "p_chi2_cc");
    assertThat(fieldNames(json.at("/tests/delong")))
        .containsExactly("auc_baseline", "auc_candidate", "diff", "se", "z", "p_value");
    assertThat(json.at("/tests/delong/z").asDouble()).isPositive();
    assertThat(fieldNames(json.at("/tests/bootstrap")))
        .contains("metric", "diff", "ci_low", "ci_high", "resamples", "seed");
    assertThat(json.at("/tests/wilcoxon").isNull()).isTrue();
    assertThat(fieldNames(json.get("flips")))
        .containsExactly("negative", "positive", "negative_flip_rate", "churn");
    assertThat(json.get("slices")).hasSize(2);
    assertThat(json.get("verdict").asText()).isEqualTo("IMPROVED");
    assertThat(json.get("gate").asText()).isEqualTo("pass");
  }

  @Test
  void toJson_regression_hasWilcoxonAndNoMcNemar() throws IOException {
    TestData reg = TestData.load("spambase_regression.csv");
    ComparisonResult r =
        PairedComparison.regression(
                reg.column("truth"), reg.column("baseline"), reg.column("candidate"))
            .withResamples(200)
            .run();

    JsonNode json = new ObjectMapper().readTree(ComparisonReport.of(r).toJson());

    assertThat(json.at("/tests/mcnemar").isNull()).isTrue();
    assertThat(json.at("/tests/wilcoxon/statistic").asDouble()).isEqualTo(14555.0);
    assertThat(json.at("/tests/wilcoxon/n_nonzero").asInt()).isEqualTo(300);
    assertThat(fieldNames(json.at("/metrics/baseline"))).containsExactly("rmse", "mae", "r2");
    assertThat(json.get("flips").isNull()).isTrue();
  }

  @Test
  void toJson_everyFieldName_isDocumentedInTheSchema() throws IOException {
    Path schema =
        Path.of("").toAbsolutePath().getParent().resolve("docs/comparison-report-schema.md");
    String doc = Files.readString(schema);
    HistoryResult h = history();
    JsonNode json = new ObjectMapper().readTree(ComparisonReport.of(h).toJson());
    List<String> names = new ArrayList<>();
    collect(json, names);

    for (String name : names) {
      assertThat(doc).as("field %s", name).contains("`" + name + "`");
    }
  }

  @Test
  void toHtml_withHistory_isSelfContainedWithRocAndHistoryCharts() {

    String html = ComparisonReport.of(history()).toHtml();

    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("<svg", "aria-label=\"ROC curves\"", "aria-label=\"history chart\"");
    assertThat(html).contains("spam-filter 1", "spam-filter 2", "spam-filter 3");
    assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "url(");
  }

  @Test
  void toMarkdown_withHistory_listsEveryVersionAndTheGate() {

    String md = ComparisonReport.of(history()).toMarkdown();

    assertThat(md).contains("# Comparison: spam-filter 3 vs spam-filter 2");
    assertThat(md).contains("**Gate: PASS**");
    assertThat(md).contains("| spam-filter 1 |", "| spam-filter 2 (champion) |");
    assertThat(md).contains("## Metrics", "## Tests", "## History");
  }

  @Test
  void esc_markup_isEscaped() {
    assertThat(ComparisonReport.esc("<a href=\"x\">&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  }

  private HistoryResult history() {
    FrozenSet frozen = FrozenSet.binary(FROZEN, truth);
    return HistoryComparison.of(
            frozen,
            VersionPredictions.ofScores("spam-filter 3", FROZEN, spam.column("candidate")),
            List.of(
                VersionPredictions.ofScores("spam-filter 1", FROZEN, spam.column("old")),
                VersionPredictions.ofScores("spam-filter 2", FROZEN, spam.column("baseline"))))
        .configure(c -> c.withResamples(200))
        .run();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static void collect(JsonNode node, List<String> names) {
    if (node.isObject()) {
      Iterator<String> it = node.fieldNames();
      while (it.hasNext()) {
        String n = it.next();
        names.add(n);
        collect(node.get(n), names);
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        collect(e, names);
      }
    }
  }
}
