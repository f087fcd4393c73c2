package org.leanml.eval.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.testing.MutableClock;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.DriftVerdict;

class DriftMonitorTest {

  private static Table batch(long seed, int n, double shift) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextGaussian() + shift;
      score[i] = 1 / (1 + Math.exp(-x[i]));
    }
    return Table.of(NumericColumn.of("x", x), NumericColumn.of("score", score));
  }

  @Test
  void countWindows_splitBatchesExactly_andFlagTheShiftedWindow() {
    DataSummary reference = DataSummary.of(batch(1, 5000, 0));
    List<DriftReport> reports = new ArrayList<>();
    DriftMonitor monitor =
        new DriftMonitor(
            reference,
            DriftDetector.withDefaults(),
            WindowPolicy.ofCount(1000),
            (i, r) -> reports.add(r),
            new MutableClock());

    monitor.observe(batch(2, 700, 0));
    monitor.observe(batch(3, 700, 0));
    monitor.observe(batch(4, 600, 1.0));
    monitor.observe(batch(5, 1000, 1.0));

    assertThat(reports).hasSize(3);
    assertThat(reports).extracting(DriftReport::currentRows).containsOnly(1000L);
    assertThat(reports.get(0).verdict()).isEqualTo(DriftVerdict.NO_DRIFT);
    assertThat(reports.get(2).verdict()).isEqualTo(DriftVerdict.DRIFT);
    assertThat(reports.get(2).driftedFeatures()).containsExactly("x", "score");
  }

  @Test
  void timeWindows_closeOnFirstBatchAfterTheDuration() {
    DataSummary reference = DataSummary.of(batch(1, 2000, 0));
    List<Long> windows = new ArrayList<>();
    MutableClock clock = new MutableClock();
    DriftMonitor monitor =
        new DriftMonitor(
            reference,
            DriftDetector.withDefaults(),
            WindowPolicy.ofDuration(Duration.ofHours(1)),
            (i, r) -> windows.add(r.currentRows()),
            clock);

    monitor.observe(batch(2, 300, 0));
    clock.advance(1_800_000);
    monitor.observe(batch(3, 200, 0));
    clock.advance(1_800_000);
    monitor.observe(batch(4, 50, 0));

    assertThat(windows).containsExactly(500L);
    assertThat(monitor.flush().get().currentRows()).isEqualTo(50);
  }
}
