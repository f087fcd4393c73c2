package org.leanml.data.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Encode → decode of every fitted stage kind gives the same state fingerprint, the same document
 * again, and bit-identical {@code transform} and {@code transformRow} results on the training table
 * and on another table (with a category unseen in training).
 */
class FittedFeaturesCodecProperties {

  /** A training table and a serving table with the same columns. */
  record Data(Table training, Table serving) {}

  @Provide
  Arbitrary<Data> data() {
    return Combinators.combine(table("abcd"), table("abcde")).as(Data::new);
  }

  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.doubles().between(-1e5, 1e5).ofScale(6);
  }

  @Provide
  Arbitrary<Double> widths() {
    return Arbitraries.doubles().between(1e-3, 1e5).ofScale(6);
  }

  private static Arbitrary<Table> table(String levels) {
    return Arbitraries.integers()
        .between(2, 30)
        .flatMap(
            n -> {
              Arbitrary<double[]> nums =
                  Arbitraries.oneOf(
                          Arbitraries.doubles().between(-1e6, 1e6).ofScale(9),
                          Arbitraries.of(0.0, -0.0, 1.0, -1.0, 1e-300, 3.0e-7, 123456.789))
                      .array(double[].class)
                      .ofSize(n);
              Arbitrary<double[]> positives =
                  Arbitraries.doubles()
                      .between(1e-9, 1e9)
                      .ofScale(12)
                      .array(double[].class)
                      .ofSize(n);
              Arbitrary<String[]> cats =
                  Arbitraries.of(levels.split("")).array(String[].class).ofSize(n);
              return Combinators.combine(nums, nums, positives, cats)
                  .as(
                      (x, y, p, c) ->
                          Table.of(
                              NumericColumn.of("x", x),
                              NumericColumn.of("y", y),
                              NumericColumn.of("p", p),
                              CategoricalColumn.of("c", c)));
            });
  }

  @Property(tries = 60)
  void select_roundTrip_isIdentical(@ForAll("data") Data d) {
    assertRoundTrip(Select.of("y", "x").named("picked"), d);
  }

  @Property(tries = 60)
  void ratio_roundTrip_isIdentical(@ForAll("data") Data d, @ForAll("finite") double fallback) {
    assertRoundTrip(Ratio.of("x", "y").whenUndefined(fallback), d);
    assertRoundTrip(Ratio.of("p", "x").as("p per x").named("rate"), d);
  }

  @Property(tries = 60)
  void log_roundTrip_isIdentical(@ForAll("data") Data d) {
    assertRoundTrip(Log.log1p("p"), d);
    assertRoundTrip(Log.log("p").named("ln"), d);
  }

  @Property(tries = 60)
  void oneHot_roundTrip_isIdentical(@ForAll("data") Data d) {
    assertRoundTrip(OneHot.of("c"), d);
    // ERROR refuses the serving table's unseen level, so check it on training rows only
    assertRoundTrip(OneHot.of("c").with(OneHot.Unseen.ERROR), new Data(d.training(), d.training()));
  }

  @Property(tries = 60)
  void bin_roundTrip_isIdentical(
      @ForAll("data") Data d,
      @ForAll @IntRange(min = 2, max = 9) int bins,
      @ForAll("finite") double firstEdge,
      @ForAll("widths") double width) {
    assertRoundTrip(Bin.quantiles("x", bins), d);
    assertRoundTrip(Bin.edges("y", firstEdge, firstEdge + width).named("coarse"), d);
  }

  @Property(tries = 60)
  void scale_roundTrip_isIdentical(@ForAll("data") Data d) {
    assertRoundTrip(Scale.standard("x", "y", "p"), d);
    assertRoundTrip(Scale.minMax("p", "x").named("unit"), d);
  }

  @Property(tries = 60)
  void featureSet_roundTrip_isIdentical(@ForAll("data") Data d) {
    FeatureExtraction nested =
        Features.of(
                Select.of("x"),
                Features.of(Ratio.of("y", "p"), Log.log1p("p")).named("derived"),
                Scale.standard("y").named("scaled"),
                OneHot.of("c"),
                Bin.quantiles("p", 4))
            .named("all");
    assertRoundTrip(nested, d);
  }

  static void assertRoundTrip(FeatureExtraction e, Data d) {
    FittedFeatures original = e.fit(d.training());
    byte[] stored = FittedFeaturesCodec.encode(original);

    FittedFeatures loaded = FittedFeaturesCodec.decode(stored);

    assertThat(loaded.stateFingerprint()).isEqualTo(original.stateFingerprint());
    assertThat(loaded.name()).isEqualTo(original.name());
    assertThat(loaded.configuration()).isEqualTo(original.configuration());
    assertThat(loaded.requires()).isEqualTo(original.requires());
    assertThat(loaded.produces()).isEqualTo(original.produces());
    assertThat(FittedFeaturesCodec.encode(loaded)).isEqualTo(stored);
    for (Table t : List.of(d.training(), d.serving())) {
      assertSameBits(original, loaded, t);
    }
  }

  static void assertSameBits(FittedFeatures original, FittedFeatures loaded, Table t) {
    Table expected = original.transform(t);
    Table actual = loaded.transform(t);
    List<String> names = original.produces().names();
    double[] a = new double[names.size()];
    double[] b = new double[names.size()];
    for (int r = 0; r < t.rowCount(); r++) {
      original.transformRow(t.row(r), a);
      loaded.transformRow(t.row(r), b);
      for (int k = 0; k < names.size(); k++) {
        long want = Double.doubleToRawLongBits(expected.numeric(names.get(k)).get(r));
        assertThat(Double.doubleToRawLongBits(actual.numeric(names.get(k)).get(r)))
            .as("transform row %d feature %s", r, names.get(k))
            .isEqualTo(want);
        assertThat(Double.doubleToRawLongBits(b[k]))
            .as("transformRow row %d feature %s", r, names.get(k))
            .isEqualTo(Double.doubleToRawLongBits(a[k]))
            .isEqualTo(want);
      }
    }
  }
}
