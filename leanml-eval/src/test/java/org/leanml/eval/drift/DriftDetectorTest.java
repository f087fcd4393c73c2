package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leanml.core.split.Splits;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class DriftDetectorTest {

  private static Table table(long seed, int rows, double shift, double pRed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[rows];
    double[] y = new double[rows];
    String[] colour = new String[rows];
    for (int i = 0; i < rows; i++) {
      x[i] = rng.nextGaussian() + shift;
      y[i] = rng.nextDouble();
      double u = rng.nextDouble();
      colour[i] = u < pRed ? "red" : (u < 0.8 ? "green" : null);
    }
    return Table.of(
        NumericColumn.of("x", x), NumericColumn.of("y", y), CategoricalColumn.of("colour", colour));
  }

  @Test
  void compare_shiftedNumericAndCategorical_flagsThemAndRendersCommandJson() throws IOException {
    Table reference = table(1, 2000, 0, 0.4);
    Table current = table(2, 1500, 0.8, 0.7);

    DriftReport report = DriftDetector.withDefaults().compare(reference, current);
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(report.driftedFeatures()).containsExactly("x", "colour");
    assertThat(report.verdict()).isEqualTo(DriftVerdict.DRIFT);
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "reference_rows", "current_rows", "bins", "features", "drifted_features", "verdict");
    assertThat(json.get("reference_rows").asLong()).isEqualTo(2000);
    assertThat(json.get("current_rows").asLong()).isEqualTo(1500);
    assertThat(json.get("bins").asInt()).isEqualTo(10);
    JsonNode x = json.get("features").get(0);
    assertThat(x.fieldNames())
        .toIterable()
        .containsExactly(
            "name", "type", "psi", "js_distance", "ks_statistic", "ks_p_value", "drifted");
    assertThat(x.get("type").asText()).isEqualTo("numeric");
    JsonNode colour = json.get("features").get(2);
    assertThat(colour.fieldNames())
        .toIterable()
        .containsExactly("name", "type", "psi", "js_distance", "chi2", "chi2_p_value", "drifted");
    assertThat(colour.get("type").asText()).isEqualTo("categorical");
    assertThat(json.get("drifted_features").toString()).isEqualTo("[\"x\",\"colour\"]");
    assertThat(json.get("verdict").asText()).isEqualTo("DRIFT");
  }

  @Test
  void compare_sameDistribution_noDrift() {
    DriftReport report =
        DriftDetector.withDefaults().compare(table(3, 3000, 0, 0.4), table(4, 3000, 0, 0.4));

    assertThat(report.verdict()).isEqualTo(DriftVerdict.NO_DRIFT);
    assertThat(report.toJson()).contains("\"drifted_features\":[]", "\"verdict\":\"NO_DRIFT\"");
  }

  @Test
  void compare_hugeSamplesTrivialShift_significantButNotFlagged() {
    // A 0.05 sd shift on 200,000 rows: KS p-value tiny, but D < 0.1 and PSI < 0.25.
    DriftReport report =
        DriftDetector.withDefaults()
            .compare(table(5, 200_000, 0, 0.4), table(6, 200_000, 0.05, 0.4));
    FeatureDrift x = report.features().get(0);

    assertThat(x.pValue()).isLessThan(1e-10);
    assertThat(x.statistic()).isLessThan(0.1);
    assertThat(x.drifted()).isFalse();
  }

  @Test
  void ofSample_tableWithinTheLimit_isTheWholeTablesSummary() {
    Table t = table(9, 3000, 0, 0.4);

    assertThat(DataSummary.ofSample(t, 3000, 1, Runnable::run)).isEqualTo(DataSummary.of(t));
  }

  @Test
  void ofSample_largeTable_summarisesASeededSampleOfMaxRows() {
    Table t = table(10, 50_000, 0, 0.4);

    DataSummary s = DataSummary.ofSample(t, 5000, 42, Runnable::run);

    assertThat(s.rows()).isEqualTo(5000);
    assertThat(s).isEqualTo(DataSummary.of(t.rows(Splits.sample(50_000, 5000, 42))));
    assertThat(s).isEqualTo(DataSummary.ofSample(t, 5000, 42, Runnable::run));
    assertThat(s).isNotEqualTo(DataSummary.ofSample(t, 5000, 43, Runnable::run));
    assertThatThrownBy(() -> DataSummary.ofSample(t, 0, 42, Runnable::run))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sample needs size >= 1 but got 0");
  }

  @Test
  void compare_sampledReference_passesSameDistributionAndFlagsAShift() {
    DataSummary reference =
        DataSummary.ofSample(table(11, 200_000, 0, 0.4), 10_000, 7, Runnable::run);

    DriftReport same =
        DriftDetector.withDefaults().compare(reference, DataSummary.of(table(12, 5000, 0, 0.4)));
    DriftReport shifted =
        DriftDetector.withDefaults().compare(reference, DataSummary.of(table(13, 5000, 0.8, 0.7)));

    assertThat(same.verdict()).isEqualTo(DriftVerdict.NO_DRIFT);
    assertThat(shifted.driftedFeatures()).containsExactly("x", "colour");
    // the tests see the sample's size, not the table's
    assertThat(shifted.toJson()).contains("\"reference_rows\":10000");
  }

  @Test
  void compare_onePoolOrCallingThread_identicalReports() {
    Table reference = table(7, 5000, 0, 0.4);
    Table current = table(8, 4000, 0.1, 0.45);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      DriftReport single = DriftDetector.withDefaults().compare(reference, current);

      DriftReport pooled = DriftDetector.withDefaults().on(pool).compare(reference, current);

      assertThat(pooled).isEqualTo(single);
    } finally {
      pool.shutdown();
    }
  }

  @Property(tries = 30)
  void merge_partitionsInAnyOrder_equalSummaryOfWhole(
      @ForAll @IntRange(min = 1, max = 5) int parts, @ForAll long seed) {
    Table whole = table(seed, 300, 0, 0.3);
    List<DataSummary> pieces = new ArrayList<>();
    int per = 300 / parts;
    for (int p = 0; p < parts; p++) {
      int from = p * per;
      int to = p == parts - 1 ? 300 : from + per;
      int[] idx = new int[to - from];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = from + i;
      }
      pieces.add(DataSummary.of(whole.rows(idx)));
    }

    DataSummary merged = pieces.get(pieces.size() - 1);
    for (int p = pieces.size() - 2; p >= 0; p--) {
      merged = merged.merge(pieces.get(p));
    }

    assertThat(merged).isEqualTo(DataSummary.of(whole));
  }

  @Test
  void writeRead_roundTrip_sameSummary() throws IOException {
    DataSummary s = DataSummary.of(table(9, 500, 0, 0.4));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    s.write(out);
    DataSummary back = DataSummary.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(back).isEqualTo(s);
  }

  @Test
  void read_futureVersion_rejectedNamingTheVersion() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataSummary.of(table(9, 10, 0, 0.4)).write(out);
    byte[] bytes = out.toByteArray();
    ByteBuffer.wrap(bytes).putInt(4, 7);

    assertThatThrownBy(() -> DataSummary.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(CorruptSummaryException.class)
        .hasMessage("unknown drift summary version 7, this class supports at most 1");
  }

  @Test
  void read_truncated_rejected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataSummary.of(table(9, 10, 0, 0.4)).write(out);
    byte[] bytes = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 3);

    assertThatThrownBy(() -> DataSummary.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(CorruptSummaryException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void compare_featureMissingFromCurrent_rejectedNamingIt() {
    Table reference = table(1, 50, 0, 0.4);
    Table current = reference.drop("y");

    assertThatThrownBy(() -> DriftDetector.withDefaults().compare(reference, current))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature 'y' of the reference is not in the current data");
  }

  @Test
  void compare_allCurrentValuesMissing_statisticsNullAndNotDrifted() {
    Table reference = Table.of(NumericColumn.of("x", 1, 2, 3));
    Table current =
        Table.of(
            NumericColumn.of("x", new double[] {0, 0}, java.util.BitSet.valueOf(new long[] {3})));

    DriftReport report = DriftDetector.withDefaults().compare(reference, current);

    assertThat(report.features().get(0).drifted()).isFalse();
    assertThat(report.toJson()).contains("\"psi\":null", "\"ks_p_value\":null");
  }

  @Test
  void driftRule_psiAloneOrSignificantLargeEffect_flags() {
    DriftRule rule = DriftRule.defaults();

    assertThat(rule.drifted(0.25, 1, 0, 10)).isTrue();
    assertThat(rule.drifted(0.1, 0.004, 0.1, 10)).isTrue();
    assertThat(rule.drifted(0.1, 0.006, 0.5, 10)).isFalse();
    assertThat(rule.drifted(0.1, 1e-9, 0.09, 10)).isFalse();
  }
}
