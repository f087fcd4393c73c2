package org.leanml.eval.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leanml.core.metric.Metric;

class PairedBootstrapTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void accuracy_sameSeedOnOneOrThreeThreads_givesIdenticalIntervals() {
    CorrectnessTable table = new CorrectnessTable(800, 16, 96, 88);

    BootstrapResult direct = PairedBootstrap.withDefaults().withSeed(11).accuracy(table, 0.95);
    BootstrapResult pooled =
        PairedBootstrap.withDefaults().withSeed(11).with(pool).accuracy(table, 0.95);

    assertThat(pooled).isEqualTo(direct);
  }

  @Test
  void rows_sameSeedOnOneOrThreeThreads_givesIdenticalIntervals() {
    double[] d = rowDifferences(16, 96, 1000);

    BootstrapResult direct =
        PairedBootstrap.withDefaults().withSeed(5).rows(Metric.BRIER, d.length, mean(d), 0.95);
    BootstrapResult pooled =
        PairedBootstrap.withDefaults()
            .withSeed(5)
            .with(pool)
            .rows(Metric.BRIER, d.length, mean(d), 0.95);

    assertThat(pooled).isEqualTo(direct);
  }

  @Test
  void accuracy_tableShortcut_agreesWithResamplingTheRows() {
    // Resampling the 2×2 table is exact in distribution, so its interval must agree with the
    // row-by-row bootstrap up to Monte Carlo error (sd of a 2.5% quantile with 4000 resamples is
    // about 0.001 here).
    CorrectnessTable table = new CorrectnessTable(800, 16, 96, 88);
    double[] d = rowDifferences(16, 96, 1000);
    PairedBootstrap bootstrap = PairedBootstrap.withDefaults().withResamples(4000).withSeed(3);

    BootstrapResult shortcut = bootstrap.accuracy(table, 0.95);
    BootstrapResult rows = bootstrap.rows(Metric.ACCURACY, d.length, mean(d), 0.95);

    assertThat(shortcut.diff()).isCloseTo(0.08, within(1e-15));
    assertThat(shortcut.ciLow()).isCloseTo(rows.ciLow(), within(0.004));
    assertThat(shortcut.ciHigh()).isCloseTo(rows.ciHigh(), within(0.004));
    // The normal-theory interval of a paired difference of proportions for comparison:
    // 0.08 ± 1.96·sqrt((b + c)/n² − (c − b)²/n³) = [0.0612, 0.0988].
    assertThat(shortcut.ciLow()).isCloseTo(0.0612, within(0.004));
    assertThat(shortcut.ciHigh()).isCloseTo(0.0988, within(0.004));
  }

  @Test
  void bca_skewedDifferences_shiftsTheIntervalFromThePercentileOne() {
    CorrectnessTable table = new CorrectnessTable(970, 0, 25, 5);
    PairedBootstrap bootstrap = PairedBootstrap.withDefaults().withSeed(9);

    BootstrapResult percentile = bootstrap.accuracy(table, 0.95);
    BootstrapResult bca = bootstrap.with(PairedBootstrap.IntervalMethod.BCA).accuracy(table, 0.95);

    assertThat(bca.method()).isEqualTo(PairedBootstrap.IntervalMethod.BCA);
    assertThat(bca.ciLow()).isNotEqualTo(percentile.ciLow());
    assertThat(bca.ciLow()).isLessThan(bca.diff());
    assertThat(bca.ciHigh()).isGreaterThan(bca.diff());
  }

  @Test
  void bca_jackknifeFallback_matchesClosedFormInfluenceForAMean() {
    double[] d = rowDifferences(30, 70, 400);
    PairedBootstrap bootstrap =
        PairedBootstrap.withDefaults().withSeed(1).with(PairedBootstrap.IntervalMethod.BCA);

    BootstrapResult closed = bootstrap.rows(Metric.BRIER, d.length, mean(d), 0.95);
    BootstrapResult jackknife = bootstrap.rows(Metric.BRIER, d.length, w -> mean(d).apply(w), 0.95);

    assertThat(jackknife.ciLow()).isCloseTo(closed.ciLow(), within(1e-12));
    assertThat(jackknife.ciHigh()).isCloseTo(closed.ciHigh(), within(1e-12));
  }

  static double[] rowDifferences(int b, int c, int n) {
    double[] d = new double[n];
    for (int i = 0; i < b; i++) {
      d[i] = -1;
    }
    for (int i = b; i < b + c; i++) {
      d[i] = 1;
    }
    return d;
  }

  static PairedBootstrap.WeightedStatistic mean(double[] d) {
    return new PairedBootstrap.WeightedStatistic() {
      @Override
      public double apply(int[] w) {
        double s = 0;
        long t = 0;
        for (int i = 0; i < d.length; i++) {
          s += w[i] * d[i];
          t += w[i];
        }
        return s / t;
      }

      @Override
      public double[] influence() {
        return d.clone();
      }
    };
  }
}
