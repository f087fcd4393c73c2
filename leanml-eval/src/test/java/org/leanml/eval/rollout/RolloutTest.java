package org.leanml.eval.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.core.testing.MutableClock;
import org.leanml.eval.sequential.Decision;
import org.leanml.eval.sequential.MixtureSprt;

class RolloutTest {
  @TempDir Path dir;

  /** Predicts "yes" when x > threshold, with confidence 0.8. */
  private record ThresholdPredictor(double threshold) implements Predictor {
    @Override
    public InputContract inputContract() {
      return InputContract.numeric(List.of("x"));
    }

    @Override
    public OutputContract outputContract() {
      return OutputContract.binary("y", "no", "yes");
    }

    @Override
    public Prediction predict(Row row) {
      return row.getDouble("x") > threshold
          ? Prediction.ofProbabilities(0.2, 0.8)
          : Prediction.ofProbabilities(0.8, 0.2);
    }
  }

  private record Move(String alias, int version, String reason) {}

  private static Table rows(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextDouble();
    }
    return Table.of(NumericColumn.of("x", x));
  }

  /** The truth is "yes" iff x > 0.5, flipped for 10% of requests. */
  private static String truth(double x, SplittableRandom rng) {
    boolean yes = x > 0.5;
    return (rng.nextDouble() < 0.1) != yes ? "yes" : "no";
  }

  @Test
  void canary_candidateMuchWorse_rollsBackAndKeepsChampionAlias() {
    List<Move> moves = new ArrayList<>();
    Rollout rollout =
        Rollout.builder()
            .champion(3, new ThresholdPredictor(0.5))
            .candidate(4, new ThresholdPredictor(0.9))
            .splitter(TrafficSplitter.of("r", RolloutMode.CANARY, RampSchedule.of(0.5)))
            .sink(DecisionSink.movingAlias((a, v, r) -> moves.add(new Move(a, v, r)), "champion"))
            .build();
    Table t = rows(20_000, 1);
    SplittableRandom rng = new SplittableRandom(2);

    for (int i = 0; i < t.rowCount() && rollout.decision().isEmpty(); i++) {
      Row row = t.row(i);
      rollout.predict("q" + i, "user-" + i, row);
      rollout.recordOutcome("q" + i, truth(row.getDouble(0), rng));
    }

    assertThat(rollout.decision()).isPresent();
    assertThat(rollout.decision().get().decision()).isEqualTo(Decision.ROLLBACK);
    assertThat(moves).hasSize(1);
    assertThat(moves.get(0).alias()).isEqualTo("champion");
    assertThat(moves.get(0).version()).isEqualTo(3);
    assertThat(moves.get(0).reason()).startsWith("ROLLBACK: primary metric:");
  }

  @Test
  void shadow_candidateBetter_championServesAndPromotionMovesAlias() {
    List<Move> moves = new ArrayList<>();
    Rollout rollout =
        Rollout.builder()
            .champion(1, new ThresholdPredictor(0.7))
            .candidate(2, new ThresholdPredictor(0.5))
            .splitter(TrafficSplitter.of("r", RolloutMode.SHADOW, RampSchedule.of(1.0)))
            .sink(DecisionSink.movingAlias((a, v, r) -> moves.add(new Move(a, v, r)), "champion"))
            .build();
    Table t = rows(20_000, 3);
    SplittableRandom rng = new SplittableRandom(4);

    for (int i = 0; i < t.rowCount() && rollout.decision().isEmpty(); i++) {
      Row row = t.row(i);
      RolloutResponse r = rollout.predict("q" + i, "user-" + i, row);
      assertThat(r.served()).isEqualTo(Arm.CHAMPION);
      rollout.recordOutcome("q" + i, truth(row.getDouble(0), rng));
    }

    assertThat(rollout.decision().get().decision()).isEqualTo(Decision.PROMOTE);
    assertThat(moves).containsExactly(new Move("champion", 2, moves.get(0).reason()));
    assertThat(rollout.pendingOutcomes()).isZero();
  }

  @Test
  void guardrail_worseLogLoss_forcesRollbackWhilePrimaryUndecided() {
    // Same decisions (equal error rate) but the candidate is over-confident: log loss guardrail.
    Predictor overconfident =
        new Predictor() {
          @Override
          public InputContract inputContract() {
            return InputContract.numeric(List.of("x"));
          }

          @Override
          public OutputContract outputContract() {
            return OutputContract.binary("y", "no", "yes");
          }

          @Override
          public Prediction predict(Row row) {
            return row.getDouble("x") > 0.5
                ? Prediction.ofProbabilities(0.001, 0.999)
                : Prediction.ofProbabilities(0.999, 0.001);
          }
        };
    Rollout rollout =
        Rollout.builder()
            .champion(1, new ThresholdPredictor(0.5))
            .candidate(2, overconfident)
            .splitter(TrafficSplitter.of("r", RolloutMode.SHADOW, RampSchedule.of(1.0)))
            .guardrail("log_loss", RequestMetric.LOG_LOSS, MixtureSprt.withDefaults())
            .build();
    Table t = rows(5000, 5);
    SplittableRandom rng = new SplittableRandom(6);

    for (int i = 0; i < t.rowCount() && rollout.decision().isEmpty(); i++) {
      rollout.predict("q" + i, "u" + i, t.row(i));
      rollout.recordOutcome("q" + i, truth(t.row(i).getDouble(0), rng));
    }

    assertThat(rollout.decision().get().decision()).isEqualTo(Decision.ROLLBACK);
    assertThat(rollout.decision().get().reason()).startsWith("guardrail 'log_loss'");
  }

  @Test
  void predictAndOutcome_withLog_appendsBothRecords() throws IOException {
    Path file = dir.resolve("outcomes.log");
    try (OutcomeLog log =
        OutcomeLog.open(file, FsyncPolicy.everyRecords(100), new MutableClock())) {
      Rollout rollout =
          Rollout.builder()
              .champion(1, new ThresholdPredictor(0.5))
              .candidate(2, new ThresholdPredictor(0.6))
              .splitter(TrafficSplitter.of("r", RolloutMode.SHADOW, RampSchedule.of(1.0)))
              .log(log)
              .clock(new MutableClock())
              .build();
      Table t = Table.of(NumericColumn.of("x", 0.55));

      rollout.predict("q1", "u1", t.row(0));
      boolean joined = rollout.recordOutcome("q1", "yes");
      boolean again = rollout.recordOutcome("q1", "yes");

      assertThat(joined).isTrue();
      assertThat(again).isFalse();
    }

    assertThat(OutcomeLog.replay(file).records())
        .containsExactly(
            "{\"type\":\"prediction\",\"request\":\"q1\",\"unit\":\"u1\",\"served\":\"CHAMPION\","
                + "\"champion\":[0.2,0.8],\"candidate\":[0.8,0.2],\"time\":0}",
            "{\"type\":\"outcome\",\"request\":\"q1\",\"label\":\"yes\",\"time\":0}",
            "{\"type\":\"outcome\",\"request\":\"q1\",\"label\":\"yes\",\"time\":0}");
  }

  @Test
  void build_sameVersions_rejected() {
    Rollout.Builder b =
        Rollout.builder()
            .champion(1, new ThresholdPredictor(0.5))
            .candidate(1, new ThresholdPredictor(0.5))
            .splitter(TrafficSplitter.of("r", RolloutMode.CANARY, RampSchedule.canary()));

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("versions must be >= 0 and differ but are champion 1 and candidate 1");
  }
}
