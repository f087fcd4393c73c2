package org.leanml.eval.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.jspecify.annotations.Nullable;
import org.leanml.core.metric.Metric;
import org.leanml.eval.metric.Intervals;

/**
 * The paired bootstrap interval of a metric difference (candidate minus baseline): rows are
 * resampled with replacement and both models are scored on the same resample.
 *
 * <p>Design note: the resamples are split into fixed blocks of {@value #BLOCK} resamples; block
 * {@code k} draws from the {@code k}-th generator split off a {@link SplittableRandom} seeded with
 * the master seed, the blocks run on the injected {@link Executor} and their results are stored by
 * resample index, so the interval is identical for a seed whatever the thread count. For accuracy
 * the resampled difference depends only on the resampled counts of the paired correctness table,
 * which are drawn exactly as a multinomial (two binomial draws by inversion) in {@code O(1)} per
 * resample instead of {@code O(n)}. Other metrics are recomputed under integer row weights.
 *
 * <p>Intervals: percentile (R's type-7 quantiles of the resampled differences) or BCa, whose
 * acceleration comes from the jackknife (closed form for accuracy and for means; beyond {@value
 * #JACKKNIFE_GROUPS} rows a delete-d jackknife over that many groups of rows).
 *
 * <p>References: B. Efron, R. J. Tibshirani, "An Introduction to the Bootstrap", Chapman &amp; Hall
 * (1993), chapters 13-14, doi:10.1201/9780429246593; B. Efron, "Better bootstrap confidence
 * intervals", JASA 82 (1987) 171-185, doi:10.1080/01621459.1987.10478410.
 */
public final class PairedBootstrap {
  /** Resamples per block; fixed so that the random streams never depend on the thread count. */
  public static final int BLOCK = 64;

  /** The default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 2000;

  /** How the interval is read from the resampled differences. */
  public enum IntervalMethod {
    /** The quantiles of the resampled differences. */
    PERCENTILE,
    /** Bias-corrected and accelerated quantiles. */
    BCA
  }

  /**
   * A metric difference computed on weighted rows: the weight of a row is the number of times the
   * resample drew it.
   */
  public interface WeightedStatistic {
    /**
     * The statistic on weighted rows.
     *
     * @param weights one non-negative count per row
     * @return candidate minus baseline on those rows
     */
    double apply(int[] weights);

    /**
     * Empirical influence values of the rows (any positive multiple), for the BCa acceleration.
     *
     * @return the values, or {@code null} to fall back to the leave-one-out jackknife
     */
    default double @Nullable [] influence() {
      return null;
    }
  }

  private final int resamples;
  private final long seed;
  private final IntervalMethod method;
  private final Executor executor;

  private PairedBootstrap(int resamples, long seed, IntervalMethod method, Executor executor) {
    this.resamples = resamples;
    this.seed = seed;
    this.method = method;
    this.executor = executor;
  }

  /**
   * 2000 resamples, seed 0, percentile interval, run on the calling thread.
   *
   * @return the default bootstrap
   */
  public static PairedBootstrap withDefaults() {
    return new PairedBootstrap(DEFAULT_RESAMPLES, 0, IntervalMethod.PERCENTILE, Runnable::run);
  }

