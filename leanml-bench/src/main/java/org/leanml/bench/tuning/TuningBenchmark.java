package org.leanml.bench.tuning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Scorer;
import org.leanml.core.table.Table;
import org.leanml.core.tuning.Parameter;
import org.leanml.core.tuning.SearchSpace;
import org.leanml.core.tuning.SearchStrategy;
import org.leanml.core.tuning.Tuner;
import org.leanml.tribuo.TribuoModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Wall time of one cross-validated grid search on spambase (4,601 rows, 57 features) with logistic
 * regression, in two sizes: {@code small}, 4 grid points (epochs 2..3 x learning rate 0.1, 1.0) on
 * 4 stratified folds, 16 independent fits; {@code default}, 8 grid points (epochs 2..3 x learning
 * rate 0.03, 0.1, 0.3, 1.0) on the tuner's default 5 folds, 40 fits. The ratio of the 1-thread to
 * the 2-thread score is the speed-up (target at least 1.7x). With 16 fits each thread runs only 8,
 * so the last fit to finish leaves the other thread idle for a noticeable share of the run; the
 * 40-fit size shows the scaling a real search gets.
 *
 * <p>Run: {@code java -jar leanml-bench/target/benchmarks.jar TuningBenchmark -f 1 -wi 2 -i 3 -w 1s
 * -r 1s} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TuningBenchmark {

  /**
   * Tribuo logs two INFO lines per fit through {@code java.util.logging}, whose console handler
   * writes under a lock; in a JMH fork those lines also cross a pipe to the JMH host. Left on, the
   * benchmark would time logging I/O, which serialises the threads, instead of tuning. Applications
   * turn it down the same way (the CLI does); held here so the level is not garbage-collected.
   */
  private static final java.util.logging.Logger TRIBUO_LOG = quietTribuo();

  static java.util.logging.Logger quietTribuo() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.tribuo");
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  /** Worker threads of the tuner's executor. */
  @Param({"1", "2"})
  public int threads;

  /**
   * The search's size: {@code small} (16 fits) or {@code default} (40 fits). JMH sets it before
   * {@link #setUp()}; the initial value only keeps the field non-null for the null checker.
   */
  @Param({"small", "default"})
  public String grid = "small";

  private Table data;
  private InputContract features;
  private OutputContract output;
  private ExecutorService pool;
  private Tuner tuner;

  /** Loads the data and builds the tuner on a fixed pool of {@link #threads} threads. */
  @Setup(Level.Trial)
  public void setUp() {
    TRIBUO_LOG.fine("benchmark set-up");
    data = SpambaseData.load();
    features = InputContract.numeric(data.drop(SpambaseData.LABEL).columnNames());
    output = OutputContract.binary(SpambaseData.LABEL, "nonspam", "spam");
    pool = Executors.newFixedThreadPool(threads);
    tuner =
        Tuner.builder()
            .space(
                SearchSpace.of(
                    Parameter.intRange("epochs", 2, 3),
                    grid.equals("small")
                        ? Parameter.categorical("learningRate", "0.1", "1.0")
                        : Parameter.categorical("learningRate", "0.03", "0.1", "0.3", "1.0")))
            .trainer(
                (p, seed) ->
                    TribuoModels.logistic()
                        .withEpochs(p.getInt("epochs"))
                        .withLearningRate(Double.parseDouble(p.getString("learningRate")))
                        .withSeed(seed))
            .objective(Scorer.logLoss())
            .strategy(SearchStrategy.grid(2))
            .folds(grid.equals("small") ? 4 : 5)
            .seed(7)
            .executor(pool)
            .build();
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /**
   * One full tuning run.
   *
   * @return the best score, so the work cannot be eliminated
   */
  @Benchmark
  public double tune() {
    return tuner.tune(data, features, output).bestScore();
  }
}
