package org.leanml.bench.tuning;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Scorer;
import org.leanml.core.table.Table;
import org.leanml.core.tuning.Parameter;
import org.leanml.core.tuning.SearchSpace;
import org.leanml.core.tuning.SearchStrategy;
import org.leanml.core.tuning.Trial;
import org.leanml.core.tuning.Tuner;
import org.leanml.core.tuning.TuningResult;
import org.leanml.tribuo.TribuoModels;

/**
 * Diagnostic companion of {@link TuningBenchmark}: runs the same tuning alternately on 1 and 2
 * threads and prints wall time, the process CPU time it consumed and their ratio. On an idle
 * machine the ratio approaches the thread count; when it stays flat, the machine grants no more CPU
 * to a second thread and a wall-time speed-up cannot be observed, whatever the code does.
 *
 * <p>Run: {@code java -cp leanml-bench/target/benchmarks.jar
 * org.leanml.bench.tuning.TuningCpuShare}; it reads the bundled spambase ({@link SpambaseData}).
 */
public final class TuningCpuShare {
  private TuningCpuShare() {}

  /**
   * Runs three rounds of 1 then 2 threads and prints one line per run.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Table data = SpambaseData.load();
    InputContract in = InputContract.numeric(data.drop(SpambaseData.LABEL).columnNames());
    OutputContract out = OutputContract.binary(SpambaseData.LABEL, "nonspam", "spam");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < 3; round++) {
      for (int threads : new int[] {1, 2}) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          Tuner tuner =
              Tuner.builder()
                  .space(
                      SearchSpace.of(
                          Parameter.intRange("epochs", 2, 3),
                          Parameter.categorical("learningRate", "0.1", "1.0")))
                  .trainer(
                      (p, seed) ->
                          TribuoModels.logistic()
                              .withEpochs(p.getInt("epochs"))
                              .withLearningRate(Double.parseDouble(p.getString("learningRate")))
                              .withSeed(seed))
                  .objective(Scorer.logLoss())
                  .strategy(SearchStrategy.grid(2))
                  .folds(4)
                  .seed(7)
                  .executor(pool)
                  .build();
          long gc0 = gcMillis();
          long cpu0 = os.getProcessCpuTime();
          long wall0 = System.nanoTime();
          TuningResult r = tuner.tune(data, in, out);
          long wall = System.nanoTime() - wall0;
          long cpu = os.getProcessCpuTime() - cpu0;
          long work = 0;
          for (Trial t : r.trials()) {
            work += t.time().toMillis();
          }
          System.out.printf(
              Locale.ROOT,
              "threads=%d wall=%dms processCpu=%dms cpu/wall=%.2f sumOfFitTimes=%dms gc=%dms%n",
              threads,
              wall / 1_000_000,
              cpu / 1_000_000,
              (double) cpu / wall,
              work,
              gcMillis() - gc0);
        } finally {
          pool.shutdownNow();
        }
      }
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, g.getCollectionTime());
    }
    return total;
  }
}
