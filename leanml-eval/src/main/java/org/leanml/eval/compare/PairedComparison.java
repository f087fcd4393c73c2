package org.leanml.eval.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.contract.Task;
import org.leanml.core.metric.Metric;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.decision.DecisionRule;
import org.leanml.eval.decision.GateResult;
import org.leanml.eval.decision.GateVerdict;
import org.leanml.eval.decision.Guardrails;
import org.leanml.eval.metric.BinaryMetrics;
import org.leanml.eval.metric.ConfusionMatrix;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.LossFunctions;
import org.leanml.eval.metric.MetricValues;
import org.leanml.eval.metric.MulticlassMetrics;
import org.leanml.eval.metric.RankedScores;
import org.leanml.eval.metric.RegressionMetrics;
import org.leanml.eval.metric.RocCurve;

/**
 * Compares a candidate with a baseline on the same rows and decides whether it may replace it.
 *
 * <p>Create one with {@link #binary}, {@link #multiclass}, {@link #regression} or {@link #of} (from
 * a table, its output contract and both models' predictions), adjust it with the immutable {@code
 * with...} methods and call {@link #run()}:
 *
 * <pre>{@code
 * ComparisonResult r = PairedComparison.binary(truth, baselineScores, candidateScores)
 *     .withMargin(0.01).withSeed(7).with(executor).run();
 * }</pre>
 *
 * <p>What runs: the metrics of both models with intervals; McNemar and flips for classification;
 * DeLong for binary; the Wilcoxon signed-rank test for regression; the paired bootstrap of the
 * primary metric (of accuracy when the primary metric is AUC); the verdict of {@link DecisionRule}
 * on the primary difference's interval (DeLong's for AUC, the bootstrap's otherwise); the slices,
 * each compared on its own with Holm-adjusted p-values; and the gate.
 *
 * <p>The arrays are not copied (a million-row comparison should not double its memory); they must
 * not change while {@link #run()} runs.
 */
// One class serves three tasks through per-task arrays that are null for the other tasks; which
// ones are set follows from Data.task, which NullAway cannot track. Issue 13 replaces this with
// one sealed variant per task that owns only its own data, and this suppression goes with it.
@SuppressWarnings("NullAway")
public final class PairedComparison {
  /** The default minimum slice size. */
  public static final int DEFAULT_MIN_SLICE_SIZE = 30;

  private static final int ROC_POINTS = 200;

  // A private carrier of the compared rows, never compared or hashed; copying would double the
  // memory of a comparison.
  @SuppressWarnings("ArrayRecordComponent")
  private record Data(
      Task task,
      int @Nullable [] truthClass,
      double @Nullable [] truthValue,
      double @Nullable [] baseline,
      double @Nullable [] candidate,
      double @Nullable [][] baselineProbabilities,
      double @Nullable [][] candidateProbabilities) {
    int n() {
      return task == Task.REGRESSION ? truthValue.length : truthClass.length;
    }
  }

  private record Options(
      double threshold,
      Metric metric,
      DecisionRule rule,
      PairedBootstrap bootstrap,
      Guardrails guardrails,
      Slicing slicing,
      int minSliceSize) {}

  private final Data data;
  private final Options options;

  private PairedComparison(Data data, Options options) {
    this.data = data;
    this.options = options;
  }

  private static PairedComparison create(Data data) {
    return new PairedComparison(
        data,
        new Options(
            BinaryMetrics.DEFAULT_THRESHOLD,
            Metric.defaultFor(data.task()),
            DecisionRule.DEFAULT,
            PairedBootstrap.withDefaults(),
            Guardrails.DEFAULT,
            Slicing.none(),
            DEFAULT_MIN_SLICE_SIZE));
  }

