package org.leanml.eval.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.contract.Task;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.drift.CategoryCounts;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.FeatureSummary;
import org.leanml.eval.drift.NumericSample;
import org.leanml.eval.drift.QuantileBins;

/**
 * Picks rows of a scored table for domain experts to label, under a budget, by {@link
 * SelectionStrategy}.
 *
 * <p>Each strategy ranks all rows by its score; ties are broken by a permutation of the rows drawn
 * from the seed (a Fisher–Yates shuffle with {@link SplittableRandom}), so a selection is the same
 * for a seed on every machine. Strategies take their quotas in enum order ({@link
 * SelectionStrategy#UNCERTAINTY} first), each skipping rows an earlier one chose. Immutable.
 */
public final class LabellingQueue {
  private final Table table;
  private final List<Prediction> champion;
  private final @Nullable List<Prediction> candidate;
  private final OutputContract output;
  private final double threshold;
  private final @Nullable DataSummary reference;
  private final @Nullable DriftReport drift;
  private final int bins;
  private final long seed;

  private LabellingQueue(Builder b) {
    this.table = b.table;
    this.champion = List.copyOf(b.champion);
    this.candidate = b.candidate == null ? null : List.copyOf(b.candidate);
    this.output = b.output;
    this.threshold = b.threshold;
    this.reference = b.reference;
    this.drift = b.drift;
    this.bins = b.drift == null ? 10 : b.drift.bins();
    this.seed = b.seed;
  }

  /**
   * A builder.
   *
   * @param table the rows to choose from (their features)
   * @param champion the champion's prediction for each row, in row order
   * @param output the predictions' output contract (classification)
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(Table table, List<Prediction> champion, OutputContract output) {
    return new Builder(table, champion, output);
  }

  /**
   * Spends a budget evenly across strategies (the remainder goes to the first ones, in enum order).
   *
   * @param budget the number of rows to choose at most
   * @param strategies the strategies
   * @return the chosen rows, grouped by strategy in enum order, best first
   * @throws IllegalArgumentException if the budget is negative or no strategy is given
   * @throws IllegalStateException if a strategy lacks its inputs (candidate predictions or drift)
   */
  public List<Selection> select(int budget, SelectionStrategy... strategies) {
    if (budget < 0) {
      throw new IllegalArgumentException("budget must be >= 0 but was " + budget);
    }
    SelectionStrategy[] s =
        Arrays.stream(strategies).distinct().sorted().toArray(SelectionStrategy[]::new);
    if (s.length == 0) {
      throw new IllegalArgumentException("at least one strategy is needed");
    }
    Map<SelectionStrategy, Integer> quotas = new EnumMap<>(SelectionStrategy.class);
    for (int i = 0; i < s.length; i++) {
      quotas.put(s[i], budget / s.length + (i < budget % s.length ? 1 : 0));
    }
    return select(quotas);
  }

