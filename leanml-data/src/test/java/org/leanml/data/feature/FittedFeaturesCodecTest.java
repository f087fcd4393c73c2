package org.leanml.data.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

class FittedFeaturesCodecTest {
  static final String GOLDEN = "feature-state/golden-v1.json";

  /**
   * The fingerprint of the golden document's feature set, pinned: if it changes, stored ensembles
   * using these stages no longer load (their member fingerprints would not match). The same value
   * came from the stages before they could be stored (main at 0e3123b, {@link #everyKind()} fitted
   * and fingerprinted by a scratch class compiled against that commit's sources), so storing them
   * did not change any fingerprint.
   */
  static final String GOLDEN_FINGERPRINT =
      "19b74344da5ad8b9ea19c8e5155f14dfc2b49340e7b5b40e0e078c5b33a9e110";

  /** Every stage kind in one set, fitted on {@link FeatureStagesTest#training()}. */
  static FittedFeatures everyKind() {
    return Features.of(
            Select.of("z"),
            Ratio.of("x", "y").whenUndefined(-1.5),
            Log.log1p("y"),
            OneHot.of("c").with(OneHot.Unseen.ERROR),
            Bin.quantiles("x", 4),
            Bin.edges("y", -0.5, 2.5).named("bin_fixed"),
            Scale.standard("y"),
            Features.of(Scale.minMax("x").named("unit")).named("inner"))
        .fit(
            FeatureStagesTest.training()
                .withColumn(NumericColumn.of("z", 0.25, -3, 1e-9, 17, 0, 2, 6.5, -0.0)));
  }

  static ObjectNode scaleDocument() {
    return FittedFeaturesCodec.toNode(Scale.standard("x", "y").fit(FeatureStagesTest.training()));
  }

  static ObjectNode binDocument() {
    return FittedFeaturesCodec.toNode(Bin.quantiles("x", 4).fit(FeatureStagesTest.training()));
  }

