package org.leanml.eval.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Metric;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.TestData;
import org.leanml.eval.decision.GateVerdict;

class PairedComparisonTest {
  private final TestData spam = TestData.spambase();
  private final int[] truth = spam.intColumn("truth");

  @Test
  void run_betterCandidateOnSpambase_isImprovedAndPasses() {

    ComparisonResult r =
        PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate")).run();

    assertThat(r.primaryMetric()).isEqualTo(Metric.AUC);
    assertThat(r.verdict()).isEqualTo(GateVerdict.IMPROVED);
    assertThat(r.gate().passed()).isTrue();
    assertThat(r.mcnemar().b()).isEqualTo(16);
    assertThat(r.mcnemar().c()).isEqualTo(96);
    assertThat(r.flips().negative()).isEqualTo(16);
    assertThat(r.flips().negativeFlipRate()).isEqualTo(0.016);
    assertThat(r.bootstrap().metric()).isEqualTo(Metric.ACCURACY);
    assertThat(r.bootstrap().diff()).isCloseTo(0.08, within(1e-15));
    assertThat(r.primaryDiff().value()).isEqualTo(r.delong().diff());
    assertThat(r.baselineRoc().size()).isLessThanOrEqualTo(200);
  }

  @Test
  void run_onAThreadPool_givesTheSameResultAsOnTheCallingThread() {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      PairedComparison c =
          PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
              .withSeed(17);

      ComparisonResult direct = c.run();
      ComparisonResult pooled = c.with(pool).run();

      assertThat(pooled).isEqualTo(direct);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void run_worseCandidate_isRegressedAndFails() {

    ComparisonResult r =
        PairedComparison.binary(truth, spam.column("candidate"), spam.column("old")).run();

    assertThat(r.verdict()).isEqualTo(GateVerdict.REGRESSED);
    assertThat(r.gate().passed()).isFalse();
    assertThat(r.gate().reasons()).anySatisfy(s -> assertThat(s).contains("REGRESSED"));
  }

  @Test
  void run_marginCoversTheLoss_isNonInferior() {
    // Candidate = baseline with slightly degraded scores on a few rows: AUC drops by well under
    // 0.05, so a margin of 0.05 makes the loss acceptable.
    double[] base = spam.column("candidate");
    double[] cand = base.clone();
    for (int i = 0; i < cand.length; i += 50) {
      cand[i] = 1 - cand[i];
    }

    ComparisonResult strict = PairedComparison.binary(truth, base, cand).run();
    ComparisonResult lenient = PairedComparison.binary(truth, base, cand).withMargin(0.05).run();

    assertThat(strict.verdict()).isIn(GateVerdict.REGRESSED, GateVerdict.INCONCLUSIVE);
    assertThat(lenient.verdict()).isEqualTo(GateVerdict.NON_INFERIOR);
  }

  @Test
  void run_negativeFlipRateAboveMaximum_failsTheGate() {

    ComparisonResult r =
        PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
            .withMaxNegativeFlipRate(0.01)
            .run();

    assertThat(r.verdict()).isEqualTo(GateVerdict.IMPROVED);
    assertThat(r.gate().passed()).isFalse();
    assertThat(r.gate().reasons()).singleElement().asString().contains("negative-flip rate");
  }

  @Test
  void run_slices_compareEachValueWithHolmAndSkipSmallSlices() {
    String[] parity = new String[truth.length];
    for (int i = 0; i < parity.length; i++) {
      parity[i] = i < 20 ? "tiny" : (i % 2 == 0 ? "even" : "odd");
    }

    ComparisonResult r =
        PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
            .with(Slicing.by("parity", parity))
            .withMinSliceSize(30)
            .run();

    assertThat(r.slices()).extracting(SliceResult::value).containsExactly("even", "odd", "tiny");
    assertThat(r.slices().get(2).tested()).isFalse();
    SliceResult even = r.slices().get(0);
    assertThat(even.tested()).isTrue();
    assertThat(even.pHolm()).isGreaterThanOrEqualTo(even.pValue());
    assertThat(even.verdict()).isEqualTo(GateVerdict.IMPROVED);
  }

  @Test
  void run_regressedSlice_failsTheGateEvenWhenOverallImproved() {
    double[] base = spam.column("baseline");
    double[] cand = spam.column("candidate").clone();
    String[] half = new String[truth.length];
    for (int i = 0; i < truth.length; i++) {
      half[i] = i < 300 ? "damaged" : "intact";
      if (i < 300) {
        cand[i] = 1 - cand[i];
      }
    }

    ComparisonResult r =
        PairedComparison.binary(truth, base, cand)
            .with(Slicing.by("part", half))
            .with(Metric.ACCURACY)
            .run();

    assertThat(r.slices().get(0).verdict()).isEqualTo(GateVerdict.REGRESSED);
    assertThat(r.gate().passed()).isFalse();
    assertThat(r.gate().reasons()).anySatisfy(s -> assertThat(s).contains("part=damaged"));
  }

  @Test
  void run_everyBinaryPrimaryMetric_givesAnIntervalAroundTheDifference() {
    for (Metric m :
        List.of(
            Metric.ACCURACY,
            Metric.PRECISION,
            Metric.RECALL,
            Metric.F1,
            Metric.LOG_LOSS,
            Metric.BRIER)) {

      ComparisonResult r =
          PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
              .with(m)
              .withResamples(200)
              .run();

      assertThat(r.bootstrap().metric()).as(m.name()).isEqualTo(m);
      assertThat(r.primaryDiff().value())
          .as(m.name())
          .isCloseTo(r.candidate().value(m) - r.baseline().value(m), within(1e-12));
      assertThat(r.primaryDiff().ciLow()).as(m.name()).isLessThanOrEqualTo(r.primaryDiff().value());
      assertThat(r.verdict()).as(m.name()).isEqualTo(GateVerdict.IMPROVED);
    }
  }

  @Test
  void run_multiclassLetter_comparesAccuracyWithMcNemarAndMacroF1ByBootstrap() {
    TestData letter = TestData.load("letter_multiclass.csv");
    int[] t = letter.intColumn("truth");

    ComparisonResult acc =
        PairedComparison.multiclass(t, letter.matrix("b", 26), letter.matrix("c", 26)).run();
    ComparisonResult macro =
        PairedComparison.multiclass(t, letter.matrix("b", 26), letter.matrix("c", 26))
            .with(Metric.MACRO_F1)
            .withResamples(200)
            .run();

    assertThat(acc.primaryMetric()).isEqualTo(Metric.ACCURACY);
    assertThat(acc.primaryDiff().value()).isCloseTo(0.762 - 0.382, within(1e-12));
    assertThat(acc.primaryPValue()).isEqualTo(acc.mcnemar().pExact());
    assertThat(acc.verdict()).isEqualTo(GateVerdict.IMPROVED);
    assertThat(macro.primaryDiff().value())
        .isCloseTo(0.7584311630427177 - 0.37305090006483577, within(1e-12));
    assertThat(macro.verdict()).isEqualTo(GateVerdict.IMPROVED);
  }

  @Test
  void run_regression_usesRmseWithWilcoxon() {
    TestData reg = TestData.load("spambase_regression.csv");

    ComparisonResult r =
        PairedComparison.regression(
                reg.column("truth"), reg.column("baseline"), reg.column("candidate"))
            .withResamples(500)
            .run();

    assertThat(r.primaryMetric()).isEqualTo(Metric.RMSE);
    assertThat(r.primaryDiff().value())
        .isCloseTo(1.235663976296567 - 1.4426858678200036, within(1e-12));
    assertThat(r.wilcoxon().statistic()).isEqualTo(14555.0);
    assertThat(r.mcnemar()).isNull();
    assertThat(r.verdict()).isEqualTo(GateVerdict.IMPROVED);
  }

  @Test
  void of_tableAndPredictions_equalsTheArrayComparison() {
    double[] b = spam.column("baseline");
    double[] c = spam.column("candidate");
    String[] labels = new String[truth.length];
    List<Prediction> pb = new ArrayList<>();
    List<Prediction> pc = new ArrayList<>();
    for (int i = 0; i < truth.length; i++) {
      labels[i] = truth[i] == 1 ? "spam" : "ham";
      pb.add(Prediction.ofProbabilities(1 - b[i], b[i]));
      pc.add(Prediction.ofProbabilities(1 - c[i], c[i]));
    }
    Table table = Table.of(CategoricalColumn.of("type", labels));
    OutputContract contract = OutputContract.binary("type", "ham", "spam");

    ComparisonResult fromTable = PairedComparison.of(table, contract, pb, pc).run();
    ComparisonResult fromArrays = PairedComparison.binary(truth, b, c).run();

    assertThat(fromTable.delong()).isEqualTo(fromArrays.delong());
    assertThat(fromTable.bootstrap()).isEqualTo(fromArrays.bootstrap());
  }

  @Test
  void of_multiclassAndRegressionTables_equalTheArrayComparisons() {
    TestData letter = TestData.load("letter_multiclass.csv");
    int[] t = letter.intColumn("truth");
    double[][] b = letter.matrix("b", 26);
    double[][] c = letter.matrix("c", 26);
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < 26; k++) {
      labels.add(String.valueOf((char) ('A' + k)));
    }
    String[] cells = new String[t.length];
    List<Prediction> pb = new ArrayList<>();
    List<Prediction> pc = new ArrayList<>();
    for (int i = 0; i < t.length; i++) {
      cells[i] = labels.get(t[i]);
      pb.add(Prediction.ofProbabilities(normalised(b[i])));
      pc.add(Prediction.ofProbabilities(normalised(c[i])));
    }
    TestData reg = TestData.load("spambase_regression.csv");
    double[] y = reg.column("truth");
    List<Prediction> rb = new ArrayList<>();
    List<Prediction> rc = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      rb.add(Prediction.ofValue(reg.column("baseline")[i]));
      rc.add(Prediction.ofValue(reg.column("candidate")[i]));
    }

