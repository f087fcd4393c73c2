package org.leanml.tribuo.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.testing.TestData;
import org.leanml.tribuo.TribuoModels;

class TrainingDataTest {
  private static final TrainingData BLOBS =
      TrainingData.of(
          TestData.blobs(20, 1),
          InputContract.numeric(List.of("x1", "x2")),
          OutputContract.multiclass("cls", List.of("a", "b", "c")));

  @Test
  void derived_manyConcurrentFirstCalls_buildsOnceAndSharesTheForm() {
    TrainingData data = TrainingData.of(BLOBS.table(), BLOBS.features(), BLOBS.output());
    AtomicInteger builds = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<CompletableFuture<StringBuilder>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < 64; i++) {
        calls.add(
            CompletableFuture.supplyAsync(
                () ->
                    data.derived(
                        "form",
                        StringBuilder.class,
                        d -> {
                          builds.incrementAndGet();
                          return new StringBuilder("rows=" + d.table().rowCount());
                        }),
                pool));
      }
      StringBuilder first = calls.get(0).join();

      assertThat(builds).hasValue(1);
      assertThat(calls).allSatisfy(c -> assertThat(c.join()).isSameAs(first));
      assertThat(first.toString()).isEqualTo("rows=60");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void derived_builderThrows_nothingStoredAndTheNextCallBuilds() {
    TrainingData data = TrainingData.of(BLOBS.table(), BLOBS.features(), BLOBS.output());

    assertThatThrownBy(
            () ->
                data.derived(
                    "form",
                    String.class,
                    d -> {
                      throw new IllegalArgumentException("bad data in column 'x1'");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad data in column 'x1'");
    assertThat(data.derived("form", String.class, d -> "built")).isEqualTo("built");
  }

  @Test
  void derived_keyHoldingAnotherClass_classCastException() {
    TrainingData data = TrainingData.of(BLOBS.table(), BLOBS.features(), BLOBS.output());
    data.derived("form", String.class, d -> "text");

    assertThatThrownBy(() -> data.derived("form", Integer.class, d -> 1))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void derived_builderReturnsNull_namesTheKey() {
    TrainingData data = TrainingData.of(BLOBS.table(), BLOBS.features(), BLOBS.output());

    assertThatThrownBy(() -> data.derived("form", String.class, d -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("form");
  }

  @Test
  void fit_tribuoStagesOnOneSharedTrainingData_equalFitsOnTheTable() {
    TestData.Split s = TestData.split(TestData.spambase(), 0.7, 2);
    TrainingData shared =
        TrainingData.of(s.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());
    List<Modeling> stages =
        List.of(
            TribuoModels.logistic().withEpochs(2),
            TribuoModels.logistic().withEpochs(3).withSeed(9),
            TribuoModels.cart().withMaxDepth(5));

    for (Modeling stage : stages) {
      Predictor onShared = stage.fit(shared);
      Predictor onTable =
          stage.fit(s.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());
      List<Prediction> a = onShared.predictBatch(s.test());
      List<Prediction> b = onTable.predictBatch(s.test());

      assertThat(a).as(stage.name()).isEqualTo(b);
    }
    // One converted dataset per layout: sparse for the two logistic stages, dense for the tree.
    assertThat(shared.toString()).contains("2 derived forms");
  }

  @Test
  void toString_namesRowsFeaturesAndTask() {
    assertThat(BLOBS.toString())
        .startsWith("TrainingData[60 rows, 2 features, MULTICLASS on 'cls'");
  }
}