  static void assertRefused(ObjectNode document, Consumer<ObjectNode> tamper, String message) {
    tamper.accept(document);
    byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FittedFeaturesCodec.decode(bytes))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessage(message);
  }

  static ObjectNode stage(ObjectNode document) {
    return (ObjectNode) document.get("stage");
  }

  @Test
  void encode_scale_writesTheDocumentedCanonicalJson() {
    FittedFeatures f =
        Scale.minMax("a")
            .fit(Table.of(NumericColumn.of("a", 1.0, 3.0, 2.0), NumericColumn.of("b", 0, 0, 0)));

    String json = new String(FittedFeaturesCodec.encode(f), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"format\":\"leanml-features\",\"version\":1,\"stage\":{\"kind\":\"scale\","
                + "\"name\":\"scale\",\"method\":\"MIN_MAX\",\"columns\":[\"a\"],"
                + "\"shift\":[1.0],\"divisor\":[2.0]}}");
  }

  @Test
  void decode_goldenDocument_hasThePinnedFingerprintAndIsReproducedByEncode() throws IOException {
    byte[] golden = resource(GOLDEN);

    FittedFeatures loaded = FittedFeaturesCodec.decode(golden);

    assertThat(loaded.stateFingerprint()).isEqualTo(new Fingerprint(GOLDEN_FINGERPRINT));
    assertThat(loaded.stateFingerprint()).isEqualTo(everyKind().stateFingerprint());
    assertThat(FittedFeaturesCodec.encode(everyKind())).isEqualTo(golden);
  }

  @Test
  void decode_keepsNegativeZeroAndLastBits() {
    Table t = Table.of(NumericColumn.of("a", -0.0, -0.0), NumericColumn.of("b", 0.1, 0.2));
    FittedFeatures zero = Scale.minMax("a").fit(t);
    FittedFeatures tenth = Scale.standard("b").fit(t);

    FittedFeatures zeroLoaded = FittedFeaturesCodec.decode(FittedFeaturesCodec.encode(zero));
    FittedFeatures tenthLoaded = FittedFeaturesCodec.decode(FittedFeaturesCodec.encode(tenth));

    assertThat(zeroLoaded.toString()).contains("shift=[-0.0]");
    assertThat(zeroLoaded.stateFingerprint()).isEqualTo(zero.stateFingerprint());
    assertThat(tenthLoaded.toString()).isEqualTo(tenth.toString());
    assertThat(tenthLoaded.transform(t)).isEqualTo(tenth.transform(t));
  }

  @Test
  void supports_foreignExtraction_isFalseAndEncodeNamesIt() {
    FittedFeatures foreign = new Foreign();
    FittedFeatures set = Features.of(Select.of("x")).fit(FeatureStagesTest.training());

    assertThat(FittedFeaturesCodec.supports(foreign)).isFalse();
    assertThat(FittedFeaturesCodec.supports(set)).isTrue();
    assertThatThrownBy(() -> FittedFeaturesCodec.encode(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the fitted extraction 'foreign' ("
                + Foreign.class.getName()
                + ") cannot be stored: leanml-features stores the fitted stages of"
                + " org.leanml.data.feature only");
  }

  @Test
  void encode_nonFiniteState_isRefusedNamingTheField() {
    // the range overflows, so the min-max divisor is infinite
    FittedFeatures f = Scale.minMax("a").fit(Table.of(NumericColumn.of("a", 1e308, -1e308)));

    assertThatThrownBy(() -> FittedFeaturesCodec.encode(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the fitted extraction 'scale' cannot be stored: divisor[0] is Infinity (only finite"
                + " state can be stored)");
  }

  @Test
  void decode_notJson_isRefused() {
    assertThatThrownBy(() -> FittedFeaturesCodec.decode("{\"format\":".getBytes()))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessageStartingWith("leanml-features: the document is not valid JSON: ");
    assertThatThrownBy(() -> FittedFeaturesCodec.decode("[]".getBytes()))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessage("leanml-features: the document must be a JSON object");
  }

  @Test
  void decode_trailingTokensOrRepeatedKey_isRefused() {
    byte[] doc = FittedFeaturesCodec.encode(everyKind());
    String json = new String(doc, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FittedFeaturesCodec.decode((json + "{}").getBytes()))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessageStartingWith("leanml-features: the document is not valid JSON: ");
    assertThatThrownBy(
            () ->
                FittedFeaturesCodec.decode(
                    json.replaceFirst("\"version\":1", "\"version\":1,\"version\":1").getBytes()))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessageContaining("Duplicate field 'version'");
  }

  @Test
  void decode_wrongFormatOrVersion_isRefused() {
    assertRefused(
        scaleDocument(),
        d -> d.put("format", "leanml-pipeline"),
        "leanml-features: format must be 'leanml-features' but was 'leanml-pipeline'");
    assertRefused(
        scaleDocument(),
        d -> d.put("version", 2),
        "leanml-features: version: unknown version 2, this codec reads version 1");
    assertRefused(
        scaleDocument(),
        d -> d.put("version", "1"),
        "leanml-features: version: unknown version \"1\", this codec reads version 1");
  }

  @Test
  void decode_unknownKind_isRefused() {
    assertRefused(
        scaleDocument(),
        d -> stage(d).put("kind", "pca"),
        "leanml-features: stage.kind must be one of [select, ratio, log, one-hot, bin, scale,"
            + " set] but was 'pca'");
  }

  @Test
  void decode_missingOrUnknownField_isRefused() {
    assertRefused(
        scaleDocument(),
        d -> stage(d).remove("divisor"),
        "leanml-features: stage.divisor is missing");
    assertRefused(scaleDocument(), d -> d.remove("stage"), "leanml-features: stage is missing");
    assertRefused(
        scaleDocument(),
        d -> stage(d).put("mean", 1.0),
        "leanml-features: stage.mean is not a field here (expected [kind, name, method, columns,"
            + " shift, divisor])");
  }

  @Test
  void decode_wrongTypesOrEnumValues_areRefused() {
    assertRefused(
        scaleDocument(),
        d -> stage(d).put("method", "ROBUST"),
        "leanml-features: stage.method must be one of [STANDARD, MIN_MAX] but was 'ROBUST'");
    assertRefused(
        scaleDocument(),
        d -> ((ArrayNode) stage(d).get("shift")).set(1, "0.5"),
        "leanml-features: stage.shift[1] must be a number but was \"0.5\"");
    assertRefused(
        scaleDocument(),
        d -> stage(d).put("name", " "),
        "leanml-features: stage.name must not be blank");
    assertRefused(
        scaleDocument(),
        d -> ((ArrayNode) stage(d).get("columns")).set(1, "x"),
        "leanml-features: stage.columns[1] repeats 'x'");
  }

  @Test
  void decode_scaleWithWrongLength_isRefused() {
    assertRefused(
        scaleDocument(),
        d -> ((ArrayNode) stage(d).get("divisor")).remove(1),
        "leanml-features: stage.divisor has 1 entries but stage.columns has 2");
    assertRefused(
        scaleDocument(),
        d -> ((ArrayNode) stage(d).get("shift")).add(0.0),
        "leanml-features: stage.shift has 3 entries but stage.columns has 2");
  }

  @Test
  void decode_nonFiniteOrZeroScale_isRefused() {
    ObjectNode doc = scaleDocument();
    String json = doc.toString().replaceFirst("\"divisor\":\\[[^,]*,", "\"divisor\":[1e999,");

    assertThatThrownBy(() -> FittedFeaturesCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessage("leanml-features: stage.divisor[0] must be finite but was Infinity");
    assertRefused(
        scaleDocument(),
        d -> ((ArrayNode) stage(d).get("divisor")).set(1, 0.0),
        "leanml-features: stage.divisor[1] must be > 0 but was 0.0");
    assertRefused(
        scaleDocument(),
        d -> ((ArrayNode) stage(d).get("divisor")).set(0, -2.0),
        "leanml-features: stage.divisor[0] must be > 0 but was -2.0");
  }

  @Test
  void decode_unsortedOrTooManyBinEdges_isRefused() {
    assertRefused(
        binDocument(),
        d -> stage(d).putArray("edges").add(2.0).add(1.0),
        "leanml-features: stage.edges must be strictly increasing but stage.edges[1] = 1.0"
            + " follows 2.0");
    assertRefused(
        binDocument(),
        d -> stage(d).putArray("edges").add(1.0).add(1.0),
        "leanml-features: stage.edges must be strictly increasing but stage.edges[1] = 1.0"
            + " follows 1.0");
    assertRefused(
        binDocument(),
        d -> stage(d).putArray("edges").add(1.0).add(2.0).add(3.0).add(4.0),
        "leanml-features: stage.edges has 4 entries but stage.bins = 4 allows at most 3");
    assertRefused(
        binDocument(),
        d -> stage(d).putArray("edges"),
        "leanml-features: stage.edges must not be empty");
    assertRefused(
        binDocument(),
        d -> stage(d).put("bins", 1),
        "leanml-features: stage.bins must be >= 2" + " but was 1");
  }

  @Test
  void decode_fixedBinEdgesDisagreeing_isRefused() {
    ObjectNode fixed =
        FittedFeaturesCodec.toNode(Bin.edges("x", 0, 5).fit(FeatureStagesTest.training()));

    assertRefused(
        fixed.deepCopy(),
        d -> stage(d).putArray("edges").add(0.0).add(6.0),
        "leanml-features: stage.edges must equal stage.fixedEdges when those are given");
    assertRefused(
        fixed.deepCopy(),
        d -> stage(d).put("bins", 4),
        "leanml-features: stage.fixedEdges has 2 entries but stage.bins = 4 needs 3");
  }

  @Test
  void decode_unsortedOneHotLevels_isRefusedWithTheirPathInsideASet() {
    ObjectNode doc = FittedFeaturesCodec.toNode(everyKind());

    assertRefused(
        doc,
        d -> ((ObjectNode) stage(d).get("parts").get(3)).putArray("levels").add("b").add("a"),
        "leanml-features: stage.parts[3].levels must be strictly increasing but"
            + " stage.parts[3].levels[1] = 'a' follows 'b'");
  }

  @Test
  void decode_ratioOfAColumnWithItselfOrNonFiniteFallback_isRefused() {
    ObjectNode ratio =
        FittedFeaturesCodec.toNode(Ratio.of("x", "y").fit(FeatureStagesTest.training()));

    assertRefused(
        ratio.deepCopy(),
        d -> stage(d).put("denominator", "x"),
        "leanml-features: stage.denominator must differ from stage.numerator 'x'");
    String json = ratio.toString().replace("\"whenUndefined\":0.0", "\"whenUndefined\":-1e400");
    assertThatThrownBy(() -> FittedFeaturesCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FeatureStateFormatException.class)
        .hasMessage("leanml-features: stage.whenUndefined must be finite but was -Infinity");
  }

  @Test
  void decode_setWithRepeatedFeatureOrNoPart_isRefused() {
    ObjectNode doc = FittedFeaturesCodec.toNode(everyKind());

    assertRefused(
        doc.deepCopy(),
        d -> ((ArrayNode) stage(d).get("parts")).add(stage(d).get("parts").get(0).deepCopy()),
        "leanml-features: stage.parts: feature 'z' is produced by part 'select' and by part"
            + " 'select'; rename one");
    assertRefused(
        doc.deepCopy(),
        d -> stage(d).putArray("parts"),
        "leanml-features: stage.parts must not be empty");
  }

  @Test
  void decode_setWhosePartsNeedAColumnWithTwoTypes_isRefused() {
    ObjectNode doc =
        FittedFeaturesCodec.toNode(
            Features.of(Select.of("x"), OneHot.of("c")).fit(FeatureStagesTest.training()));

    assertRefused(
        doc,
        d -> ((ObjectNode) stage(d).get("parts").get(1)).put("column", "x"),
        "leanml-features: stage.parts: column 'x' is required as NUMERIC by one part and as"
            + " CATEGORICAL by part 'one_hot'");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in =
        FittedFeaturesCodecTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  /**
   * Writes the golden document. Run after {@code mvn -B -q -o -pl leanml-core test-compile}: {@code
   * java -cp "leanml-core/target/test-classes:leanml-core/target/classes:$(cat cp.txt)"
   * org.leanml.data.feature.FittedFeaturesCodecTest leanml-core/src/test/resources} with {@code
   * cp.txt} from {@code mvn -q -o -pl leanml-core dependency:build-classpath
   * -Dmdep.outputFile=$PWD/cp.txt}; then update {@link #GOLDEN_FINGERPRINT} from its output. Only
   * for a new format version, as a new file: the old one must keep loading.
   *
   * @param args the test resources directory
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path file = java.nio.file.Path.of(args[0]).resolve(GOLDEN);
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.write(file, FittedFeaturesCodec.encode(everyKind()));
    System.out.println(everyKind().stateFingerprint().hex());
  }

  /** An extraction from outside this package. */
  static final class Foreign implements FittedFeatures {
    @Override
    public String name() {
      return "foreign";
    }

    @Override
    public Map<String, String> configuration() {
      return Map.of();
    }

    @Override
    public Fingerprint stateFingerprint() {
      return Fingerprinter.forDomain("test.foreign").finish();
    }

    @Override
    public InputContract requires() {
      return InputContract.numeric(List.of("x"));
    }

    @Override
    public InputContract produces() {
      return InputContract.numeric(List.of("x"));
    }

    @Override
    public Table transform(Table table) {
      return table.select("x");
    }

    @Override
    public void transformRow(Row row, double[] out) {
      out[0] = row.getDouble("x");
    }
  }
}