    ComparisonResult multi =
        PairedComparison.of(
                Table.of(CategoricalColumn.of("lettr", cells)),
                OutputContract.multiclass("lettr", labels),
                pb,
                pc)
            .run();
    ComparisonResult regression =
        PairedComparison.of(
                Table.of(org.leanml.core.table.NumericColumn.of("target", y)),
                OutputContract.regression("target"),
                rb,
                rc)
            .withResamples(200)
            .run();

    assertThat(multi.mcnemar()).isEqualTo(PairedComparison.multiclass(t, b, c).run().mcnemar());
    assertThat(regression.wilcoxon().statistic()).isEqualTo(14555.0);
  }

  private static double[] normalised(double[] p) {
    double sum = 0;
    for (double x : p) {
      sum += x;
    }
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] / sum;
    }
    return out;
  }

  @Test
  void of_predictionCountDiffers_throwsNamingTheList() {
    Table table = Table.of(CategoricalColumn.of("type", "ham", "spam"));
    OutputContract contract = OutputContract.binary("type", "ham", "spam");
    List<Prediction> one = List.of(Prediction.ofProbabilities(0.5, 0.5));

    assertThatThrownBy(() -> PairedComparison.of(table, contract, one, one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseline predictions has 1 rows but truth has 2");
  }

  @Test
  void sliceOf_tableColumnWithMissingCells_groupsThemUnderMissing() {
    String[] group = new String[truth.length];
    for (int i = 0; i < truth.length; i++) {
      group[i] = i % 3 == 0 ? null : (i % 3 == 1 ? "a" : "b");
    }
    Table table = Table.of(CategoricalColumn.of("group", group));

    ComparisonResult r =
        PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
            .with(Slicing.of(table, "group"))
            .withResamples(100)
            .run();

    assertThat(r.slices())
        .extracting(SliceResult::label)
        .containsExactly("group=<missing>", "group=a", "group=b");
    assertThat(r.slices()).allSatisfy(s -> assertThat(s.tested()).isTrue());
  }

  @Test
  void run_bcaOption_isReportedAndKeepsTheDifferenceInsideTheInterval() {

    ComparisonResult r =
        PairedComparison.binary(truth, spam.column("baseline"), spam.column("candidate"))
            .with(Metric.F1)
            .with(PairedBootstrap.IntervalMethod.BCA)
            .withResamples(300)
            .run();

    assertThat(r.bootstrap().method()).isEqualTo(PairedBootstrap.IntervalMethod.BCA);
    assertThat(r.primaryDiff().ciLow()).isLessThan(r.primaryDiff().value());
    assertThat(r.primaryDiff().ciHigh()).isGreaterThan(r.primaryDiff().value());
  }

  @Test
  void binary_truthNotZeroOrOne_throwsNamingTheRow() {
    assertThatThrownBy(
            () -> PairedComparison.binary(new int[] {0, 2}, new double[2], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("truth[1] must be 0 or 1 but was 2");
  }

  @Test
  void with_averagePrecisionAsPrimary_isRejected() {
    PairedComparison c = PairedComparison.binary(truth, spam.column("old"), spam.column("old"));

    assertThatThrownBy(() -> c.with(Metric.AVERAGE_PRECISION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be the primary metric");
  }
}
