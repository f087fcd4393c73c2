package org.leanml.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leanml.testkit.gate.GateAssertions.assertThatCandidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.leanml.core.metric.Metric;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;

@ExtendWith(LeanMlRegistryExtension.class)
@Registry(path = LeanMlRegistryExtensionTest.ROOT, model = "spam")
class LeanMlRegistryExtensionTest {
  static final String ROOT = "target/extension-test-registry";
  private static final Path REPORTS =
      Path.of(LeanMlRegistryExtension.DEFAULT_REPORTS_DIR)
          .resolve(LeanMlRegistryExtensionTest.class.getName());

  @BeforeAll
  static void registerChampionAndCandidate() throws IOException {
    deleteRecursively(Path.of(ROOT));
    deleteRecursively(REPORTS);
    try (ModelRegistry registry = ModelRegistry.open(Path.of(ROOT))) {
      ModelVersion v1 = registry.register(Registration.of("spam", new ColumnScorer("weak")));
      ModelVersion v2 = registry.register(Registration.of("spam", new ColumnScorer("good")));
      registry.setAlias("spam", ModelRegistry.CHAMPION, v1.version(), "test setup");
      registry.setAlias("spam", ModelRegistry.CANDIDATE, v2.version(), "test setup");
    }
  }

  private static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static Table evalSet() {
    SplittableRandom rng = new SplittableRandom(11);
    int n = 400;
    String[] y = new String[n];
    double[] good = new double[n];
    double[] weak = new double[n];
    for (int i = 0; i < n; i++) {
      boolean spam = rng.nextDouble() < 0.4;
      y[i] = spam ? "spam" : "ham";
      double noise = rng.nextGaussian();
      good[i] = 1 / (1 + Math.exp(-((spam ? 1.5 : -1.5) + noise)));
      weak[i] = 1 / (1 + Math.exp(-((spam ? 0.4 : -0.4) + noise)));
    }
    return Table.of(
        CategoricalColumn.of("y", y),
        NumericColumn.of("good", good),
        NumericColumn.of("weak", weak));
  }

  @Test
  void aliases_injectTheVersionsTheyPointAt(
      @Alias("champion") ModelVersion champion, @Alias("candidate") ModelVersion candidate) {
    assertThat(champion.version()).isEqualTo(1);
    assertThat(candidate.version()).isEqualTo(2);
    assertThat(candidate.name()).isEqualTo("spam");
  }

  @Test
  void candidateIsNotWorseThanChampion(
      @Alias("candidate") Predictor candidate, @Alias("champion") Predictor champion) {
    assertThat(candidate).isEqualTo(new ColumnScorer("good"));

    assertThatCandidate(candidate)
        .comparedTo(champion)
        .on(evalSet())
        .withResamples(200)
        .isNotWorseThan(Metric.AUC, 0.01)
        .hasNegativeFlipRateBelow(0.2);
  }

  @Test
  void unsetAlias_failsNamingAliasModelAndRegistry() {
    try (ModelRegistry registry = ModelRegistry.open(Path.of(ROOT))) {
      assertThatThrownBy(
              () -> LeanMlRegistryExtension.resolve(registry, "spam", "shadow", Predictor.class))
          .isInstanceOf(ParameterResolutionException.class)
          .hasMessageContaining("alias 'shadow' of model 'spam' is not set")
          .hasMessageContaining("champion=1");
    }
  }

  @AfterAll
  static void theComparisonWasWrittenAsAReport() throws IOException {
    Path report = REPORTS.resolve("candidateIsNotWorseThanChampion.md");
    assertThat(report).exists();
    assertThat(Files.readString(report)).startsWith("# Comparison");
    assertThat(Files.readString(REPORTS.resolve("candidateIsNotWorseThanChampion.json")))
        .contains("\"gate\" : \"pass\"", "\"n\" : 400");
    assertThat(REPORTS.resolve("aliases_injectTheVersionsTheyPointAt.md")).doesNotExist();
  }
}
