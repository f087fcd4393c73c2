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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.PredictorCodec;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.data.feature.Bin;
import org.leanml.data.feature.Features;
import org.leanml.data.feature.Log;
import org.leanml.data.feature.Ratio;
import org.leanml.data.feature.Scale;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.MissingInputPolicy;
import org.leanml.ensemble.Provenance;
import org.leanml.ensemble.Spambase;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.ensemble.combine.StackedLinearCombiner;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.registry.ArtifactPart;
import org.leanml.registry.InMemoryRegistryStore;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;
import org.leanml.tribuo.TribuoModels;

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

  static EnsembleTrainer derivedTrainer() {
    return EnsembleTrainer.stacking(21L).withFolds(3);
  }

  /** Words as they are, plus a member on derived features: a ratio, two logarithms, scaling. */
  static Ensemble derived(EnsembleTrainer trainer, Table training) {
    InputContract shared = Spambase.input();
    return trainer.train(
        shared,
        Spambase.OUTPUT,
        List.of(
            SubModelSpec.projecting("words", shared, Spambase.WORDS, TribuoModels.logistic()),
            SubModelSpec.of(
                "derived",
                Features.of(
                    Ratio.of("charDollar", "charExclamation"),
                    Log.log("capitalAve"),
                    Log.log1p("capitalTotal"),
                    Scale.standard("charHash", "capitalLong")),
                TribuoModels.logistic())),
        training);
  }

  /** The ensemble extended by a tree on binned and min-max scaled capitals. */
  static Ensemble withBinned(EnsembleTrainer trainer, Ensemble base, Table training) {
    return trainer.extend(
        base,
        SubModelSpec.of(
            "binned",
            Features.of(Bin.quantiles("capitalAve", 5), Scale.minMax("capitalLong")),
            TribuoModels.cart().withMaxDepth(4)),
        training);
  }

  @Test
  void registry_membersWithDerivedFeatures_loadWithBitIdenticalPredictionsOnEveryRow(
      @TempDir Path dir) throws Exception {
    Table all = Spambase.table();
    Table training = Spambase.split(0.5, 7L)[0];
    EnsembleTrainer trainer = derivedTrainer();
    Ensemble original = withBinned(trainer, derived(trainer, training), training);
    List<Prediction> expected = original.predictBatch(all);
    try (ModelRegistry registry = ModelRegistry.open(dir)) {
      registry.register(Registration.of("spam", original));
    }

    Ensemble loaded;
    try (ModelRegistry reopened = ModelRegistry.open(dir)) {
      loaded = (Ensemble) reopened.load("spam", 1);
    }

    assertThat(loaded.memberFingerprints()).isEqualTo(original.memberFingerprints());
    assertThat(loaded.members().get(1).features().stateFingerprint())
        .isEqualTo(original.members().get(1).features().stateFingerprint());
    List<Prediction> batch = loaded.predictBatch(all);
    for (int r = 0; r < all.rowCount(); r++) {
      double[] want = expected.get(r).probabilities();
      assertThat(batch.get(r).probabilities()).as("batch row %d", r).containsExactly(want);
      assertThat(loaded.predict(all.row(r)).probabilities())
          .as("single row %d", r)
          .containsExactly(want);
    }
  }

  @Test
  void registry_versionKeepingADerivedMember_storesItsFeatureStateOnce() throws Exception {
    Table training = Spambase.split(0.5, 7L)[0];
    EnsembleTrainer trainer = derivedTrainer();
    Ensemble first = derived(trainer, training);
    Ensemble second = withBinned(trainer, first, training);
    try (ModelRegistry registry =
        ModelRegistry.builder().store(new InMemoryRegistryStore()).build()) {

      Map<String, Fingerprint> v1 = shas(registry.register(Registration.of("spam", first)));
      Map<String, Fingerprint> v2 =
          shas(registry.register(Registration.of("spam", second).withParent(1)));

      assertThat(v2.get("members/derived/features.json"))
          .isNotNull()
          .isEqualTo(v1.get("members/derived/features.json"));
      assertThat(v2.get("members/derived/model.pb")).isEqualTo(v1.get("members/derived/model.pb"));
      assertThat(v2).containsKey("members/binned/features.json");
      assertThat(v1).doesNotContainKey("members/binned/features.json");
      assertThat(registry.load("spam", 2).predictBatch(training.head(200)))
          .isEqualTo(second.predictBatch(training.head(200)));
    }
  }

  @Test
  void decode_goldenVersion2EnsembleWithDerivedFeatures_stillLoadsAndPredicts() throws Exception {
    Path dir = golden(GoldenEnsemble.DIRECTORY_V2);

    Ensemble loaded = CODEC.decode(GoldenEnsemble.read(dir));

    List<double[]> expected = GoldenEnsemble.expected(dir);
    Table rows = GoldenEnsemble.v2Rows();
    List<Prediction> batch = loaded.predictBatch(rows);
    for (int r = 0; r < expected.size(); r++) {
      assertThat(batch.get(r).probabilities()).as("row %d", r).containsExactly(expected.get(r));
      assertThat(loaded.predict(rows.row(r)).probabilities())
          .as("single row %d", r)
          .containsExactly(expected.get(r));
    }
    assertThat(loaded.memberNames()).containsExactly("words", "derived", "binned");
    assertThat(loaded.members().get(1).features().produces().names())
        .containsExactly(
            "charDollar/charExclamation",
            "log(capitalAve)",
            "log1p(capitalTotal)",
            "charHash",
            "capitalLong");
    String manifest =
        new String(GoldenEnsemble.read(dir).get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"version\":2");
  }

  @Test
  void encode_goldenVersion2Ensemble_reproducesItsStoredParts() throws Exception {
    Map<String, byte[]> stored = GoldenEnsemble.read(golden(GoldenEnsemble.DIRECTORY_V2));

    Map<String, byte[]> again = CODEC.encode(CODEC.decode(stored));

    assertThat(again.keySet()).containsExactlyInAnyOrderElementsOf(stored.keySet());
    for (String part : again.keySet()) {
      assertThat(again.get(part)).as(part).isEqualTo(stored.get(part));
    }
  }

  @Test
  void decode_featureStateChanged_failsNamingTheMember() throws Exception {
    Map<String, byte[]> parts =
        new LinkedHashMap<>(GoldenEnsemble.read(golden(GoldenEnsemble.DIRECTORY_V2)));
    String state = new String(parts.get("members/derived/features.json"), StandardCharsets.UTF_8);
    parts.put(
        "members/derived/features.json",
        state.replace("\"whenUndefined\":-1.0", "\"whenUndefined\":-2.0").getBytes());

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessageStartingWith("member 'derived': its features.json has state fingerprint ")
        .hasMessageContaining("but the manifest records");
  }

  @Test
  void decode_invalidFeatureState_failsNamingMemberFieldAndRule() throws Exception {
    Map<String, byte[]> parts =
        new LinkedHashMap<>(GoldenEnsemble.read(golden(GoldenEnsemble.DIRECTORY_V2)));
    String state = new String(parts.get("members/derived/features.json"), StandardCharsets.UTF_8);
    parts.put(
        "members/derived/features.json",
        state.replaceFirst("\"divisor\":\\[", "\"divisor\":[0.0,").getBytes());

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessage(
            "member 'derived': features.json: leanml-features: stage.parts[3].divisor has 3"
                + " entries but stage.parts[3].columns has 2");
  }

  @Test
  void decode_featureStatePartMissing_isRefused() throws Exception {
    Map<String, byte[]> parts =
        new LinkedHashMap<>(GoldenEnsemble.read(golden(GoldenEnsemble.DIRECTORY_V2)));
    parts.remove("members/binned/features.json");

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessage("member 'binned': part 'members/binned/features.json' is missing");
  }

  @Test
  void decode_version1ManifestWithFeatureState_isRefused() throws Exception {
    Map<String, byte[]> parts =
        new LinkedHashMap<>(GoldenEnsemble.read(golden(GoldenEnsemble.DIRECTORY_V2)));
    String manifest = new String(parts.get("manifest.json"), StandardCharsets.UTF_8);
    parts.put(
        "manifest.json",
        manifest.replaceFirst("\"version\":2", "\"version\":1").getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> CODEC.decode(parts))
        .isInstanceOf(EnsembleFormatException.class)
        .hasMessage(
            "manifest.json: member 'derived' has an unknown feature kind 'leanml-features'"
                + " (version 1 allows [projection])");
  }

  @Test
  void encode_memberWithNonFiniteFeatureState_failsNamingMemberAndField() {
    OutputContract out = OutputContract.binary("y", "no", "yes");
    // the range overflows, so the fitted min-max divisor is infinite
    FeatureExtraction.FittedFeatures overflowed =
        Scale.minMax("a").fit(Table.of(NumericColumn.of("a", 1e308, -1e308)));
    SubModel huge = SubModel.of("huge", overflowed, linearScorer(out, "a"), Provenance.unknown());
    Ensemble e =
        Ensemble.of(InputContract.numeric(List.of("a")), out, List.of(huge), Combiner.mean());

    assertThatThrownBy(() -> CODEC.encode(e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "member 'huge': the fitted extraction 'scale' cannot be stored: divisor[0] is Infinity"
                + " (only finite state can be stored)");
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
    return golden(GoldenEnsemble.DIRECTORY);
  }

  static Path golden(String directory) throws URISyntaxException {
    return Path.of(EnsembleCodecTest.class.getClassLoader().getResource(directory).toURI());
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
