package org.leanml.eval.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.testing.MutableClock;

class LateLabelMonitorTest {
  private static final OutputContract BINARY = OutputContract.binary("y", "no", "yes");
  private static final Prediction YES = Prediction.ofProbabilities(0.1, 0.9);

  private static final class Recorder implements PerformanceListener {
    final List<PerformanceWindow> windows = new ArrayList<>();
    final List<PerformanceWindow> alerts = new ArrayList<>();

    @Override
    public void onWindow(PerformanceWindow window) {
      windows.add(window);
    }

    @Override
    public void onAlert(PerformanceWindow window) {
      alerts.add(window);
    }
  }

  @Test
  void countWindows_accuracyCollapses_alertsOnlyForTheBadWindow() {
    Recorder rec = new Recorder();
    LateLabelMonitor m =
        LateLabelMonitor.builder(BINARY, rec)
            .window(WindowPolicy.ofCount(100))
            .threshold(0.8)
            .referenceAccuracy(0.9)
            .build();

    for (int i = 0; i < 200; i++) {
      m.recordPrediction("r" + i, YES);
    }
    // Window 0: 90% right; window 1: 50% right. Labels arrive in another order than predictions.
    for (int i = 199; i >= 100; i--) {
      m.recordOutcome("r" + i, i % 10 == 0 ? "no" : "yes");
    }
    for (int i = 0; i < 100; i++) {
      m.recordOutcome("r" + i, i % 2 == 0 ? "no" : "yes");
    }

    assertThat(rec.windows).hasSize(2);
    assertThat(rec.windows.get(0).accuracy()).isEqualTo(0.9);
    assertThat(rec.windows.get(1).accuracy()).isEqualTo(0.5);
    assertThat(rec.alerts).containsExactly(rec.windows.get(1));
    assertThat(rec.windows.get(1).interval().upper()).isLessThan(0.8);
    assertThat(rec.windows.get(1).referenceAccuracy()).isEqualTo(0.9);
  }

  @Test
  void timeWindows_closeWhenDurationHasPassed() {
    Recorder rec = new Recorder();
    MutableClock clock = new MutableClock();
    LateLabelMonitor m =
        LateLabelMonitor.builder(BINARY, rec)
            .window(WindowPolicy.ofDuration(Duration.ofMinutes(1)))
            .clock(clock)
            .build();
    m.recordPrediction("a", YES);
    m.recordPrediction("b", YES);
    m.recordOutcome("a", "yes");
    clock.advance(30_000);
    assertThat(m.flushIfDue()).isEmpty();

    clock.advance(30_000);
    m.recordOutcome("b", "no");

    assertThat(rec.windows).hasSize(1);
    assertThat(rec.windows.get(0).count()).isEqualTo(1);
    assertThat(rec.windows.get(0).end().toEpochMilli()).isEqualTo(60_000);
    assertThat(m.current().get().count()).isEqualTo(1);
  }

  @Test
  void recordOutcome_unknownOrRepeatedRequest_ignored() {
    LateLabelMonitor m = LateLabelMonitor.builder(BINARY, w -> {}).build();
    m.recordPrediction("a", YES);

    boolean first = m.recordOutcome("a", "yes");
    boolean second = m.recordOutcome("a", "yes");
    boolean unknown = m.recordOutcome("zzz", "yes");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(unknown).isFalse();
  }

  @Test
  void maxPending_oldestForgotten() {
    LateLabelMonitor m = LateLabelMonitor.builder(BINARY, w -> {}).maxPending(2).build();

    m.recordPrediction("a", YES);
    m.recordPrediction("b", YES);
    m.recordPrediction("c", YES);

    assertThat(m.pendingCount()).isEqualTo(2);
    assertThat(m.forgottenCount()).isEqualTo(1);
    assertThat(m.recordOutcome("a", "yes")).isFalse();
  }

  @Test
  void recordOutcome_unknownLabel_rejectedNamingIt() {
    LateLabelMonitor m = LateLabelMonitor.builder(BINARY, w -> {}).build();

    assertThatThrownBy(() -> m.recordOutcome("a", "maybe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label 'maybe' of request a is not one of [no, yes]");
  }
}
