package org.leanml.eval.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.TestData;
import org.leanml.eval.decision.GateVerdict;

class HistoryComparisonTest {
  private static final Fingerprint FROZEN = new Fingerprint("a".repeat(64));
  private static final Fingerprint OTHER = new Fingerprint("b".repeat(64));

  private final TestData spam = TestData.spambase();
  private final FrozenSet frozen = FrozenSet.binary(FROZEN, spam.intColumn("truth"));
  private final VersionPredictions v1 =
      VersionPredictions.ofScores("spam-filter 1", FROZEN, spam.column("old"));
  private final VersionPredictions v2 =
      VersionPredictions.ofScores("spam-filter 2", FROZEN, spam.column("baseline"));
  private final VersionPredictions v3 =
      VersionPredictions.ofScores("spam-filter 3", FROZEN, spam.column("candidate"));

  @Test
  void run_candidateBetterThanEveryVersion_passesWithOneEntryPerVersion() {

    HistoryResult h =
        HistoryComparison.of(frozen, v3, List.of(v1, v2)).configure(c -> c.withSeed(3)).run();

    assertThat(h.entries())
        .extracting(HistoryEntry::version)
        .containsExactly("spam-filter 1", "spam-filter 2");
    assertThat(h.champion().version()).isEqualTo("spam-filter 2");
    assertThat(h.entries())
        .allSatisfy(e -> assertThat(e.verdict()).isEqualTo(GateVerdict.IMPROVED));
    assertThat(h.entries().get(0).versionValue()).isLessThan(h.entries().get(1).versionValue());
    assertThat(h.passed()).isTrue();
  }

  @Test
  void run_candidateWorseThanAnOlderVersion_fails() {

    HistoryResult h =
        HistoryComparison.of(frozen, v1, List.of(v3, v2)).withChampion("spam-filter 2").run();

    assertThat(h.champion().verdict()).isEqualTo(GateVerdict.REGRESSED);
    assertThat(h.passed()).isFalse();
  }

  @Test
  void of_versionEvaluatedOnOtherData_refusesNamingTheVersion() {
    VersionPredictions stale =
        VersionPredictions.ofScores("spam-filter 0", OTHER, spam.column("old"));

    assertThatThrownBy(() -> HistoryComparison.of(frozen, v3, List.of(stale, v2)))
        .isInstanceOf(FrozenSetMismatchException.class)
        .hasMessageContaining("version 'spam-filter 0'")
        .hasMessageContaining("bbbbbbbbbbbb")
        .hasMessageContaining("aaaaaaaaaaaa");
  }

  @Test
  void of_rowCountDiffers_refuses() {
    VersionPredictions shorter =
        VersionPredictions.ofScores("spam-filter 0", FROZEN, new double[] {0.1, 0.2});

    assertThatThrownBy(() -> HistoryComparison.of(frozen, v3, List.of(shorter)))
        .isInstanceOf(FrozenSetMismatchException.class)
        .hasMessage("version 'spam-filter 0' has 2 predictions but the frozen set has 1000 rows");
  }

  @Test
  void frozenSetOf_table_fingerprintsTheTableSoPredictionsOnItCompare() {
    Table table =
        Table.of(
            CategoricalColumn.of("y", "no", "yes", "no", "yes", "yes", "no"),
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6));
    OutputContract contract = OutputContract.binary("y", "no", "yes");
    FrozenSet set = FrozenSet.of(table, contract);
    List<Prediction> a = probs(0.2, 0.6, 0.3, 0.7, 0.4, 0.1);
    List<Prediction> b = probs(0.1, 0.9, 0.2, 0.8, 0.7, 0.3);

    HistoryResult h =
        HistoryComparison.of(
                set,
                VersionPredictions.of("b", set.fingerprint(), contract, b),
                List.of(VersionPredictions.of("a", set.fingerprint(), contract, a)))
            .configure(c -> c.withResamples(100))
            .run();

    assertThat(set.truthClass()).containsExactly(0, 1, 0, 1, 1, 0);
    assertThat(h.champion().comparison().n()).isEqualTo(6);
  }

  @Test
  void multiCandidate_threeCandidates_rankedByImprovementWithHolm() {
    VersionPredictions a = VersionPredictions.ofScores("try-a", FROZEN, spam.column("candidate"));
    VersionPredictions b = VersionPredictions.ofScores("try-b", FROZEN, spam.column("baseline"));
    VersionPredictions c = VersionPredictions.ofScores("try-c", FROZEN, spam.column("old"));

    List<CandidateOutcome> out =
        MultiCandidateComparison.of(frozen, List.of(c, b, a), List.of(v1, v2))
            .configure(x -> x.withResamples(200))
            .run();

    assertThat(out)
        .extracting(CandidateOutcome::version)
        .containsExactly("try-a", "try-b", "try-c");
    assertThat(out).extracting(CandidateOutcome::rank).containsExactly(1, 2, 3);
    assertThat(out.get(0).passed()).isTrue();
    assertThat(out.get(0).pHolm()).isGreaterThanOrEqualTo(out.get(0).comparison().primaryPValue());
    assertThat(out.get(2).passed()).isFalse();
  }

  private static List<Prediction> probs(double... p) {
    List<Prediction> out = new java.util.ArrayList<>();
    for (double x : p) {
      out.add(Prediction.ofProbabilities(1 - x, x));
    }
    return out;
  }
}
