package org.leanml.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.tribuo.protos.core.ModelProto;

class TribuoCodecTest {
  private static final TribuoCodec CODEC = new TribuoCodec();
  private static Table spamTrain;
  private static Table spamTest;

  @BeforeAll
  static synchronized void data() {
    if (spamTrain != null) {
      return;
    }
    TestData.Split s = TestData.split(TestData.spambase(), 0.7, 2);
    spamTrain = s.train();
    spamTest = s.test();
  }

  record Case(
      String name,
      Modeling trainer,
      Table train,
      Table test,
      InputContract in,
      OutputContract out) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<String, Predictor> TRAINED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Each case is trained once and shared by the tests that only read the model. */
  static Predictor trained(Case c) {
    return TRAINED.computeIfAbsent(c.name(), n -> c.trainer().fit(c.train(), c.in(), c.out()));
  }

  static Stream<Arguments> cases() {
    data();
    InputContract spamIn = TestData.spambaseFeatures();
    OutputContract spamOut = TestData.spambaseOutput();
    InputContract xy = InputContract.numeric(List.of("x1", "x2"));
    OutputContract reg = OutputContract.regression("y");
    return Stream.of(
            new Case("logistic", TribuoModels.logistic(), spamTrain, spamTest, spamIn, spamOut),
            new Case(
                "cart", TribuoModels.cart().withMaxDepth(10), spamTrain, spamTest, spamIn, spamOut),
            new Case(
                "linear",
                TribuoModels.linearRegression(),
                TestData.linear(500, 1),
                TestData.linear(200, 2),
                xy,
                reg),
            new Case(
                "cart-regression",
                TribuoModels.cartRegression(),
                TestData.linear(500, 1),
                TestData.linear(200, 2),
                xy,
                reg))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void encodeDecode_everyRowPredictsBitIdentically(Case c) {
    Predictor trained = trained(c);

    Predictor decoded = CODEC.decode(CODEC.encode(trained));

    assertThat(decoded.inputContract()).isEqualTo(c.in());
    assertThat(decoded.outputContract()).isEqualTo(c.out());
    assertThat(decoded.predictBatch(c.test())).isEqualTo(trained.predictBatch(c.test()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void encode_sameModelTwice_byteIdenticalParts(Case c) {
    Predictor trained = trained(c);

    Map<String, byte[]> first = CODEC.encode(trained);
    Map<String, byte[]> second = CODEC.encode(trained);

    assertThat(second.keySet()).containsExactly("contracts.json", "model.pb");
    for (String part : first.keySet()) {
      assertThat(Arrays.equals(second.get(part), first.get(part))).as(part).isTrue();
    }
  }

  /**
   * Re-encoding a decoded model need not give the original bytes: Tribuo's tree models reorder
   * nodes after deserialization, and on JDK 25 linear models' provenance re-encodes differently
   * too. What storage relies on holds for every model on every JDK: the decoded model predicts
   * identically, and re-encoding settles after one round trip (the fixed point {@code
   * SubModel.canonical()} looks for). Recorded in docs/design-decisions.md.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void encode_afterDecode_settlesAndPredictsIdentically(Case c) {
    Predictor trained = trained(c);
    Map<String, byte[]> first = CODEC.encode(trained);

    Map<String, byte[]> again = CODEC.encode(CODEC.decode(first));
    Map<String, byte[]> settled = CODEC.encode(CODEC.decode(again));

    assertThat(Arrays.equals(settled.get("model.pb"), again.get("model.pb"))).isTrue();
    assertThat(again.get("contracts.json")).isEqualTo(first.get("contracts.json"));
    assertThat(CODEC.decode(again).predictBatch(c.test()))
        .isEqualTo(trained.predictBatch(c.test()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void encode_modelClass_isOnTheAllowList(Case c) {
    TribuoPredictor trained = (TribuoPredictor) trained(c);

    assertThat(TribuoCodec.ALLOWED_MODEL_CLASSES).contains(trained.modelClassName());
  }

  @Test
  void decode_modelNamingAnotherClass_refusedNamingTheClass() throws Exception {
    Predictor trained =
        TribuoModels.logistic()
            .fit(spamTrain, TestData.spambaseFeatures(), TestData.spambaseOutput());
    Map<String, byte[]> parts = new LinkedHashMap<>(CODEC.encode(trained));
    ModelProto proto = ModelProto.parseFrom(parts.get("model.pb"));
    parts.put("model.pb", proto.toBuilder().setClassName("com.example.Evil").build().toByteArray());

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(DisallowedModelClassException.class)
        .hasMessageContaining("'com.example.Evil'")
        .hasMessageContaining("allow-list");
  }

  @Test
  void decode_garbageModelBytes_artifactException() {
    Predictor trained =
        TribuoModels.cartRegression()
            .fit(
                TestData.linear(50, 1),
                InputContract.numeric(List.of("x1", "x2")),
                OutputContract.regression("y"));
    Map<String, byte[]> parts = new LinkedHashMap<>(CODEC.encode(trained));
    parts.put("model.pb", new byte[] {1, 2, 3, 4, 5});

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(TribuoArtifactException.class)
        .hasMessageContaining("model.pb");
  }

  @Test
  void decode_missingPart_namesTheExpectedParts() {
    Map<String, byte[]> parts = Map.of("model.pb", new byte[0]);

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(TribuoArtifactException.class)
        .hasMessageContaining("contracts.json");
  }

  @Test
  void decode_contractsNotMatchingModel_artifactException() {
    Predictor trained =
        TribuoModels.cartRegression()
            .fit(
                TestData.linear(50, 1),
                InputContract.numeric(List.of("x1", "x2")),
                OutputContract.regression("y"));
    Map<String, byte[]> parts = new LinkedHashMap<>(CODEC.encode(trained));
    parts.put(
        "contracts.json",
        org.leanml.core.contract.ContractsJson.toJson(
            new org.leanml.core.contract.Contracts(
                InputContract.numeric(List.of("x1")), OutputContract.regression("y"))));

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(TribuoArtifactException.class)
        .hasMessageContaining("'x2'");
  }

  @Test
  void serviceLoader_findsTheCodecByFormat() {
    List<String> formats =
        ServiceLoader.load(PredictorCodec.class).stream().map(p -> p.get().format()).toList();

    assertThat(formats).contains("tribuo-protobuf/1");
  }

  @Test
  void encode_foreignPredictor_rejected() {
    Predictor foreign =
        new Predictor() {
          @Override
          public InputContract inputContract() {
            return InputContract.numeric(List.of("a"));
          }

          @Override
          public OutputContract outputContract() {
            return OutputContract.regression("y");
          }

          @Override
          public org.leanml.core.predict.Prediction predict(org.leanml.core.table.Row row) {
            return org.leanml.core.predict.Prediction.ofValue(0);
          }
        };

    assertThat(CODEC.supports(foreign)).isFalse();
    assertThatThrownBy(() -> CODEC.encode(foreign)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allowList_namesOnlyLoadableTribuoModelClasses() throws Exception {
    for (String name : TribuoCodec.ALLOWED_MODEL_CLASSES) {
      Class<?> c = Class.forName(name, false, getClass().getClassLoader());

      assertThat(org.tribuo.Model.class).isAssignableFrom(c);
    }
  }

  @Test
  void wrap_modelKnowingAClassOutsideTheContract_rejectedNamingTheClass() {
    TribuoPredictor trained =
        (TribuoPredictor)
            TribuoModels.cart()
                .fit(
                    TestData.blobs(10, 1),
                    InputContract.numeric(List.of("x1", "x2")),
                    OutputContract.multiclass("cls", List.of("a", "b", "c")));

    assertThatThrownBy(
            () ->
                TribuoPredictor.wrap(
                    trained.model(),
                    InputContract.numeric(List.of("x1", "x2")),
                    OutputContract.binary("cls", "a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c'");
  }
}
