package org.leanml.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.ensemble.combine.Combiner;

class EnsembleTest {
  static final OutputContract OUT = OutputContract.binary("y", "no", "yes");
  static final InputContract SHARED = InputContract.numeric(List.of("a", "b", "c"));

  static SubModel member(String name, List<String> cols, double... w) {
    return SubModel.projecting(name, LinearScorer.binary(OUT, cols, w), Provenance.unknown());
  }

  static List<SubModel> threeMembers() {
    return List.of(
        member("m1", List.of("a"), 0.1, 1.0),
        member("m2", List.of("b"), -0.2, 0.5),
        member("m3", List.of("a", "c"), 0.0, 0.3, -0.7));
  }

  static Table table(long seed, int rows, double missingRate) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<NumericColumn> cols = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      double[] v = new double[rows];
      BitSet missing = new BitSet();
      for (int i = 0; i < rows; i++) {
        v[i] = r.nextDouble(-3, 3);
        // Column 'a' is never missing, so a member reading only 'a' can always predict.
        if (r.nextDouble() < missingRate && !name.equals("a")) {
          missing.set(i);
        }
      }
      cols.add(NumericColumn.of(name, v, missing));
    }
    return Table.of(cols);
  }

  @Test
  void predict_meanCombiner_averagesMemberProbabilities() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers(), Combiner.mean());
    Table t = table(1, 5, 0);

    Prediction p = e.predict(t.row(2));

    double expected = 0;
    for (SubModel s : threeMembers()) {
      expected += s.predictor().predict(t.row(2)).probability(1) / 3;
    }
    assertThat(p.probability(1)).isCloseTo(expected, within(1e-15));
  }

  @Test
  void of_memberWithOtherLabels_failsNamingMemberAndDifference() {
    OutputContract other = OutputContract.binary("y", "no", "maybe");
    SubModel odd =
        SubModel.projecting(
            "odd", LinearScorer.binary(other, List.of("a"), 0, 1), Provenance.unknown());
    List<SubModel> ms = new ArrayList<>(threeMembers());
    ms.add(odd);

    assertThatThrownBy(() -> Ensemble.of(SHARED, OUT, ms, Combiner.mean()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member 'odd'")
        .hasMessageContaining("labels");
  }

  @Test
  void of_memberNeedsInputOutsideSharedContract_failsNamingMemberAndInput() {
    List<SubModel> ms = new ArrayList<>(threeMembers());
    ms.add(member("wide", List.of("a", "z"), 0, 1, 1));

    assertThatThrownBy(() -> Ensemble.of(SHARED, OUT, ms, Combiner.mean()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member 'wide' needs input 'z'");
  }

  @Test
  void of_repeatedName_fails() {
    List<SubModel> ms = new ArrayList<>(threeMembers());
    ms.add(member("m2", List.of("c"), 0, 1));

    assertThatThrownBy(() -> Ensemble.of(SHARED, OUT, ms, Combiner.mean()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member name 'm2' appears twice");
  }

  @Test
  void of_weightsNotMatchingMembers_failsWithCounts() {
    assertThatThrownBy(() -> Ensemble.of(SHARED, OUT, threeMembers(), Combiner.weighted(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights has 2 entries but the ensemble has 3 members");
  }

  @Test
  void predict_rowLacksOneMembersInput_memberAbstainsAndOthersRenormalise() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers(), Combiner.weighted(1, 2, 3));
    Table t =
        Table.of(
            NumericColumn.of("a", 0.5),
            NumericColumn.of("b", new double[] {0}, bitSet(0)),
            NumericColumn.of("c", 1.0));

    Prediction p = e.predict(t.row(0));

    double m1 = threeMembers().get(0).predictor().predict(t.row(0)).probability(1);
    double m3 = threeMembers().get(2).predictor().predict(t.row(0)).probability(1);
    assertThat(p.probability(1)).isCloseTo((1 * m1 + 3 * m3) / 4, within(1e-15));
  }

  @Test
  void predict_failPolicy_namesRowColumnAndMember() {
    Ensemble e =
        Ensemble.of(SHARED, OUT, threeMembers(), Combiner.mean()).with(MissingInputPolicy.FAIL);
    Table t =
        Table.of(
            NumericColumn.of("a", 0.5, 0.1),
            NumericColumn.of("b", new double[] {0, 0}, bitSet(1)),
            NumericColumn.of("c", 1.0, 2.0));

    assertThatThrownBy(() -> e.predict(t.row(1)))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 1, column 'b'")
        .hasMessageContaining("member 'm2'");
  }

  @Test
  void predict_columnAbsentFromTable_membersNeedingItAbstain() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers(), Combiner.mean());
    Table t = Table.of(NumericColumn.of("a", 0.5), NumericColumn.of("c", 1.0));

    Explanation x = e.explain(t.row(0));

    assertThat(x.members())
        .extracting(Explanation.MemberOutput::abstained)
        .containsExactly(false, true, false);
  }

  @Test
  void predict_noMemberCanPredict_failsNamingEveryMember() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers(), Combiner.mean());
    Table t =
        Table.of(
            NumericColumn.of("a", new double[] {0}, bitSet(0)),
            NumericColumn.of("b", new double[] {0}, bitSet(0)),
            NumericColumn.of("c", 1.0));

    assertThatThrownBy(() -> e.predict(t.row(0)))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("no member can predict this row")
        .hasMessageContaining("'m1'")
        .hasMessageContaining("'m2'")
        .hasMessageContaining("'m3'");
  }

  @Test
  void predict_memberWithLabelsInAnotherOrder_isMappedToEnsembleOrder() {
    OutputContract reversed = new OutputContract(OUT.task(), "y", List.of("yes", "no"), "yes");
    LinearScorer flipped =
        new LinearScorer(
            InputContract.numeric(List.of("a")), reversed, new double[][] {{0.1, 1.0}, {0, 0}});
    Ensemble e =
        Ensemble.of(
            SHARED,
            OUT,
            List.of(SubModel.projecting("flipped", flipped, Provenance.unknown())),
            Combiner.mean());
    Table t = table(3, 1, 0);

    Prediction p = e.predict(t.row(0));

    assertThat(p.probability(1))
        .isEqualTo(threeMembers().get(0).predictor().predict(t.row(0)).probability(1));
  }

  @Test
  void explain_meanCombiner_contributionsAddUpToPrediction() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers(), Combiner.weighted(1, 2, 3));
    Table t = table(5, 3, 0);

    Explanation x = e.explain(t.row(1));

    assertThat(x.prediction()).isEqualTo(e.predict(t.row(1)));
    assertThat(x.attribution().total()[1]).isCloseTo(x.prediction().probability(1), within(1e-12));
    assertThat(x.members().get(2).contribution()[1])
        .isCloseTo(3.0 / 6 * x.members().get(2).output().probability(1), within(1e-15));
  }

  @Test
  void explain_symmetricCombinerMembersNotInNameOrder_reportsEachMembersOwnOutput() {
    List<SubModel> ms = threeMembers();
    Ensemble e =
        Ensemble.of(SHARED, OUT, List.of(ms.get(2), ms.get(0), ms.get(1)), Combiner.mean());
    Table t = table(9, 2, 0);

    Explanation x = e.explain(t.row(1));

    assertThat(x.members())
        .extracting(Explanation.MemberOutput::name)
        .containsExactly("m3", "m1", "m2");
    for (int m = 0; m < 3; m++) {
      SubModel s = e.members().get(m);
      assertThat(x.members().get(m).output()).isEqualTo(s.predictor().predict(t.row(1)));
      assertThat(x.members().get(m).contribution()[1])
          .isEqualTo(s.predictor().predict(t.row(1)).probability(1) / 3);
      assertThat(x.attribution().contribution(m)).isEqualTo(x.members().get(m).contribution());
    }
  }

  @Test
  void without_weightedCombiner_dropsThatWeight() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers(), Combiner.weighted(1, 2, 3));

    Ensemble smaller = e.without("m2");

    assertThat(smaller.memberNames()).containsExactly("m1", "m3");
    assertThat(smaller.combiner()).isEqualTo(Combiner.weighted(1, 3));
    assertThat(e.memberNames()).containsExactly("m1", "m2", "m3");
  }

  @Test
  void with_weightedCombiner_refusesWithoutNewCombiner() {
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers().subList(0, 2), Combiner.weighted(1, 2));

    assertThatThrownBy(() -> e.with(threeMembers().get(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot take a new member without refitting");
  }

  @Property(tries = 60)
  void with_neverMutatesTheOriginal(@ForAll("weightSeeds") long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    Ensemble e = Ensemble.of(SHARED, OUT, threeMembers().subList(0, 2), Combiner.mean());
    Table t = table(seed, 20, 0.1);
    List<Prediction> before = e.predictBatch(t);
    List<String> namesBefore = e.memberNames();

    Ensemble bigger =
        e.with(member("extra", List.of("c"), r.nextDouble(-1, 1), r.nextDouble(-1, 1)));

    assertThat(e.memberNames()).isEqualTo(namesBefore);
    assertThat(e.predictBatch(t)).isEqualTo(before);
    assertThat(bigger.members()).hasSize(3);
    assertThat(bigger.members().subList(0, 2)).isEqualTo(e.members());
  }

  @Property(tries = 60)
  void predict_symmetricCombiner_independentOfMemberOrder(
      @ForAll("weightSeeds") long seed, @ForAll("symmetric") Combiner combiner) {
    List<SubModel> ms = randomMembers(seed, 5);
    List<SubModel> shuffled = new ArrayList<>(ms);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    Table t = table(seed + 1, 30, 0.2);

    List<Prediction> a = Ensemble.of(SHARED, OUT, ms, combiner).predictBatch(t);
    List<Prediction> b = Ensemble.of(SHARED, OUT, shuffled, combiner).predictBatch(t);

    assertThat(b).isEqualTo(a);
  }

  /** Three projections plus a member on standardised {@code b, c}, fitted on the table. */
  static List<SubModel> withDerivedMember(Table fitOn) {
    org.leanml.core.stage.FeatureExtraction.FittedFeatures scaled =
        org.leanml.data.feature.Scale.standard("b", "c").fit(fitOn);
    List<String> produced = scaled.produces().names();
    List<SubModel> ms = new ArrayList<>(threeMembers());
    ms.add(
        SubModel.of(
            "scaled",
            scaled,
            LinearScorer.binary(OUT, produced, 0.2, 0.9, -0.4),
            Provenance.unknown()));
    return ms;
  }

  @Property(tries = 30)
  void predictBatch_derivedMemberOverBlocks_equalsSingleRowPredictions(
      @ForAll("weightSeeds") long seed, @ForAll @IntRange(min = 1, max = 900) int rows) {
    Table t = table(seed, rows, 0.15);
    Ensemble e =
        Ensemble.of(SHARED, OUT, withDerivedMember(table(seed + 1, 50, 0)), Combiner.mean());
    assertBatchEqualsSingleRows(e, t);
  }

  @Test
  void predictBatch_derivedMemberFailsOnALateRow_failsAsThatRowsSinglePredictionDoes() {
    Ensemble e = Ensemble.of(SHARED, OUT, withDerivedMember(table(3, 50, 0)), Combiner.mean());
    Table t = table(4, 700, 0);
    double[] b = t.numeric("b").toArray();
    b[600] = Double.POSITIVE_INFINITY;
    Table broken = t.withColumn(NumericColumn.of("b", b));
    Throwable single =
        org.assertj.core.api.Assertions.catchThrowable(() -> e.predict(broken.row(600)));

    Throwable batch = org.assertj.core.api.Assertions.catchThrowable(() -> e.predictBatch(broken));

    assertThat(single).isNotNull();
    assertThat(batch).isInstanceOf(single.getClass()).hasMessage(single.getMessage());
  }

  @Property(tries = 30)
  void predictBatch_equalsSingleRowPredictions_onAnyExecutor(
      @ForAll("weightSeeds") long seed, @ForAll @IntRange(min = 1, max = 900) int rows) {
    Ensemble e = Ensemble.of(SHARED, OUT, randomMembers(seed, 4), Combiner.weighted(1, 2, 3, 4));
    Table t = table(seed, rows, 0.15);
    assertBatchEqualsSingleRows(e, t);
  }

  /** Batch predictions, inline and on two threads, equal the rows' single predictions exactly. */
  private static void assertBatchEqualsSingleRows(Ensemble e, Table t) {
    List<Prediction> single = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      single.add(e.predict(t.row(r)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Prediction> inline = e.withExecutor(Runnable::run).predictBatch(t);
      List<Prediction> parallel = e.withExecutor(pool).predictBatch(t);

      assertThat(inline).isEqualTo(single);
      assertThat(parallel).isEqualTo(single);
    } finally {
      pool.shutdown();
    }
  }

  @Provide
  Arbitrary<Long> weightSeeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<Combiner> symmetric() {
    return Arbitraries.of(Combiner.mean(), Combiner.majorityVote());
  }

  static List<SubModel> randomMembers(long seed, int n) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<String> cols = List.of("a", "b", "c");
    List<SubModel> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String col = i == 0 ? "a" : cols.get(r.nextInt(3));
      out.add(member("m" + i, List.of(col), r.nextDouble(-1, 1), r.nextDouble(-2, 2)));
    }
    return out;
  }

  static BitSet bitSet(int... rows) {
    BitSet b = new BitSet();
    for (int r : rows) {
      b.set(r);
    }
    return b;
  }
}
