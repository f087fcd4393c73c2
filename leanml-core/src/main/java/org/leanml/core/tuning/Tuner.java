package org.leanml.core.tuning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Scorer;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.split.Folds;
import org.leanml.core.split.Splits;
import org.leanml.core.split.TrainTestSplit;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.ParameterTuning;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-validated parameter search.
 *
 * <p>Design: the candidates come from a {@link SearchStrategy}; each is scored by k-fold
 * cross-validation (Stone, "Cross-Validatory Choice and Assessment of Statistical Predictions", J.
 * R. Stat. Soc. B 36(2), 1974; doi:10.1111/j.2517-6161.1974.tb00994.x), stratified by class for
 * classification, with a {@link Scorer} as objective. All folds use one partition, so candidates
 * are compared on the same rows. Every (trial, fold) pair is one task on the injected {@link
 * Executor}. Before anything runs, a {@link SplittableRandom} seeded with the master seed draws, in
 * a fixed order, the candidate seed, the fold seed, the final model seed, and then one model seed
 * per trial and fold in index order; results are written into arrays by index. The outcome is
 * therefore identical for a seed whatever the number of threads or the scheduling. The best trial
 * has the best mean fold score; ties go to the lowest trial index.
 *
 * <p>Immutable and reusable; configure with {@link #builder()}.
 */
public final class Tuner implements ParameterTuning {
  private static final Logger LOG = LoggerFactory.getLogger(Tuner.class);

  private final String name;
  private final SearchSpace space;
  private final TrainerFactory trainer;
  private final Scorer metric;
  private final SearchStrategy strategy;
  private final int folds;
  private final long seed;

  /** Where trials run, or null for a pool of all cores created and shut down per run. */
  private final @Nullable Executor executor;

  private final TuningListener listener;
  private final Clock clock;

  private Tuner(Builder b, SearchSpace space, TrainerFactory trainer, Scorer metric) {
    this.name = b.name;
    this.space = space;
    this.trainer = trainer;
    this.metric = metric;
    this.strategy = b.strategy;
    this.folds = b.folds;
    this.seed = b.seed;
    this.executor = b.executor;
    this.listener = b.listener;
    this.clock = b.clock;
  }

  /**
   * A builder; space, trainer and metric are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: folds, metric, seed, space, strategy.
   */
  @Override
  public Map<String, String> configuration() {
    Map<String, String> c = new TreeMap<>();
    c.put("folds", Integer.toString(folds));
    c.put("metric", metric.name());
    c.put("seed", Long.toString(seed));
    c.put("space", space.parameters().toString());
    c.put("strategy", strategy.describe());
    return Collections.unmodifiableMap(c);
  }

  /**
   * {@inheritDoc}
   *
   * @throws TuningCancelledException never (no token is passed)
   */
  @Override
  public TuningResult tune(Table data, InputContract features, OutputContract output) {
    return tune(data, features, output, new CancellationToken());
  }

  /**
   * Tunes, stopping early when the token is cancelled.
   *
   * @param data a table holding the feature columns and the label column
   * @param features the features to learn from
   * @param output the task and label domain
   * @param token cancels the run from another thread
   * @return the result
   * @throws org.leanml.core.contract.ContractViolationException if the data breaks either contract
   * @throws IllegalArgumentException if the table has fewer rows than folds, or every trial failed
   *     (the message names the first failure)
   * @throws TuningCancelledException if the token was cancelled before every trial finished
   */
  public TuningResult tune(
      Table data, InputContract features, OutputContract output, CancellationToken token) {
    features.validate(data).throwIfInvalid("tuning features of stage '" + name + "'");
    output
        .validate(data, InputContract.DEFAULT_MAX_VIOLATIONS)
        .throwIfInvalid("tuning labels of stage '" + name + "'");

    SplittableRandom master = new SplittableRandom(seed);
    long candidateSeed = master.nextLong();
    long foldSeed = master.nextLong();
    long finalSeed = master.nextLong();
    List<Parameters> candidates = strategy.candidates(space, candidateSeed);
    int nTrials = candidates.size();
    long[][] modelSeeds = new long[nTrials][folds];
    for (long[] row : modelSeeds) {
      for (int f = 0; f < folds; f++) {
        row[f] = master.nextLong();
      }
    }

    Folds partition =
        output.isClassification()
            ? Splits.stratifiedKFold(data, output.labelColumn(), folds, foldSeed)
            : Splits.kFold(data.rowCount(), folds, foldSeed);
    // One TrainingData per fold: each fold is checked and converted once, for all its trials.
    TrainingData[] trainData = new TrainingData[folds];
    Table[] validTables = new Table[folds];
    double[][] truths = new double[folds][];
    for (int f = 0; f < folds; f++) {
      TrainTestSplit s = partition.fold(f);
      trainData[f] = TrainingData.of(s.trainOf(data), features, output);
      validTables[f] = s.testOf(data);
      truths[f] = Scorer.truthOf(output, validTables[f]);
    }

    Run run = new Run(candidates, token);
    Executor given = executor;
    ExecutorService own = null;
    Executor exec;
    if (given != null) {
      exec = given;
    } else {
      own = newDefaultPool();
      exec = own;
    }
    try {
      List<CompletableFuture<Void>> futures = new ArrayList<>(nTrials * folds);
      for (int t = 0; t < nTrials; t++) {
        for (int f = 0; f < folds; f++) {
          int trial = t;
          int fold = f;
          futures.add(
              CompletableFuture.runAsync(
                  () ->
                      run.unit(
                          trial,
                          fold,
                          modelSeeds[trial][fold],
                          trainData[fold],
                          validTables[fold],
                          truths[fold]),
                  exec));
        }
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    } finally {
      if (own != null) {
        own.shutdownNow();
      }
    }

    List<Trial> finished = new ArrayList<>();
    for (Trial tr : run.trials) {
      if (tr != null) {
        finished.add(tr);
      }
    }
    if (finished.size() < nTrials) {
      throw new TuningCancelledException(finished, nTrials);
    }
    Trial best = null;
    for (Trial tr : finished) {
      if (best == null
          ? !Double.isNaN(tr.mean())
          : metric.direction().isBetter(tr.mean(), best.mean())) {
        best = tr;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "stage '"
              + name
              + "': every one of "
              + nTrials
              + " trials failed; the first: "
              + finished.get(0).failure());
    }
    LOG.info(
        "stage '{}': best of {} trials is {} with mean {} {}",
        name,
        nTrials,
        best.parameters(),
        metric.name(),
        best.mean());
    Modeling bestStage = trainer.create(best.parameters(), finalSeed);
    return new TuningResult(metric.name(), metric.direction(), best, bestStage, finished);
  }

  private static ExecutorService newDefaultPool() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        r -> {
          Thread th = new Thread(r, "leanml-tuning-" + n.incrementAndGet());
          th.setDaemon(true);
          return th;
        });
  }

  /** The mutable state of one tuning run, written by index from worker threads. */
  private final class Run {
    final List<Parameters> candidates;
    final CancellationToken token;
    final double[][] scores;
    final long[][] nanos;
    final @Nullable String[][] failures;
    final AtomicIntegerArray remaining;
    final AtomicInteger completed = new AtomicInteger();
    final @Nullable Trial[] trials;

    Run(List<Parameters> candidates, CancellationToken token) {
      this.candidates = candidates;
      this.token = token;
      int n = candidates.size();
      scores = new double[n][folds];
      nanos = new long[n][folds];
      failures = new String[n][folds];
      remaining = new AtomicIntegerArray(n);
      for (int t = 0; t < n; t++) {
        remaining.set(t, folds);
      }
      trials = new Trial[n];
    }

    void unit(int t, int f, long modelSeed, TrainingData train, Table valid, double[] truth) {
      if (token.isCancelled()) {
        return;
      }
      Instant start = clock.instant();
      try {
        Modeling m = trainer.create(candidates.get(t), modelSeed);
        Predictor p = m.fit(train);
        List<Prediction> preds = p.predictBatch(valid);
        scores[t][f] = metric.score(preds, truth);
      } catch (RuntimeException e) {
        scores[t][f] = Double.NaN;
        failures[t][f] = "fold " + f + ": " + e;
        LOG.debug("trial {} fold {} failed", t, f, e);
      }
      nanos[t][f] = Duration.between(start, clock.instant()).toNanos();
      if (remaining.decrementAndGet(t) == 0) {
        finishTrial(t);
      }
    }

    private void finishTrial(int t) {
      // Reading the other folds' slots is safe: each writer's decrement happens-before this read.
      long total = 0;
      String failure = null;
      for (int f = 0; f < folds; f++) {
        total += nanos[t][f];
        if (failure == null) {
          failure = failures[t][f];
        }
      }
      Trial trial = Trial.of(t, candidates.get(t), scores[t], Duration.ofNanos(total), failure);
      trials[t] = trial;
      int done = completed.incrementAndGet();
      try {
        listener.onTrialFinished(trial, done, trials.length);
      } catch (RuntimeException e) {
        LOG.warn("tuning listener failed on trial {}", t, e);
      }
    }
  }

  /** Builds a {@link Tuner}; validates in {@link #build()}. */
  public static final class Builder {
    private String name = "tuning";
    private @Nullable SearchSpace space;
    private @Nullable TrainerFactory trainer;
    private @Nullable Scorer metric;
    private SearchStrategy strategy = SearchStrategy.grid(5);
    private int folds = 5;
    private long seed = 42L;
    private @Nullable Executor executor;
    private TuningListener listener = TuningListener.NONE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The stage name (default {@code "tuning"}).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The space to search (required).
     *
     * @param space the space
     * @return this builder
     */
    public Builder space(SearchSpace space) {
      this.space = space;
      return this;
    }

    /**
     * Maps parameters and a seed to a modelling stage (required).
     *
     * @param trainer the factory
     * @return this builder
     */
    public Builder trainer(TrainerFactory trainer) {
      this.trainer = trainer;
      return this;
    }

    /**
     * The objective (required); its direction decides what "best" means.
     *
     * @param metric the metric
     * @return this builder
     */
    public Builder objective(Scorer metric) {
      this.metric = metric;
      return this;
    }

    /**
     * How candidates are chosen (default grid with 5 points per continuous dimension).
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder strategy(SearchStrategy strategy) {
      this.strategy = strategy;
      return this;
    }

    /**
     * The number of cross-validation folds (default 5).
     *
     * @param folds at least 2
     * @return this builder
     */
    public Builder folds(int folds) {
      this.folds = folds;
      return this;
    }

    /**
     * The master seed (default 42).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Where trials run (default: a fixed pool of all cores, created and shut down per run).
     *
     * @param executor the executor, e.g. {@code Runnable::run} to run on the caller's thread
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Who hears about finished trials (default none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(TuningListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * The clock that times trials (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the tuner.
     *
     * @return the tuner
     * @throws IllegalArgumentException if the name is blank or {@code folds < 2}
     * @throws NullPointerException if space, trainer, metric, strategy, listener or clock is null
     */
    public Tuner build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank but was '" + name + "'");
      }
      SearchSpace s = Objects.requireNonNull(space, "space");
      TrainerFactory t = Objects.requireNonNull(trainer, "trainer");
      Scorer m = Objects.requireNonNull(metric, "objective metric");
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(listener, "listener");
      Objects.requireNonNull(clock, "clock");
      if (folds < 2) {
        throw new IllegalArgumentException("folds must be >= 2 but was " + folds);
      }
      return new Tuner(this, s, t, m);
    }
  }
}
