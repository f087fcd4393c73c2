package org.leanml.eval.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;

class LabellingQueueTest {
  private static final OutputContract BINARY = OutputContract.binary("y", "no", "yes");

  private static List<Prediction> binary(double... pYes) {
    List<Prediction> out = new ArrayList<>();
    for (double p : pYes) {
      out.add(Prediction.ofProbabilities(1 - p, p));
    }
    return out;
  }

  private static Table xs(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return Table.of(NumericColumn.of("x", x));
  }

  private static List<Integer> rows(List<Selection> s) {
    return s.stream().map(Selection::row).toList();
  }

  @Test
  void uncertainty_picksRowsClosestToTheThreshold() {
    LabellingQueue q =
        LabellingQueue.builder(xs(5), binary(0.9, 0.52, 0.1, 0.35, 0.6), BINARY).build();

    List<Selection> s = q.select(3, SelectionStrategy.UNCERTAINTY);

    assertThat(rows(s)).containsExactly(1, 4, 3);
  }

  @Test
  void uncertainty_customThreshold_usesIt() {
    LabellingQueue q =
        LabellingQueue.builder(xs(4), binary(0.9, 0.52, 0.1, 0.22), BINARY).threshold(0.2).build();

    assertThat(rows(q.select(2, SelectionStrategy.UNCERTAINTY))).containsExactly(3, 2);
  }

  @Test
  void entropy_multiclass_mostUniformFirst() {
    OutputContract three = OutputContract.multiclass("y", List.of("a", "b", "c"));
    List<Prediction> p =
        List.of(
            Prediction.ofProbabilities(0.8, 0.1, 0.1),
            Prediction.ofProbabilities(0.34, 0.33, 0.33),
            Prediction.ofProbabilities(0.5, 0.5, 0.0));

    List<Selection> s =
        LabellingQueue.builder(xs(3), p, three).build().select(3, SelectionStrategy.ENTROPY);

    assertThat(rows(s)).containsExactly(1, 2, 0);
  }

  @Test
  void disagreement_differentDecisionsBeforeLargeProbabilityGaps() {
    LabellingQueue q =
        LabellingQueue.builder(xs(3), binary(0.9, 0.45, 0.99), BINARY)
            .candidate(binary(0.1, 0.55, 0.6))
            .build();

    List<Selection> s = q.select(3, SelectionStrategy.DISAGREEMENT);

    assertThat(rows(s)).containsExactly(0, 1, 2);
  }

  @Test
  void disagreement_withoutCandidate_misuse() {
    LabellingQueue q = LabellingQueue.builder(xs(2), binary(0.9, 0.4), BINARY).build();

    assertThatThrownBy(() -> q.select(1, SelectionStrategy.DISAGREEMENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("DISAGREEMENT needs candidate predictions");
  }

  @Test
  void driftRegion_picksRowsFromTheOverRepresentedRegion() {
    SplittableRandom rng = new SplittableRandom(1);
    double[] ref = new double[2000];
    for (int i = 0; i < ref.length; i++) {
      ref[i] = rng.nextGaussian();
    }
    // Current: mostly like the reference, plus 300 rows far to the right.
    double[] cur = new double[1000];
    for (int i = 0; i < cur.length; i++) {
      cur[i] = i < 700 ? rng.nextGaussian() : 4 + rng.nextDouble();
    }
    Table current = Table.of(NumericColumn.of("x", cur));
    DataSummary reference = DataSummary.of(Table.of(NumericColumn.of("x", ref)));
    DriftReport report = DriftDetector.withDefaults().compare(reference, DataSummary.of(current));
    double[] p = new double[1000];
    java.util.Arrays.fill(p, 0.5);

    List<Selection> s =
        LabellingQueue.builder(current, binary(p), BINARY)
            .drift(reference, report)
            .build()
            .select(50, SelectionStrategy.DRIFT_REGION);

    // All picks lie in the reference's top decile bin, where the 300 shifted rows sit.
    double topEdge =
        reference
            .feature("x")
            .map(f -> ((org.leanml.eval.drift.NumericSample) f).quantile(0.9))
            .get();
    assertThat(report.driftedFeatures()).containsExactly("x");
    assertThat(rows(s)).hasSize(50).allMatch(r -> cur[r] > topEdge);
  }

  @Property(tries = 50)
  void select_sameSeed_sameRowsDespiteTies(@ForAll long seed) {
    double[] p = new double[200];
    for (int i = 0; i < p.length; i++) {
      p[i] = (i % 4) / 4.0;
    }
    LabellingQueue a = LabellingQueue.builder(xs(200), binary(p), BINARY).seed(seed).build();
    LabellingQueue b = LabellingQueue.builder(xs(200), binary(p), BINARY).seed(seed).build();

    assertThat(a.select(17, SelectionStrategy.UNCERTAINTY, SelectionStrategy.ENTROPY))
        .isEqualTo(b.select(17, SelectionStrategy.UNCERTAINTY, SelectionStrategy.ENTROPY));
  }

  @Test
  void select_differentSeeds_breakTiesDifferently() {
    double[] p = new double[200];
    java.util.Arrays.fill(p, 0.3);

    List<Integer> a =
        rows(
            LabellingQueue.builder(xs(200), binary(p), BINARY)
                .seed(1)
                .build()
                .select(10, SelectionStrategy.ENTROPY));
    List<Integer> b =
        rows(
            LabellingQueue.builder(xs(200), binary(p), BINARY)
                .seed(2)
                .build()
                .select(10, SelectionStrategy.ENTROPY));

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void select_quotas_noRowChosenTwice() {
    LabellingQueue q =
        LabellingQueue.builder(xs(6), binary(0.5, 0.5, 0.1, 0.9, 0.45, 0.2), BINARY)
            .candidate(binary(0.9, 0.5, 0.1, 0.9, 0.1, 0.2))
            .build();

    List<Selection> s =
        q.select(Map.of(SelectionStrategy.UNCERTAINTY, 2, SelectionStrategy.DISAGREEMENT, 2));

    assertThat(s).hasSize(4);
    assertThat(rows(s)).doesNotHaveDuplicates();
    assertThat(s.get(0).strategy()).isEqualTo(SelectionStrategy.UNCERTAINTY);
    assertThat(s.get(2).strategy()).isEqualTo(SelectionStrategy.DISAGREEMENT);
    assertThat(s.get(2).row()).isEqualTo(4);
  }
}
