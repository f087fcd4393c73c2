package org.leanml.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.FeatureDrift;
import org.leanml.eval.drift.ReferenceSummaries;
import org.leanml.eval.sequential.Decision;
import org.leanml.examples.Spambase;
import org.leanml.registry.ModelRef;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.VersionStatus;

/** End-to-end: the quick demo, its registry, its verdicts and its report files. */
class DemoTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static DemoResult result;
  static final List<String> stages = new ArrayList<>();

  @BeforeAll
  static void runDemo() {
    result =
        Demo.withDefaults()
            .with(DemoSetting.QUICK)
            .withSeed(42)
            .withClock(CLOCK)
            .withListener((stage, done, total) -> stages.add(stage))
            .run(dir.resolve("out"));
  }

  @Test
  void run_registersThreeVersionsWithLineageAndFrozenSetFingerprint() {
    try (ModelRegistry registry = ModelRegistry.open(result.registry())) {
      List<ModelVersion> versions = registry.list(Demo.MODEL);

      assertThat(versions).extracting(ModelVersion::version).containsExactly(1, 2, 3);
      assertThat(versions)
          .allSatisfy(
              v -> {
                assertThat(v.evaluationData()).contains(result.split().evaluation());
                assertThat(v.trainingData()).contains(result.split().training());
                assertThat(v.metrics()).containsKeys("accuracy", "auc");
              });
      assertThat(versions.get(1).parent()).hasValue(1);
      assertThat(registry.alias(Demo.MODEL, ModelRegistry.CHAMPION).orElseThrow().version())
          .isEqualTo(result.champion());
      assertThat(registry.verify().isClean()).isTrue();
    }
  }

  @Test
  void run_everyVersionKeepsTheTrainingSummaryAndDriftStartsFromTheChampions() {
    try (ModelRegistry registry = ModelRegistry.open(result.registry())) {
      List<ModelVersion> versions = registry.list(Demo.MODEL);
      ModelRef champion = new ModelRef(Demo.MODEL, result.champion());

      DataSummary stored = ReferenceSummaries.load(registry, champion);

      assertThat(versions)
          .extracting(v -> v.attachment(ReferenceSummaries.ATTACHMENT).orElseThrow().sha256())
          .containsOnly(registry.get(Demo.MODEL, 1).attachments().get(0).sha256());
      assertThat(stored.rows()).isEqualTo(result.split().trainingRows());
      assertThat(stored.features()).hasSize(Spambase.features().size());
      assertThat(result.drift().referenceRows()).isEqualTo(stored.rows());
      assertThat(result.drift().features())
          .extracting(FeatureDrift::name)
          .containsExactlyElementsOf(Spambase.features());
    }
  }

  @Test
  void run_everyCandidateIsRegressionTestedAgainstEveryEarlierVersion() {
    assertThat(result.versions()).hasSize(3);
    assertThat(result.versions().get(0).regressions()).isEmpty();
    assertThat(result.versions().get(1).regressions())
        .extracting(RegressionCheck::baselineVersion)
        .containsExactly(1);
    assertThat(result.versions().get(2).regressions())
        .extracting(RegressionCheck::baselineVersion)
        .containsExactly(1, 2);
  }

  @Test
  void run_decisionsMatchTheRegistry() {
    try (ModelRegistry registry = ModelRegistry.open(result.registry())) {
      for (VersionOutcome v : result.versions().subList(1, 3)) {
        boolean promoted = v.canary().map(c -> c.decision() == Decision.PROMOTE).orElse(false);
        VersionStatus status = registry.get(Demo.MODEL, v.version()).status();

        assertThat(status)
            .as("v%d: %s", v.version(), v.decision())
            .isEqualTo(promoted ? VersionStatus.REGISTERED : VersionStatus.ARCHIVED);
        v.canary()
            .ifPresent(
                c -> {
                  assertThat(c.pValuePath()).isNotEmpty();
                  assertThat(Arrays.stream(c.pValuePath()).allMatch(p -> p >= 0 && p <= 1))
                      .isTrue();
                });
      }
    }
  }

  @Test
  void run_writesMarkdownAndSelfContainedHtmlReports() throws IOException {
    String html = Files.readString(result.htmlReport());
    String md = Files.readString(result.markdownReport());

    assertThat(html).contains("<svg", "ROC per version", "p-value path", "Drift per feature");
    assertThat(html).doesNotContain("<script", "http://cdn", "https://");
    assertThat(md).contains("## Versions", "v1", "v2", "v3", "Labelling queue");
    assertThat(result.labellingQueue()).hasSize(20);
    assertThat(result.directory().resolve("regression-v2.html")).isNotEmptyFile();
    assertThat(result.directory().resolve("regression-v3.md")).isNotEmptyFile();
    assertThat(result.drift().features()).hasSize(57);
    assertThat(stages).contains("ETL and contracts", "reports");
  }

  @Test
  void run_sameSeedTwice_sameVerdictsAndMetrics() {
    DemoResult again =
        Demo.withDefaults()
            .with(DemoSetting.QUICK)
            .withSeed(42)
            .withClock(CLOCK)
            .run(dir.resolve("out"));

    assertThat(again.versions())
        .extracting(v -> v.auc().value() + " " + v.decision())
        .isEqualTo(
            result.versions().stream().map(v -> v.auc().value() + " " + v.decision()).toList());
  }

  @Test
  void run_nonEmptyForeignDirectory_refusedWithItsName() throws IOException {
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> Demo.withDefaults().with(DemoSetting.QUICK).run(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("foreign")
        .hasMessageContaining("not empty");
  }
}
