package org.leanml.ensemble.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.PredictorCodec;
import org.leanml.core.registry.ArtifactPart;
import org.leanml.core.registry.InMemoryRegistryStore;
import org.leanml.core.registry.ModelRegistry;
import org.leanml.core.registry.ModelVersion;
import org.leanml.core.registry.Registration;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.core.tribuo.TribuoModels;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.MissingInputPolicy;
import org.leanml.ensemble.Provenance;
import org.leanml.ensemble.Spambase;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.ensemble.combine.StackedLinearCombiner;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;

class EnsembleCodecTest {
  static final EnsembleCodec CODEC = new EnsembleCodec();
  static Ensemble two;
  static Ensemble three;

  @BeforeAll
  static void train() {
    Table[] split = Spambase.split(0.5, 99L);
    EnsembleTrainer trainer = EnsembleTrainer.stacking(5L).withFolds(3);
    InputContract shared = Spambase.input();
    two =
        trainer.train(
            shared,
            Spambase.OUTPUT,
            List.of(
                SubModelSpec.projecting("words", shared, Spambase.WORDS, TribuoModels.logistic()),
                SubModelSpec.projecting("chars", shared, Spambase.CHARS, TribuoModels.logistic())),
            split[0]);
    three =
        trainer.extend(
            two,
            SubModelSpec.projecting(
                "capitals", shared, Spambase.CAPITALS, TribuoModels.cart().withMaxDepth(5)),
            split[0]);
  }

  @Test
  void decode_ofEncode_givesBitIdenticalPredictionsOnEveryRow() {
    Table all = Spambase.table();

    Ensemble loaded = CODEC.decode(CODEC.encode(three));

    assertThat(loaded.predictBatch(all)).isEqualTo(three.predictBatch(all));
    assertThat(loaded.memberFingerprints()).isEqualTo(three.memberFingerprints());
    assertThat(loaded.combiner()).isEqualTo(three.combiner());
  }

  @Test
  void encode_memberSharedBetweenVersions_hasByteIdenticalParts() {
    Map<String, byte[]> v2 = CODEC.encode(two);
    Map<String, byte[]> v3 = CODEC.encode(three);

    for (String part :
        List.of(
            "members/words/model.pb", "members/chars/model.pb", "members/words/contracts.json")) {
      assertThat(v3.get(part)).as(part).isEqualTo(v2.get(part));
    }
    assertThat(v3).containsKey("members/capitals/model.pb");
    assertThat(v2).doesNotContainKey("members/capitals/model.pb");
  }

  @Test
  void registry_twoVersionsSharingMembers_storesSharedMemberPartsOnceAndLoadsIdentically()
      throws Exception {
    try (ModelRegistry registry =
        ModelRegistry.builder().store(new InMemoryRegistryStore()).build()) {
      ModelVersion v1 = registry.register(Registration.of("spam", two));
      ModelVersion v2 = registry.register(Registration.of("spam", three).withParent(1));

      Map<String, Fingerprint> first = shas(v1);
      Map<String, Fingerprint> second = shas(v2);
      assertThat(v2.artifact().format()).isEqualTo(EnsembleCodec.FORMAT);
      assertThat(second.get("members/words/model.pb"))
          .isEqualTo(first.get("members/words/model.pb"));
      assertThat(second.get("members/chars/model.pb"))
          .isEqualTo(first.get("members/chars/model.pb"));
      assertThat(second.get("manifest.json")).isNotEqualTo(first.get("manifest.json"));
      Table all = Spambase.table();
      assertThat(registry.load("spam", 2).predictBatch(all)).isEqualTo(three.predictBatch(all));
    }
  }

  static Map<String, Fingerprint> shas(ModelVersion v) {
    Map<String, Fingerprint> out = new LinkedHashMap<>();
    for (ArtifactPart p : v.artifact().parts()) {
      out.put(p.name(), p.sha256());
    }
    return out;
  }

  @Test
  void codec_isInstalledAsService() {
    assertThat(ServiceLoader.load(PredictorCodec.class).stream().map(p -> p.type().getName()))
        .contains(EnsembleCodec.class.getName());
    assertThat(CODEC.supports(three)).isTrue();
  }

  @Test
  void decode_goldenVersion1Ensemble_stillLoadsAndPredicts() throws Exception {
    Path dir = golden();

    Ensemble loaded = CODEC.decode(GoldenEnsemble.read(dir));

    List<double[]> expected = GoldenEnsemble.expected(dir);
    List<Prediction> actual = loaded.predictBatch(Spambase.table().head(GoldenEnsemble.ROWS));
    for (int r = 0; r < expected.size(); r++) {
      assertThat(actual.get(r).probabilities()).as("row %d", r).containsExactly(expected.get(r));
    }
    assertThat(loaded.memberNames()).containsExactly("words", "chars", "capitals");
  }

