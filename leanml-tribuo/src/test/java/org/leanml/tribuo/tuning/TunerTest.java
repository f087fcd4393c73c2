package org.leanml.tribuo.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Scorer;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.leanml.core.tuning.CancellationToken;
import org.leanml.core.tuning.Parameter;
import org.leanml.core.tuning.SearchSpace;
import org.leanml.core.tuning.SearchStrategy;
import org.leanml.core.tuning.TrainerFactory;
import org.leanml.core.tuning.Trial;
import org.leanml.core.tuning.Tuner;
import org.leanml.core.tuning.TuningCancelledException;
import org.leanml.core.tuning.TuningResult;
import org.leanml.tribuo.TribuoModels;

class TunerTest {
  private static Table spam;

  @BeforeAll
  static void data() {
    spam = TestData.spambase().rows(java.util.Arrays.copyOf(TestData.shuffled(4601, 11), 900));
  }

  static Tuner.Builder logisticTuner() {
    return Tuner.builder()
        .space(
            SearchSpace.of(
                Parameter.intRange("epochs", 1, 4),
                Parameter.logUniform("learningRate", 0.05, 2.0)))
        .trainer(
            (p, seed) ->
                TribuoModels.logistic()
                    .withEpochs(p.getInt("epochs"))
                    .withLearningRate(p.getDouble("learningRate"))
                    .withSeed(seed))
        .objective(Scorer.logLoss())
        .strategy(SearchStrategy.random(6))
        .folds(3)
        .seed(2024);
  }

  @Test
  void tune_oneTwoFourThreads_identicalTrialsAndBest() {
    List<TuningResult> results = new ArrayList<>();

    for (int threads : new int[] {1, 2, 4}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        results.add(
            logisticTuner()
                .executor(pool)
                .build()
                .tune(spam, TestData.spambaseFeatures(), TestData.spambaseOutput()));
      } finally {
        pool.shutdown();
      }
    }