  /**
   * Chooses rows with a quota per strategy.
   *
   * @param quotas how many rows each strategy chooses
   * @return the chosen rows, grouped by strategy in enum order, best first
   * @throws IllegalArgumentException if a quota is negative
   * @throws IllegalStateException if a strategy lacks its inputs (candidate predictions or drift)
   */
  public List<Selection> select(Map<SelectionStrategy, Integer> quotas) {
    int n = table.rowCount();
    int[] rank = permutationRank(n);
    boolean[] taken = new boolean[n];
    List<Selection> out = new ArrayList<>();
    for (SelectionStrategy s : SelectionStrategy.values()) {
      Integer q = quotas.get(s);
      if (q == null || q == 0) {
        continue;
      }
      if (q < 0) {
        throw new IllegalArgumentException("quota of " + s + " must be >= 0 but was " + q);
      }
      double[] score = scores(s);
      boolean ascending = s == SelectionStrategy.UNCERTAINTY;
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Comparator<Integer> byScore =
          (a, b) ->
              ascending ? Double.compare(score[a], score[b]) : Double.compare(score[b], score[a]);
      Arrays.sort(order, byScore.thenComparingInt(i -> rank[i]));
      int chosen = 0;
      for (int k = 0; k < n && chosen < q; k++) {
        int row = order[k];
        if (!taken[row]) {
          taken[row] = true;
          out.add(new Selection(row, s, score[row]));
          chosen++;
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  private int[] permutationRank(int n) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[perm[i]] = i;
    }
    return rank;
  }

  double[] scores(SelectionStrategy s) {
    int n = table.rowCount();
    double[] out = new double[n];
    switch (s) {
      case UNCERTAINTY:
        for (int i = 0; i < n; i++) {
          Prediction p = champion.get(i);
          if (output.task() == Task.BINARY) {
            out[i] = Math.abs(p.probability(output.positiveIndex()) - threshold);
          } else {
            double first = 0;
            double second = 0;
            for (int c = 0; c < p.classCount(); c++) {
              double v = p.probability(c);
              if (v > first) {
                second = first;
                first = v;
              } else if (v > second) {
                second = v;
              }
            }
            out[i] = first - second;
          }
        }
        return out;
      case ENTROPY:
        for (int i = 0; i < n; i++) {
          Prediction p = champion.get(i);
          double h = 0;
          for (int c = 0; c < p.classCount(); c++) {
            double v = p.probability(c);
            if (v > 0) {
              h -= v * Math.log(v);
            }
          }
          out[i] = h;
        }
        return out;
      case DISAGREEMENT:
        if (candidate == null) {
          throw new IllegalStateException("DISAGREEMENT needs candidate predictions");
        }
        for (int i = 0; i < n; i++) {
          Prediction a = champion.get(i);
          Prediction b = candidate.get(i);
          double tv = 0;
          for (int c = 0; c < a.classCount(); c++) {
            tv += Math.abs(a.probability(c) - b.probability(c));
          }
          // Different decisions rank above every agreement (tv is at most 1).
          out[i] = (a.argMax() != b.argMax() ? 1 : 0) + tv / 2;
        }
        return out;
      case DRIFT_REGION:
        return driftScores();
      default:
        throw new AssertionError(s);
    }
  }

  private double[] driftScores() {
    if (drift == null || reference == null) {
      throw new IllegalStateException("DRIFT_REGION needs a reference summary and a drift report");
    }
    int n = table.rowCount();
    double[] out = new double[n];
    Arrays.fill(out, Double.NEGATIVE_INFINITY);
    for (String name : drift.driftedFeatures()) {
      FeatureSummary ref =
          reference
              .feature(name)
              .orElseThrow(
                  () ->
                      new IllegalStateException("drifted feature '" + name + "' has no reference"));
      Column col = table.column(name);
      if (ref instanceof NumericSample rs && col instanceof NumericColumn nc) {
        if (rs.size() == 0) {
          continue;
        }
        QuantileBins qb = QuantileBins.of(rs, bins);
        long[] rc = qb.counts(rs);
        long[] cc = new long[qb.binCount()];
        int[] binOf = new int[n];
        long present = 0;
        for (int i = 0; i < n; i++) {
          double v = nc.get(i);
          binOf[i] = Double.isNaN(v) ? -1 : qb.binOf(v);
          if (binOf[i] >= 0) {
            cc[binOf[i]]++;
            present++;
          }
        }
        double[] lr = logRatios(rc, rs.size(), cc, present);
        for (int i = 0; i < n; i++) {
          if (binOf[i] >= 0) {
            out[i] = Math.max(out[i], lr[binOf[i]]);
          }
        }
      } else if (ref instanceof CategoryCounts rcats && col instanceof CategoricalColumn cat) {
        Map<String, Long> cur = new HashMap<>();
        long present = 0;
        for (int i = 0; i < n; i++) {
          String v = cat.get(i);
          if (v != null) {
            cur.merge(v, 1L, Long::sum);
            present++;
          }
        }
        long refTotal = rcats.count();
        for (int i = 0; i < n; i++) {
          String v = cat.get(i);
          if (v != null) {
            double r = Math.max(rcats.count(v) / (double) refTotal, 1e-4);
            double c = Math.max(cur.getOrDefault(v, 0L) / (double) present, 1e-4);
            out[i] = Math.max(out[i], Math.log(c / r));
          }
        }
      } else {
        throw new IllegalStateException(
            "feature '" + name + "' has another kind in the table than in the reference");
      }
    }
    return out;
  }

  private static double[] logRatios(long[] rc, long rn, long[] cc, long cn) {
    double[] lr = new double[rc.length];
    for (int b = 0; b < rc.length; b++) {
      double r = Math.max(rc[b] / (double) rn, 1e-4);
      double c = cn == 0 ? 1e-4 : Math.max(cc[b] / (double) cn, 1e-4);
      lr[b] = Math.log(c / r);
    }
    return lr;
  }

  /** Builds a {@link LabellingQueue}. */
  public static final class Builder {
    private final Table table;
    private final List<Prediction> champion;
    private final OutputContract output;
    private @Nullable List<Prediction> candidate;
    private double threshold = 0.5;
    private @Nullable DataSummary reference;
    private @Nullable DriftReport drift;
    private long seed = 42;

    private Builder(Table table, List<Prediction> champion, OutputContract output) {
      this.table = Objects.requireNonNull(table, "table");
      this.champion = Objects.requireNonNull(champion, "champion");
      this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * The candidate's predictions, for {@link SelectionStrategy#DISAGREEMENT}.
     *
     * @param candidate one prediction per row
     * @return this builder
     */
    public Builder candidate(List<Prediction> candidate) {
      this.candidate = candidate;
      return this;
    }

    /**
     * The binary decision threshold on the positive class (default 0.5).
     *
     * @param threshold in [0, 1]
     * @return this builder
     */
    public Builder threshold(double threshold) {
      this.threshold = threshold;
      return this;
    }

    /**
     * The drift found in this table, for {@link SelectionStrategy#DRIFT_REGION}.
     *
     * @param reference the reference summary the report was computed against
     * @param report the drift report of this table
     * @return this builder
     */
    public Builder drift(DataSummary reference, DriftReport report) {
      this.reference = reference;
      this.drift = report;
      return this;
    }

    /**
     * The seed of the tie-breaking shuffle (default 42).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Builds the queue.
     *
     * @return the queue
     * @throws IllegalArgumentException if the prediction lists do not have one classification
     *     prediction per row over the contract's labels, or the threshold is outside [0, 1]
     */
    public LabellingQueue build() {
      if (!output.isClassification()) {
        throw new IllegalArgumentException(
            "labelling strategies need a classification contract but the task is " + output.task());
      }
      check("champion", champion);
      if (candidate != null) {
        check("candidate", candidate);
      }
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in [0, 1] but was " + threshold);
      }
      return new LabellingQueue(this);
    }

    private void check(String what, List<Prediction> ps) {
      if (ps.size() != table.rowCount()) {
        throw new IllegalArgumentException(
            what
                + " has "
                + ps.size()
                + " predictions but the table has "
                + table.rowCount()
                + " rows");
      }
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).classCount() != output.labels().size()) {
          throw new IllegalArgumentException(
              what
                  + " prediction "
                  + i
                  + " has "
                  + ps.get(i).classCount()
                  + " classes but the contract has labels "
                  + output.labels());
        }
      }
    }
  }
}