  @Test
  void decode_memberPartsSwapped_failsNamingTheMember() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(GoldenEnsemble.read(golden()));
    byte[] words = parts.get("members/words/model.pb");
    byte[] chars = parts.get("members/chars/model.pb");
    parts.put("members/words/model.pb", chars);
    parts.put("members/chars/model.pb", words);
    byte[] wordsContracts = parts.get("members/words/contracts.json");
    parts.put("members/words/contracts.json", parts.get("members/chars/contracts.json"));
    parts.put("members/chars/contracts.json", wordsContracts);

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessageContaining("member 'words'")
        .hasMessageContaining("fingerprint");
  }

  @Test
  void decode_unknownVersion_failsNamingIt() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(GoldenEnsemble.read(golden()));
    String manifest = new String(parts.get("manifest.json"), StandardCharsets.UTF_8);
    parts.put(
        "manifest.json",
        manifest.replaceFirst("\"version\":1", "\"version\":3").getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessage("manifest.json: unknown version 3, this codec reads versions 1 to 2");
  }

  @Test
  void decode_extraPart_isRefused() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(GoldenEnsemble.read(golden()));
    parts.put("members/intruder/model.pb", new byte[] {1});

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessageContaining("members/intruder/model.pb");
  }

  @Test
  void encode_memberWithUnstorableFeatures_failsNamingTheMember() {
    OutputContract out = OutputContract.binary("y", "no", "yes");
    SubModel plain = SubModel.projecting("plain", linearScorer(out, "a"), Provenance.unknown());
    SubModel derived =
        SubModel.of("derived", new Doubling(), linearScorer(out, "a2"), Provenance.unknown());
    Ensemble e =
        Ensemble.of(
            InputContract.numeric(List.of("a")), out, List.of(plain, derived), Combiner.mean());

    assertThat(CODEC.supports(e)).isFalse();
    assertThatThrownBy(() -> CODEC.encode(e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member 'derived'")
        .hasMessageContaining("cannot be stored");
  }

  static Stream<Arguments> combiners() {
    return Stream.of(
        Arguments.of(Combiner.mean(), OutputContract.binary("y", "no", "yes")),
        Arguments.of(Combiner.weighted(0.25, 0.75), OutputContract.binary("y", "no", "yes")),
        Arguments.of(Combiner.majorityVote(), OutputContract.binary("y", "no", "yes")),
        Arguments.of(
            new StackedLinearCombiner(0.5, new double[] {0.3, 0.9}, new double[] {0.1, -0.2}),
            OutputContract.regression("y")));
  }

  @ParameterizedTest
  @MethodSource("combiners")
  void decode_ofEncode_keepsEveryCombinerKindAndPolicy(Combiner combiner, OutputContract out) {
    Ensemble e =
        Ensemble.of(
                InputContract.numeric(List.of("a", "b")),
                out,
                List.of(
                    SubModel.projecting("first", linearScorer(out, "a"), Provenance.unknown()),
                    SubModel.projecting("second", linearScorer(out, "b"), Provenance.unknown())),
                combiner)
            .with(MissingInputPolicy.FAIL);
    Table t = Table.of(NumericColumn.of("a", 0.1, -2, 3), NumericColumn.of("b", 1, 0.5, -0.25));

    Ensemble loaded = CODEC.decode(CODEC.encode(e));

    assertThat(loaded.combiner()).isEqualTo(combiner);
    assertThat(loaded.missingInputPolicy()).isEqualTo(MissingInputPolicy.FAIL);
    assertThat(loaded.predictBatch(t)).isEqualTo(e.predictBatch(t));
    assertThat(CODEC.encode(loaded)).containsOnlyKeys(CODEC.encode(e).keySet());
  }

  static org.leanml.core.predict.Predictor linearScorer(OutputContract out, String column) {
    // The test double from the ensemble package, through its codec, so members are storable.
    PredictorCodec scorerCodec =
        org.leanml.ensemble.PredictorCodecs.forFormat("test-linear-scorer/1").orElseThrow();
    String weights = out.isClassification() ? "[[0,0],[0.2,1.5]]" : "[[0.2,1.5]]";
    String json =
        "{\"input\":"
            + org.leanml.core.contract.ContractsJson.toJson(InputContract.numeric(List.of(column)))
            + ",\"output\":"
            + org.leanml.core.contract.ContractsJson.toJson(out)
            + ",\"weights\":"
            + weights
            + "}";
    return scorerCodec.decode(Map.of("scorer.json", json.getBytes(StandardCharsets.UTF_8)));
  }

  static Path golden() throws URISyntaxException {
    return Path.of(
        EnsembleCodecTest.class.getClassLoader().getResource(GoldenEnsemble.DIRECTORY).toURI());
  }

  /** A derived feature with no storable state: {@code a2 = 2 a}. */
  static final class Doubling implements FeatureExtraction.FittedFeatures {
    @Override
    public String name() {
      return "doubling";
    }

    @Override
    public Map<String, String> configuration() {
      return Map.of();
    }

    @Override
    public org.leanml.core.fingerprint.Fingerprint stateFingerprint() {
      return org.leanml.core.fingerprint.Fingerprinter.forDomain("test.doubling").finish();
    }

    @Override
    public InputContract requires() {
      return InputContract.numeric(List.of("a"));
    }

    @Override
    public InputContract produces() {
      return InputContract.numeric(List.of("a2"));
    }

    @Override
    public Table transform(Table table) {
      double[] v = table.numeric("a").toArray();
      for (int i = 0; i < v.length; i++) {
        v[i] *= 2;
      }
      return Table.of(NumericColumn.of("a2", v));
    }

    @Override
    public void transformRow(Row row, double[] out) {
      out[0] = 2 * row.getDouble("a");
    }
  }
}