  /**
   * A copy with another number of resamples.
   *
   * @param resamples the number of resamples, at least 100
   * @return the copy
   * @throws IllegalArgumentException if {@code resamples < 100}
   */
  public PairedBootstrap withResamples(int resamples) {
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be >= 100 but was " + resamples);
    }
    return new PairedBootstrap(resamples, seed, method, executor);
  }

  /**
   * A copy with another seed.
   *
   * @param seed the master seed
   * @return the copy
   */
  public PairedBootstrap withSeed(long seed) {
    return new PairedBootstrap(resamples, seed, method, executor);
  }

  /**
   * A copy with another interval method.
   *
   * @param method the method
   * @return the copy
   */
  public PairedBootstrap with(IntervalMethod method) {
    return new PairedBootstrap(resamples, seed, Objects.requireNonNull(method, "method"), executor);
  }

  /**
   * A copy that runs the blocks of resamples on an executor.
   *
   * @param executor the executor
   * @return the copy
   */
  public PairedBootstrap with(Executor executor) {
    return new PairedBootstrap(
        resamples, seed, method, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * The number of resamples.
   *
   * @return the count
   */
  public int resamples() {
    return resamples;
  }

  /**
   * The master seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The interval method.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The executor the blocks of resamples run on.
   *
   * @return the executor
   */
  public Executor executor() {
    return executor;
  }

  /**
   * The interval of the accuracy difference by resampling the paired correctness table.
   *
   * @param table the paired correctness table
   * @param confidence the confidence level
   * @return the result, reported for {@link Metric#ACCURACY}
   * @throws IllegalArgumentException if the table is empty or the confidence is outside {@code (0,
   *     1)}
   */
  public BootstrapResult accuracy(CorrectnessTable table, double confidence) {
    long n = table.n();
    if (n == 0 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the table must hold 1 to 2^31-1 rows but has " + n);
    }
    int rows = (int) n;
    // Discordant rows K ~ Bin(n, (b + c)/n), then candidate-only rows C ~ Bin(K, c/(b + c)).
    long discordant = table.baselineOnly() + table.candidateOnly();
    double pDiscordant = (double) discordant / n;
    double pCandidate = discordant == 0 ? 0 : (double) table.candidateOnly() / discordant;
    BinomialSampler outer = new BinomialSampler(rows, pDiscordant);
    double[] diffs =
        run(
            (rng, out, from, to) -> {
              for (int r = from; r < to; r++) {
                int k = outer.sample(rng);
                int c = new BinomialSampler(k, pCandidate).sample(rng);
                out[r] = (double) (2 * c - k) / rows;
              }
            });
    double diff = table.accuracyDifference();
    double acceleration = 0;
    if (method == IntervalMethod.BCA) {
      // Row differences (candidate right − baseline right) take the values −1 (b rows), +1 (c
      // rows) and 0; their centred cubes and squares give the jackknife acceleration.
      double b = table.baselineOnly();
      double c = table.candidateOnly();
      double rest = n - b - c;
      double u1 = -1 - diff;
      double u2 = 1 - diff;
      double u0 = -diff;
      double s2 = b * u1 * u1 + c * u2 * u2 + rest * u0 * u0;
      double s3 = b * u1 * u1 * u1 + c * u2 * u2 * u2 + rest * u0 * u0 * u0;
      acceleration = s2 == 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
    }
    return summarise(Metric.ACCURACY, diff, diffs, acceleration, confidence);
  }

  /**
   * The interval of a metric difference by resampling rows.
   *
   * @param metric the metric the statistic measures (for the report)
   * @param rows the number of rows
   * @param statistic the difference on weighted rows
   * @param confidence the confidence level
   * @return the result
   * @throws IllegalArgumentException if {@code rows < 1} or the confidence is outside {@code (0,
   *     1)}
   */
  public BootstrapResult rows(
      Metric metric, int rows, WeightedStatistic statistic, double confidence) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1 but was " + rows);
    }
    int[] ones = new int[rows];
    Arrays.fill(ones, 1);
    double diff = statistic.apply(ones);
    double[] diffs =
        run(
            (rng, out, from, to) -> {
              int[] weights = new int[rows];
              for (int r = from; r < to; r++) {
                Arrays.fill(weights, 0);
                for (int k = 0; k < rows; k++) {
                  weights[rng.nextInt(rows)]++;
                }
                out[r] = statistic.apply(weights);
              }
            });
    double acceleration = 0;
    if (method == IntervalMethod.BCA) {
      double[] u = statistic.influence();
      if (u == null) {
        u = jackknife(statistic, rows);
      }
      acceleration = acceleration(u);
    }
    return summarise(metric, diff, diffs, acceleration, confidence);
  }

  /** Above this many rows the jackknife deletes groups of rows instead of single rows. */
  public static final int JACKKNIFE_GROUPS = 2000;

  private static double[] jackknife(WeightedStatistic statistic, int rows) {
    // Leave-one-out up to JACKKNIFE_GROUPS rows; beyond, the delete-d jackknife over the groups of
    // rows with equal index modulo JACKKNIFE_GROUPS keeps the cost at JACKKNIFE_GROUPS evaluations.
    int groups = Math.min(rows, JACKKNIFE_GROUPS);
    int[] w = new int[rows];
    Arrays.fill(w, 1);
    double[] theta = new double[groups];
    double mean = 0;
    for (int g = 0; g < groups; g++) {
      for (int i = g; i < rows; i += groups) {
        w[i] = 0;
      }
      theta[g] = statistic.apply(w);
      for (int i = g; i < rows; i += groups) {
        w[i] = 1;
      }
      mean += theta[g];
    }
    mean /= groups;
    for (int g = 0; g < groups; g++) {
      theta[g] = mean - theta[g];
    }
    return theta;
  }

  static double acceleration(double[] u) {
    double mean = 0;
    for (double x : u) {
      mean += x;
    }
    mean /= u.length;
    double s2 = 0;
    double s3 = 0;
    for (double x : u) {
      double d = x - mean;
      s2 += d * d;
      s3 += d * d * d;
    }
    return s2 == 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
  }

  private interface Block {
    void fill(SplittableRandom rng, double[] out, int from, int to);
  }

  private double[] run(Block block) {
    double[] out = new double[resamples];
    SplittableRandom master = new SplittableRandom(seed);
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (int from = 0; from < resamples; from += BLOCK) {
      SplittableRandom rng = master.split();
      int start = from;
      int end = Math.min(resamples, from + BLOCK);
      futures.add(CompletableFuture.runAsync(() -> block.fill(rng, out, start, end), executor));
    }
    try {
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
    return out;
  }

  private BootstrapResult summarise(
      Metric metric, double diff, double[] diffs, double acceleration, double confidence) {
    double z = Intervals.z(confidence);
    double alpha = 1 - confidence;
    double[] sorted = diffs.clone();
    Arrays.sort(sorted);
    double qLow = alpha / 2;
    double qHigh = 1 - alpha / 2;
    if (method == IntervalMethod.BCA) {
      long below = 0;
      long equal = 0;
      for (double d : sorted) {
        if (d < diff) {
          below++;
        } else if (d == diff) {
          equal++;
        }
      }
      double z0 = Intervals.normalQuantile((below + 0.5 * equal) / sorted.length);
      if (Double.isFinite(z0)) {
        qLow = Intervals.normalCdf(z0 + (z0 - z) / (1 - acceleration * (z0 - z)));
        qHigh = Intervals.normalCdf(z0 + (z0 + z) / (1 - acceleration * (z0 + z)));
      }
    }
    long atMost = 0;
    long atLeast = 0;
    for (double d : sorted) {
      if (d <= 0) {
        atMost++;
      }
      if (d >= 0) {
        atLeast++;
      }
    }
    double p = Math.min(1, 2.0 * (Math.min(atMost, atLeast) + 1) / (sorted.length + 1));
    if (diff == 0 && sorted[0] == 0 && sorted[sorted.length - 1] == 0) {
      p = 1;
    }
    return new BootstrapResult(
        metric, diff, quantile(sorted, qLow), quantile(sorted, qHigh), resamples, seed, method, p);
  }

  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /**
   * Exact binomial draws by inversion, searching from the mode (Kemp's modal method): one
   * distribution-function evaluation per sampler, then {@code O(sqrt(n p q))} probability
   * recurrences per draw.
   *
   * <p>Reference: C. D. Kemp, "A modal method for generating binomial variables", Communications in
   * Statistics - Theory and Methods 15 (1986) 805-813, doi:10.1080/03610928608829152.
   */
  static final class BinomialSampler {
    private final int n;
    private final double p;
    private final int mode;
    private final double cdfAtMode;
    private final double pmfAtMode;
    private final double odds;

    BinomialSampler(int n, double p) {
      this.n = n;
      this.p = p;
      if (n == 0 || p <= 0 || p >= 1) {
        mode = p >= 1 ? n : 0;
        cdfAtMode = 1;
        pmfAtMode = 1;
        odds = 0;
        return;
      }
      mode = (int) Math.min(n, Math.floor((n + 1) * p));
      BinomialDistribution d = new BinomialDistribution(null, n, p);
      cdfAtMode = d.cumulativeProbability(mode);
      pmfAtMode = d.probability(mode);
      odds = p / (1 - p);
    }

    int sample(SplittableRandom rng) {
      if (n == 0 || p <= 0 || p >= 1) {
        return mode;
      }
      double u = rng.nextDouble();
      int x = mode;
      double cum = cdfAtMode;
      double pmf = pmfAtMode;
      if (u <= cum) {
        // Down: the smallest x with F(x) >= u.
        while (x > 0 && u <= cum - pmf) {
          cum -= pmf;
          pmf *= x / ((n - x + 1) * odds);
          x--;
        }
      } else {
        while (cum < u && x < n) {
          pmf *= (n - x) * odds / (x + 1);
          x++;
          cum += pmf;
          if (pmf == 0) {
            break;
          }
        }
      }
      return x;
    }
  }
}