  /**
   * A binary comparison.
   *
   * @param truth 0/1 truth per row
   * @param baselineScore the baseline's positive-class probability per row
   * @param candidateScore the candidate's positive-class probability per row
   * @return the comparison with default options
   * @throws IllegalArgumentException if there are no rows, lengths differ, a truth value is not 0/1
   *     or a score is not finite
   */
  public static PairedComparison binary(
      int[] truth, double[] baselineScore, double[] candidateScore) {
    requireRows(truth.length);
    requireLength(truth.length, baselineScore.length, "baselineScore");
    requireLength(truth.length, candidateScore.length, "candidateScore");
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != 0 && truth[i] != 1) {
        throw new IllegalArgumentException("truth[" + i + "] must be 0 or 1 but was " + truth[i]);
      }
      requireFinite(baselineScore[i], "baselineScore", i);
      requireFinite(candidateScore[i], "candidateScore", i);
    }
    return create(new Data(Task.BINARY, truth, null, baselineScore, candidateScore, null, null));
  }

  /**
   * A multiclass comparison.
   *
   * @param truth the true class index per row
   * @param baselineProbabilities the baseline's class probabilities per row
   * @param candidateProbabilities the candidate's class probabilities per row
   * @return the comparison with default options
   * @throws IllegalArgumentException if there are no rows or the shapes disagree
   */
  public static PairedComparison multiclass(
      int[] truth, double[][] baselineProbabilities, double[][] candidateProbabilities) {
    requireRows(truth.length);
    int k = MulticlassMetrics.classCount(truth, baselineProbabilities);
    if (MulticlassMetrics.classCount(truth, candidateProbabilities) != k) {
      throw new IllegalArgumentException(
          "candidate has " + candidateProbabilities[0].length + " classes but baseline has " + k);
    }
    return create(
        new Data(
            Task.MULTICLASS,
            truth,
            null,
            null,
            null,
            baselineProbabilities,
            candidateProbabilities));
  }

  /**
   * A regression comparison.
   *
   * @param truth the true values
   * @param baselinePrediction the baseline's predictions
   * @param candidatePrediction the candidate's predictions
   * @return the comparison with default options
   * @throws IllegalArgumentException if there are no rows, lengths differ or a value is not finite
   */
  public static PairedComparison regression(
      double[] truth, double[] baselinePrediction, double[] candidatePrediction) {
    RegressionMetrics.requireSameFinite(truth, baselinePrediction, "baselinePrediction");
    RegressionMetrics.requireSameFinite(truth, candidatePrediction, "candidatePrediction");
    return create(
        new Data(
            Task.REGRESSION, null, truth, baselinePrediction, candidatePrediction, null, null));
  }

  /**
   * A comparison of two models' predictions on a table holding the truth.
   *
   * @param table the evaluation rows, holding the output contract's label column
   * @param contract the output contract both models share
   * @param baseline the baseline's prediction for each row
   * @param candidate the candidate's prediction for each row
   * @return the comparison with default options
   * @throws IllegalArgumentException if a prediction list's size differs from the row count or a
   *     prediction does not fit the task
   * @throws org.leanml.core.contract.ContractViolationException if a label is missing or outside
   *     the domain
   */
  public static PairedComparison of(
      Table table, OutputContract contract, List<Prediction> baseline, List<Prediction> candidate) {
    int n = table.rowCount();
    requireLength(n, baseline.size(), "baseline predictions");
    requireLength(n, candidate.size(), "candidate predictions");
    switch (contract.task()) {
      case BINARY:
        {
          int positive = contract.positiveIndex();
          int[] classes = contract.classIndices(table);
          int[] truth = new int[n];
          for (int i = 0; i < n; i++) {
            truth[i] = classes[i] == positive ? 1 : 0;
          }
          return binary(
              truth,
              probabilities(baseline, positive, 2, "baseline"),
              probabilities(candidate, positive, 2, "candidate"));
        }
      case MULTICLASS:
        {
          int k = contract.labels().size();
          double[][] b = new double[n][];
          double[][] c = new double[n][];
          for (int i = 0; i < n; i++) {
            b[i] = checkClasses(baseline.get(i), k, "baseline", i).probabilities();
            c[i] = checkClasses(candidate.get(i), k, "candidate", i).probabilities();
          }
          return multiclass(contract.classIndices(table), b, c);
        }
      case REGRESSION:
        {
          contract.validate(table, 10).throwIfInvalid("targets");
          NumericColumn target = table.numeric(contract.labelColumn());
          double[] b = new double[n];
          double[] c = new double[n];
          for (int i = 0; i < n; i++) {
            b[i] = checkClasses(baseline.get(i), 0, "baseline", i).value();
            c[i] = checkClasses(candidate.get(i), 0, "candidate", i).value();
          }
          return regression(target.toArray(), b, c);
        }
      default:
        throw new AssertionError(contract.task());
    }
  }

  private static double[] probabilities(
      List<Prediction> predictions, int positive, int classes, String name) {
    double[] out = new double[predictions.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = checkClasses(predictions.get(i), classes, name, i).probability(positive);
    }
    return out;
  }

  private static Prediction checkClasses(Prediction p, int classes, String name, int row) {
    if (p.classCount() != classes) {
      throw new IllegalArgumentException(
          name
              + " prediction of row "
              + row
              + " has "
              + p.classCount()
              + " class probabilities but the output contract needs "
              + classes);
    }
    return p;
  }

  // ---- options -----------------------------------------------------------------------------

  private PairedComparison with(Options o) {
    return new PairedComparison(data, o);
  }

  /**
   * A copy with another decision threshold for binary scores (a row is predicted positive when its
   * score is {@code >=} the threshold).
   *
   * @param threshold the threshold, finite
   * @return the copy
   * @throws IllegalArgumentException if the threshold is not finite
   */
  public PairedComparison withThreshold(double threshold) {
    requireFinite(threshold, "threshold", -1);
    Options o = options;
    return with(
        new Options(
            threshold, o.metric, o.rule, o.bootstrap, o.guardrails, o.slicing, o.minSliceSize));
  }

  /**
   * A copy with another primary metric.
   *
   * @param metric the metric; AUC, accuracy, precision, recall, F1, log loss or Brier for binary;
   *     accuracy, micro or macro F1 or log loss for multiclass; RMSE, MAE or R² for regression
   * @return the copy
   * @throws IllegalArgumentException if the metric cannot be the primary metric of this task
   */
  public PairedComparison with(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    if (!metric.appliesTo(data.task())
        || metric == Metric.AVERAGE_PRECISION
        || metric == Metric.EQUAL_ERROR_RATE) {
      throw new IllegalArgumentException(
          metric + " cannot be the primary metric of a " + data.task() + " comparison");
    }
    Options o = options;
    return with(
        new Options(
            o.threshold, metric, o.rule, o.bootstrap, o.guardrails, o.slicing, o.minSliceSize));
  }

  /**
   * A copy with another decision rule (margin and alpha).
   *
   * @param rule the rule
   * @return the copy
   */
  public PairedComparison with(DecisionRule rule) {
    Options o = options;
    return with(
        new Options(
            o.threshold,
            o.metric,
            Objects.requireNonNull(rule, "rule"),
            o.bootstrap,
            o.guardrails,
            o.slicing,
            o.minSliceSize));
  }

  /**
   * A copy with another allowed worsening.
   *
   * @param margin δ, in the primary metric's units, {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if the margin is negative or not finite
   */
  public PairedComparison withMargin(double margin) {
    return with(new DecisionRule(margin, options.rule.alpha()));
  }

  /**
   * A copy with another significance level (the intervals have confidence {@code 1 − alpha}).
   *
   * @param alpha the level, in {@code (0, 1)}
   * @return the copy
   * @throws IllegalArgumentException if alpha is outside {@code (0, 1)}
   */
  public PairedComparison withAlpha(double alpha) {
    return with(new DecisionRule(options.rule.margin(), alpha));
  }

  /**
   * A copy with another bootstrap configuration.
   *
   * @param bootstrap the bootstrap (resamples, seed, interval method, executor)
   * @return the copy
   */
  public PairedComparison with(PairedBootstrap bootstrap) {
    Options o = options;
    return with(
        new Options(
            o.threshold,
            o.metric,
            o.rule,
            Objects.requireNonNull(bootstrap, "bootstrap"),
            o.guardrails,
            o.slicing,
            o.minSliceSize));
  }

  /**
   * A copy with another number of bootstrap resamples.
   *
   * @param resamples the count, at least 100
   * @return the copy
   * @throws IllegalArgumentException if {@code resamples < 100}
   */
  public PairedComparison withResamples(int resamples) {
    return with(options.bootstrap.withResamples(resamples));
  }

  /**
   * A copy with another bootstrap seed.
   *
   * @param seed the seed
   * @return the copy
   */
  public PairedComparison withSeed(long seed) {
    return with(options.bootstrap.withSeed(seed));
  }

  /**
   * A copy with another bootstrap interval method.
   *
   * @param method percentile or BCa
   * @return the copy
   */
  public PairedComparison with(PairedBootstrap.IntervalMethod method) {
    return with(options.bootstrap.with(method));
  }

  /**
   * A copy that runs the bootstrap on an executor; results do not depend on it.
   *
   * @param executor the executor
   * @return the copy
   */
  public PairedComparison with(Executor executor) {
    return with(options.bootstrap.with(executor));
  }

  /**
   * A copy with other guardrails.
   *
   * @param guardrails the guardrails
   * @return the copy
   */
  public PairedComparison with(Guardrails guardrails) {
    Options o = options;
    return with(
        new Options(
            o.threshold,
            o.metric,
            o.rule,
            o.bootstrap,
            Objects.requireNonNull(guardrails, "guardrails"),
            o.slicing,
            o.minSliceSize));
  }

  /**
   * A copy whose gate fails when the negative-flip rate exceeds a maximum.
   *
   * @param rate the maximum, in {@code [0, 1]}
   * @return the copy
   * @throws IllegalArgumentException if the rate is outside {@code [0, 1]}
   */
  public PairedComparison withMaxNegativeFlipRate(double rate) {
    if (Double.isNaN(rate)) {
      throw new IllegalArgumentException("rate must be in [0, 1] but was NaN");
    }
    return with(new Guardrails(rate));
  }

  /**
   * A copy that also compares the slices of some columns.
   *
   * @param slicing the slice columns; each must have a value per row
   * @return the copy
   * @throws IllegalArgumentException if a slice column's length differs from the row count
   */
  public PairedComparison with(Slicing slicing) {
    for (Slicing.SliceColumn c : slicing.columns()) {
      requireLength(data.n(), c.size(), "slice column '" + c.name() + "'");
    }
    Options o = options;
    return with(
        new Options(
            o.threshold, o.metric, o.rule, o.bootstrap, o.guardrails, slicing, o.minSliceSize));
  }

  /**
   * A copy with another minimum slice size; smaller slices are reported but not tested.
   *
   * @param minSliceSize the minimum number of rows, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code minSliceSize < 1}
   */
  public PairedComparison withMinSliceSize(int minSliceSize) {
    if (minSliceSize < 1) {
      throw new IllegalArgumentException("minSliceSize must be >= 1 but was " + minSliceSize);
    }
    Options o = options;
    return with(
        new Options(
            o.threshold, o.metric, o.rule, o.bootstrap, o.guardrails, o.slicing, minSliceSize));
  }

  /**
   * The same comparison with baseline and candidate exchanged.
   *
   * @return the swapped comparison
   */
  public PairedComparison swapped() {
    Data d = data;
    return new PairedComparison(
        new Data(
            d.task,
            d.truthClass,
            d.truthValue,
            d.candidate,
            d.baseline,
            d.candidateProbabilities,
            d.baselineProbabilities),
        options);
  }

  /**
   * The task.
   *
   * @return the task
   */
  public Task task() {
    return data.task();
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return data.n();
  }

  // ---- running -----------------------------------------------------------------------------

  /**
   * Runs every applicable statistic, the slices and the decision.
   *
   * @return the result
   */
  public ComparisonResult run() {
    ComparisonResult whole = runUnsliced();
    if (options.slicing.isEmpty()) {
      return whole;
    }
    List<SliceResult> slices = runSlices();
    List<String> regressed = new ArrayList<>();
    for (SliceResult s : slices) {
      if (s.verdict() == GateVerdict.REGRESSED) {
        regressed.add(s.label());
      }
    }
    double flipRate = whole.flips() == null ? Double.NaN : whole.flips().negativeFlipRate();
    GateResult gate = GateResult.evaluate(whole.verdict(), options.guardrails, flipRate, regressed);
    return new ComparisonResult(
        whole.task(),
        whole.n(),
        whole.primaryMetric(),
        whole.margin(),
        whole.alpha(),
        whole.threshold(),
        whole.baseline(),
        whole.candidate(),
        whole.primaryDiff(),
        whole.primaryPValue(),
        whole.mcnemar(),
        whole.delong(),
        whole.bootstrap(),
        whole.wilcoxon(),
        whole.flips(),
        slices,
        whole.verdict(),
        gate,
        whole.baselineRoc(),
        whole.candidateRoc());
  }

  private List<SliceResult> runSlices() {
    // First every slice in a fixed order (columns as given, values sorted); then Holm across the
    // slices that were tested.
    List<String[]> keys = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<ComparisonResult> results = new ArrayList<>();
    for (Slicing.SliceColumn column : options.slicing.columns()) {
      Map<String, List<Integer>> groups = new TreeMap<>();
      for (int r = 0; r < column.size(); r++) {
        groups.computeIfAbsent(column.value(r), k -> new ArrayList<>()).add(r);
      }
      for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
        int size = g.getValue().size();
        keys.add(new String[] {column.name(), g.getKey()});
        sizes.add(size);
        if (size < options.minSliceSize) {
          results.add(null);
        } else {
          int[] rows = g.getValue().stream().mapToInt(Integer::intValue).toArray();
          results.add(subset(rows).runUnsliced());
        }
      }
    }
    double[] p = new double[results.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = results.get(i) == null ? Double.NaN : results.get(i).primaryPValue();
    }
    double[] holm = Holm.adjust(p);
    double alpha = options.rule.alpha();
    List<SliceResult> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ComparisonResult r = results.get(i);
      String[] key = keys.get(i);
      if (r == null) {
        out.add(
            new SliceResult(
                key[0],
                key[1],
                sizes.get(i),
                false,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                GateVerdict.INCONCLUSIVE));
        continue;
      }
      GateVerdict v = r.verdict();
      if (v == GateVerdict.REGRESSED && !(holm[i] < alpha)) {
        v = GateVerdict.INCONCLUSIVE;
      }
      out.add(
          new SliceResult(
              key[0],
              key[1],
              sizes.get(i),
              true,
              r.primaryDiff().value(),
              r.primaryDiff().ciLow(),
              r.primaryDiff().ciHigh(),
              r.primaryPValue(),
              holm[i],
              v));
    }
    return out;
  }

  private PairedComparison subset(int[] rows) {
    Data d = data;
    Data s =
        new Data(
            d.task,
            d.truthClass == null ? null : pick(d.truthClass, rows),
            d.truthValue == null ? null : pick(d.truthValue, rows),
            d.baseline == null ? null : pick(d.baseline, rows),
            d.candidate == null ? null : pick(d.candidate, rows),
            d.baselineProbabilities == null ? null : pick(d.baselineProbabilities, rows),
            d.candidateProbabilities == null ? null : pick(d.candidateProbabilities, rows));
    Options o = options;
    return new PairedComparison(
        s,
        new Options(
            o.threshold,
            o.metric,
            o.rule,
            o.bootstrap,
            o.guardrails,
            Slicing.none(),
            o.minSliceSize));
  }

  private static int[] pick(int[] a, int[] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  private static double[] pick(double[] a, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  private static double[][] pick(double[][] a, int[] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = a[rows[i]];
    }
    return out;
  }

  private ComparisonResult runUnsliced() {
    switch (data.task()) {
      case BINARY:
        return runBinary();
      case MULTICLASS:
        return runMulticlass();
      case REGRESSION:
        return runRegression();
      default:
        throw new AssertionError(data.task());
    }
  }

  private double confidence() {
    return options.rule.confidence();
  }

  private ComparisonResult runBinary() {
    int[] truth = data.truthClass;
    double[] base = data.baseline;
    double[] cand = data.candidate;
    double conf = confidence();
    double thr = options.threshold;
    // The two models' ranking and metrics are independent: they run concurrently on the injected
    // executor (each with its own sort scratch) and the results do not depend on the threads.
    Executor executor = options.bootstrap.executor();
    CompletableFuture<Side> sideB =
        CompletableFuture.supplyAsync(() -> Side.of(truth, base, thr, conf), executor);
    CompletableFuture<Side> sideC =
        CompletableFuture.supplyAsync(() -> Side.of(truth, cand, thr, conf), executor);
    Side b = join(sideB);
    Side c = join(sideC);
    RankedScores rb = b.ranked;
    RankedScores rc = c.ranked;
    MetricValues mb = b.metrics;
    MetricValues mc = c.metrics;
    long[] cells = new long[4];
    long changed = 0;
    for (int i = 0; i < truth.length; i++) {
      int pb = base[i] >= thr ? 1 : 0;
      int pc = cand[i] >= thr ? 1 : 0;
      cells[(pb == truth[i] ? 0 : 2) + (pc == truth[i] ? 0 : 1)]++;
      if (pb != pc) {
        changed++;
      }
    }
    CorrectnessTable table = new CorrectnessTable(cells[0], cells[1], cells[2], cells[3]);
    Flips flips = new Flips(truth.length, cells[1], cells[2], changed);
    McNemarResult mcnemar = McNemarTest.test(table);
    boolean rankable = rb.positives() >= 2 && rb.negatives() >= 2;
    DeLongResult delong = rankable ? DeLongTest.paired(truth, base, cand, rb, rc) : null;
    Metric primary = options.metric;
    BootstrapResult boot =
        primary == Metric.AUC || primary == Metric.ACCURACY
            ? options.bootstrap.accuracy(table, conf)
            : options.bootstrap.rows(primary, truth.length, binaryStatistic(primary), conf);
    Estimate diff;
    double p;
    if (primary == Metric.AUC) {
      diff = delong == null ? Estimate.point(Double.NaN) : delong.diffInterval(conf);
      p = delong == null ? Double.NaN : delong.pValue();
    } else {
      diff = new Estimate(boot.diff(), boot.ciLow(), boot.ciHigh());
      p = primary == Metric.ACCURACY ? mcnemar.pExact() : boot.pValue();
    }
    return finish(mb, mc, diff, p, mcnemar, delong, boot, null, flips, b.roc, c.roc, thr);
  }

  /** One model's share of a binary comparison. */
  private record Side(RankedScores ranked, MetricValues metrics, RocCurve roc) {
    static Side of(int[] truth, double[] score, double threshold, double confidence) {
      RankedScores ranked = RankedScores.of(truth, score);
      MetricValues metrics = BinaryMetrics.evaluate(truth, score, ranked, threshold, confidence);
      return new Side(ranked, metrics, ranked.hasBothClasses() ? ranked.roc(ROC_POINTS) : null);
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  private ComparisonResult runMulticlass() {
    int[] truth = data.truthClass;
    double conf = confidence();
    int k = data.baselineProbabilities[0].length;
    MetricValues mb = MulticlassMetrics.evaluate(truth, data.baselineProbabilities, conf);
    MetricValues mc = MulticlassMetrics.evaluate(truth, data.candidateProbabilities, conf);
    int[] pb = MulticlassMetrics.predictedClasses(data.baselineProbabilities);
    int[] pc = MulticlassMetrics.predictedClasses(data.candidateProbabilities);
    CorrectnessTable table = CorrectnessTable.of(truth, pb, pc);
    Flips flips = Flips.of(truth, pb, pc);
    McNemarResult mcnemar = McNemarTest.test(table);
    Metric primary = options.metric;
    BootstrapResult boot;
    if (primary == Metric.ACCURACY || primary == Metric.MICRO_F1) {
      boot = options.bootstrap.accuracy(table, conf);
    } else if (primary == Metric.MACRO_F1) {
      boot =
          options.bootstrap.rows(
              primary,
              truth.length,
              w ->
                  weightedConfusion(k, truth, pc, w).macroF1(conf).value()
                      - weightedConfusion(k, truth, pb, w).macroF1(conf).value(),
              conf);
    } else {
      double[] d = new double[truth.length];
      for (int i = 0; i < d.length; i++) {
        d[i] =
            LossFunctions.logLoss(data.candidateProbabilities[i][truth[i]])
                - LossFunctions.logLoss(data.baselineProbabilities[i][truth[i]]);
      }
      boot = options.bootstrap.rows(primary, truth.length, meanOf(d), conf);
    }
    Estimate diff = new Estimate(boot.diff(), boot.ciLow(), boot.ciHigh());
    double p =
        primary == Metric.ACCURACY || primary == Metric.MICRO_F1 ? mcnemar.pExact() : boot.pValue();
    return finish(mb, mc, diff, p, mcnemar, null, boot, null, flips, null, null, Double.NaN);
  }

  private ComparisonResult runRegression() {
    double[] y = data.truthValue;
    double[] base = data.baseline;
    double[] cand = data.candidate;
    double conf = confidence();
    MetricValues mb = RegressionMetrics.evaluate(y, base, conf);
    MetricValues mc = RegressionMetrics.evaluate(y, cand, conf);
    int n = y.length;
    double[] eb = new double[n];
    double[] ec = new double[n];
    for (int i = 0; i < n; i++) {
      eb[i] = Math.abs(base[i] - y[i]);
      ec[i] = Math.abs(cand[i] - y[i]);
    }
    WilcoxonResult wilcoxon = WilcoxonSignedRankTest.test(eb, ec);
    Metric primary = options.metric;
    PairedBootstrap.WeightedStatistic statistic;
    if (primary == Metric.MAE) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = ec[i] - eb[i];
      }
      statistic = meanOf(d);
    } else if (primary == Metric.RMSE) {
      statistic = w -> Math.sqrt(weightedMean(ec, w, true)) - Math.sqrt(weightedMean(eb, w, true));
    } else {
      statistic = w -> weightedR2(y, cand, w) - weightedR2(y, base, w);
    }
    BootstrapResult boot = options.bootstrap.rows(primary, n, statistic, conf);
    Estimate diff = new Estimate(boot.diff(), boot.ciLow(), boot.ciHigh());
    return finish(
        mb, mc, diff, boot.pValue(), null, null, boot, wilcoxon, null, null, null, Double.NaN);
  }

  private ComparisonResult finish(
      MetricValues mb,
      MetricValues mc,
      Estimate diff,
      double p,
      McNemarResult mcnemar,
      DeLongResult delong,
      BootstrapResult boot,
      WilcoxonResult wilcoxon,
      Flips flips,
      RocCurve rocB,
      RocCurve rocC,
      double threshold) {
    Metric primary = options.metric;
    GateVerdict verdict = options.rule.decide(primary, diff.ciLow(), diff.ciHigh());
    double flipRate = flips == null ? Double.NaN : flips.negativeFlipRate();
    GateResult gate = GateResult.evaluate(verdict, options.guardrails, flipRate, List.of());
    return new ComparisonResult(
        data.task(),
        data.n(),
        primary,
        options.rule.margin(),
        options.rule.alpha(),
        threshold,
        mb,
        mc,
        diff,
        p,
        mcnemar,
        delong,
        boot,
        wilcoxon,
        flips,
        List.of(),
        verdict,
        gate,
        rocB,
        rocC);
  }

  private PairedBootstrap.WeightedStatistic binaryStatistic(Metric metric) {
    int[] truth = data.truthClass;
    double[] base = data.baseline;
    double[] cand = data.candidate;
    double thr = options.threshold;
    double conf = confidence();
    switch (metric) {
      case LOG_LOSS:
      case BRIER:
        {
          double[] d = new double[truth.length];
          for (int i = 0; i < d.length; i++) {
            d[i] =
                metric == Metric.LOG_LOSS
                    ? LossFunctions.binaryLogLoss(truth[i], cand[i])
                        - LossFunctions.binaryLogLoss(truth[i], base[i])
                    : LossFunctions.brier(truth[i], cand[i])
                        - LossFunctions.brier(truth[i], base[i]);
          }
          return meanOf(d);
        }
      default:
        {
          int[] pb = new int[truth.length];
          int[] pc = new int[truth.length];
          for (int i = 0; i < truth.length; i++) {
            pb[i] = base[i] >= thr ? 1 : 0;
            pc[i] = cand[i] >= thr ? 1 : 0;
          }
          return w -> {
            ConfusionMatrix b = weightedConfusion(2, truth, pb, w);
            ConfusionMatrix c = weightedConfusion(2, truth, pc, w);
            switch (metric) {
              case PRECISION:
                return c.precision(1, conf).value() - b.precision(1, conf).value();
              case RECALL:
                return c.recall(1, conf).value() - b.recall(1, conf).value();
              case F1:
                return c.f1(1, conf).value() - b.f1(1, conf).value();
              default:
                throw new IllegalStateException("no weighted statistic for " + metric);
            }
          };
        }
    }
  }

  private static ConfusionMatrix weightedConfusion(
      int classes, int[] truth, int[] predicted, int[] w) {
    long[] counts = new long[classes * classes];
    for (int i = 0; i < truth.length; i++) {
      counts[truth[i] * classes + predicted[i]] += w[i];
    }
    return ConfusionMatrix.ofCounts(classes, counts);
  }

  private static PairedBootstrap.WeightedStatistic meanOf(double[] d) {
    return new PairedBootstrap.WeightedStatistic() {
      @Override
      public double apply(int[] weights) {
        return weightedMean(d, weights, false);
      }

      @Override
      public double[] influence() {
        return d.clone();
      }
    };
  }

  private static double weightedMean(double[] v, int[] w, boolean square) {
    double sum = 0;
    long total = 0;
    for (int i = 0; i < v.length; i++) {
      if (w[i] != 0) {
        sum += w[i] * (square ? v[i] * v[i] : v[i]);
        total += w[i];
      }
    }
    return sum / total;
  }

  private static double weightedR2(double[] y, double[] pred, int[] w) {
    double total = 0;
    double sumY = 0;
    for (int i = 0; i < y.length; i++) {
      total += w[i];
      sumY += w[i] * y[i];
    }
    double mean = sumY / total;
    double sse = 0;
    double sst = 0;
    for (int i = 0; i < y.length; i++) {
      if (w[i] != 0) {
        double e = pred[i] - y[i];
        double d = y[i] - mean;
        sse += w[i] * e * e;
        sst += w[i] * d * d;
      }
    }
    return 1 - sse / sst;
  }

  // ---- validation helpers shared by the package ---------------------------------------------

  static void requireLength(int expected, int actual, String name) {
    if (expected != actual) {
      throw new IllegalArgumentException(
          name + " has " + actual + " rows but truth has " + expected);
    }
  }

  private static void requireRows(int n) {
    if (n == 0) {
      throw new IllegalArgumentException("a comparison needs at least one row");
    }
  }

  private static void requireFinite(double v, String name, int row) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(
          name + (row >= 0 ? "[" + row + "]" : "") + " must be finite but was " + v);
    }
  }
}
