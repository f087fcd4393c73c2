package org.leanml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.leanml.tribuo.DisallowedModelClassException;
import org.leanml.tribuo.TribuoCodec;
import org.leanml.tribuo.TribuoModels;
import org.tribuo.protos.core.ModelProto;

/** The registry with the real Tribuo codec, found by {@link java.util.ServiceLoader}. */
class ModelRegistryTribuoTest {
  @TempDir Path dir;
  ModelRegistry registry;
  static final Table TRAIN =
      TestData.spambase().rows(java.util.Arrays.copyOf(TestData.shuffled(4601, 5), 400));

  @BeforeEach
  void open() {
    registry = ModelRegistry.open(dir.resolve("registry"));
  }

  @AfterEach
  void close() {
    registry.close();
  }

  static Predictor logistic() {
    return TribuoModels.logistic()
        .withEpochs(1)
        .withSeed(3)
        .fit(TRAIN, TestData.spambaseFeatures(), TestData.spambaseOutput());
  }

  @Test
  void registerAndLoad_logisticRegression_samePredictions() {
    Predictor p = logistic();
    Table rows = TRAIN.head(20);

    ModelVersion v = registry.register(Registration.of("spam", p));
    registry.promote("spam", v.version(), "first");
    Predictor loaded = registry.load("spam", ModelRegistry.CHAMPION);

    assertThat(v.artifact().format()).isEqualTo(TribuoCodec.FORMAT);
    assertThat(loaded.predictBatch(rows)).isEqualTo(p.predictBatch(rows));
  }

  @Test
  void load_modelNamingAClassOffTheAllowList_refusedByTheCodec() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(new TribuoCodec().encode(logistic()));
    ModelProto proto = ModelProto.parseFrom(parts.get(TribuoCodec.MODEL_PART));
    parts.put(
        TribuoCodec.MODEL_PART,
        proto.toBuilder().setClassName("com.example.Evil").build().toByteArray());
    // The checksums are right: only the codec's allow-list stands between the bytes and Tribuo.
    registry.register(Registration.ofEncoded("spam", TribuoCodec.FORMAT, parts));

    assertThat(registry.verify().isClean()).isTrue();
    assertThatThrownBy(() -> registry.load("spam", 1))
        .isInstanceOf(DisallowedModelClassException.class)
        .hasMessageContaining("com.example.Evil");
  }
}