    TuningResult first = results.get(0);
    for (TuningResult r : results) {
      assertThat(r.bestParameters()).isEqualTo(first.bestParameters());
      assertThat(r.bestScore()).isEqualTo(first.bestScore());
      assertThat(r.trials()).hasSize(6);
      for (int t = 0; t < 6; t++) {
        assertThat(r.trials().get(t).parameters()).isEqualTo(first.trials().get(t).parameters());
        assertThat(r.trials().get(t).foldScores()).isEqualTo(first.trials().get(t).foldScores());
      }
    }
  }

  @Test
  void tune_bestTrialHasTheBestMeanInTheObjectiveDirection() {
    TuningResult r =
        logisticTuner()
            .executor(Runnable::run)
            .build()
            .tune(spam, TestData.spambaseFeatures(), TestData.spambaseOutput());

    for (Trial t : r.trials()) {
      assertThat(r.bestTrial().mean()).isLessThanOrEqualTo(t.mean());
      assertThat(t.foldScores()).hasSize(3);
      assertThat(t.standardDeviation()).isGreaterThanOrEqualTo(0);
    }
    assertThat(r.best().configuration()).containsEntry("epochs", r.bestParameters().get("epochs"));
  }

  @Test
  void tune_cancelledAfterFirstTrial_stopsEarlyWithFinishedTrials() {
    CancellationToken token = new CancellationToken();
    AtomicInteger fits = new AtomicInteger();
    Tuner tuner =
        logisticTuner()
            .executor(Runnable::run)
            .trainer(
                (p, seed) -> {
                  fits.incrementAndGet();
                  return TribuoModels.logistic().withEpochs(p.getInt("epochs")).withSeed(seed);
                })
            .listener((trial, done, total) -> token.cancel())
            .build();

    assertThatThrownBy(
            () -> tuner.tune(spam, TestData.spambaseFeatures(), TestData.spambaseOutput(), token))
        .isInstanceOfSatisfying(
            TuningCancelledException.class, e -> assertThat(e.finishedTrials()).hasSize(1))
        .hasMessageContaining("1 of 6");
    assertThat(fits.get()).isEqualTo(3);
  }

  @Test
  void grid_coversEveryPointOfTheGridOnce() {
    Tuner tuner =
        Tuner.builder()
            .space(
                SearchSpace.of(
                    Parameter.intRange("maxDepth", 1, 3),
                    Parameter.categorical("impurity", "GINI", "ENTROPY")))
            .trainer(
                TrainerFactory.ignoringSeed(
                    p ->
                        TribuoModels.cart()
                            .withMaxDepth(p.getInt("maxDepth"))
                            .with(
                                org.leanml.tribuo.CartClassification.Impurity.valueOf(
                                    p.getString("impurity")))))
            .objective(Scorer.accuracy())
            .strategy(SearchStrategy.grid(5))
            .folds(2)
            .executor(Runnable::run)
            .build();

    TuningResult r = tuner.tune(spam, TestData.spambaseFeatures(), TestData.spambaseOutput());

    Set<Map<String, String>> points = new HashSet<>();
    for (Trial t : r.trials()) {
      points.add(t.parameters().asText());
    }
    assertThat(r.trials()).hasSize(6);
    assertThat(points)
        .containsExactlyInAnyOrder(
            Map.of("maxDepth", "1", "impurity", "GINI"),
            Map.of("maxDepth", "1", "impurity", "ENTROPY"),
            Map.of("maxDepth", "2", "impurity", "GINI"),
            Map.of("maxDepth", "2", "impurity", "ENTROPY"),
            Map.of("maxDepth", "3", "impurity", "GINI"),
            Map.of("maxDepth", "3", "impurity", "ENTROPY"));
  }

  @Test
  void regression_usesPlainFolds_andPrefersDeeperTreesOnALinearTarget() {
    Tuner tuner =
        Tuner.builder()
            .space(SearchSpace.of(Parameter.intRange("maxDepth", 1, 6)))
            .trainer((p, seed) -> TribuoModels.cartRegression().withMaxDepth(p.getInt("maxDepth")))
            .objective(Scorer.rmse())
            .strategy(SearchStrategy.grid(6))
            .folds(3)
            .executor(Runnable::run)
            .build();

    TuningResult r =
        tuner.tune(
            TestData.linear(600, 3),
            InputContract.numeric(List.of("x1", "x2")),
            OutputContract.regression("y"));

    assertThat(Integer.parseInt(r.bestParameters().get("maxDepth"))).isGreaterThan(3);
    assertThat(r.direction()).isEqualTo(org.leanml.core.metric.Direction.LOWER_IS_BETTER);
  }

  @Test
  void failingTrials_recorded_andNeverBest() {
    Tuner tuner =
        logisticTuner()
            .executor(Runnable::run)
            .trainer(
                (p, seed) -> {
                  if (p.getInt("epochs") == 1) {
                    throw new IllegalArgumentException("one epoch is refused");
                  }
                  return TribuoModels.logistic().withEpochs(p.getInt("epochs")).withSeed(seed);
                })
            .strategy(SearchStrategy.grid(2))
            .build();

    TuningResult r = tuner.tune(spam, TestData.spambaseFeatures(), TestData.spambaseOutput());

    assertThat(r.trials()).anySatisfy(t -> assertThat(t.failureMessage()).isPresent());
    assertThat(r.bestTrial().failureMessage()).isEmpty();
    assertThat(r.bestParameters().get("epochs")).isNotEqualTo("1");
  }

  @Test
  void everyTrialFailing_rejectedNamingTheFirstFailure() {
    Tuner tuner =
        logisticTuner()
            .executor(Runnable::run)
            .trainer(
                (p, seed) -> {
                  throw new IllegalArgumentException("nothing works");
                })
            .build();

    assertThatThrownBy(
            () -> tuner.tune(spam, TestData.spambaseFeatures(), TestData.spambaseOutput()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing works");
  }

  @Test
  void builder_missingObjective_rejected() {
    assertThatThrownBy(() -> logisticTuner().objective(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("objective");
  }
}
