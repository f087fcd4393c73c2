package org.leanml.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.metric.Metric;
import org.leanml.core.metric.Scorer;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.run.ProgressListener;
import org.leanml.core.split.Splits;
import org.leanml.core.split.TrainTestSplit;
import org.leanml.core.table.Table;
import org.leanml.core.tuning.Parameter;
import org.leanml.core.tuning.SearchSpace;
import org.leanml.core.tuning.SearchStrategy;
import org.leanml.core.tuning.Tuner;
import org.leanml.core.tuning.TuningResult;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.MemberTuner;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;
import org.leanml.eval.drift.ReferenceSummaries;
import org.leanml.eval.history.FrozenSet;
import org.leanml.eval.history.HistoryComparison;
import org.leanml.eval.history.HistoryEntry;
import org.leanml.eval.history.HistoryResult;
import org.leanml.eval.history.VersionPredictions;
import org.leanml.eval.label.LabellingQueue;
import org.leanml.eval.label.Selection;
import org.leanml.eval.label.SelectionStrategy;
import org.leanml.eval.metric.BinaryMetrics;
import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.MetricValues;
import org.leanml.eval.metric.RankedScores;
import org.leanml.eval.report.ComparisonReport;
import org.leanml.eval.rollout.Arm;
import org.leanml.eval.rollout.RampSchedule;
import org.leanml.eval.rollout.RolloutMode;
import org.leanml.eval.rollout.TrafficSplitter;
import org.leanml.eval.sequential.Assessment;
import org.leanml.eval.sequential.Decision;
import org.leanml.eval.sequential.Design;
import org.leanml.eval.sequential.MixtureSprt;
import org.leanml.eval.sequential.SequentialExperiment;
import org.leanml.examples.Spambase;
import org.leanml.registry.ModelRef;
import org.leanml.registry.ModelRegistry;
import org.leanml.registry.ModelVersion;
import org.leanml.registry.Registration;
import org.leanml.registry.VersionStatus;
import org.leanml.tribuo.TribuoModels;

/**
 * The whole LeanML loop on the bundled UCI Spambase data, as the README's first command runs it.
 *
 * <ol>
 *   <li>ETL: load, validate against the input and output contracts, split (stratified, seeded) into
 *       training rows (40%), a frozen evaluation set (20%) and a held-back live stream (40%); every
 *       part is fingerprinted.
 *   <li>Version 1: a stacked ensemble with one tuned logistic-regression sub-model on the 48
 *       word-frequency features, registered and promoted to {@code champion}.
 *   <li>Version 2 answers "do character frequencies add signal?": the champion is extended (the
 *       word member frozen) with a sub-model on the 6 character features, regression-tested against
 *       every earlier version on the frozen set ({@link HistoryComparison}: AUC, DeLong, margin
 *       {@value #AUC_MARGIN}; the gate passes when the candidate passes against the champion and
 *       regresses against no earlier version; a {@link ComparisonReport} per candidate is written
 *       as {@code regression-vN.md} and {@code .html}), and, if the gate passes, canaried on the
 *       live stream: each row is routed by a {@link TrafficSplitter} (unit id = row index); rows
 *       routed to the candidate are scored by both versions and their per-row errors observed as
 *       pairs by an always-valid {@link MixtureSprt} (non-inferiority, error-rate margin {@value
 *       #CANARY_MARGIN}) until it decides or the stream ends. {@code PROMOTE} moves {@code
 *       champion}; {@code ROLLBACK}, or a stream that ends undecided, archives the candidate with
 *       the reason.
 *   <li>Version 3 does the same with the 3 capital-run-length features.
 *   <li>Drift between the training rows and the live stream, starting from the reference summary of
 *       the training rows stored with the champion ({@link ReferenceSummaries}; every version is
 *       registered with it), and a labelling queue of the live rows the champion is least sure
 *       about and where it disagrees most with the latest other version ({@link LabellingQueue},
 *       uncertainty and disagreement).
 *   <li>Reports: {@code report.md} and a self-contained {@code report.html} (inline SVG charts),
 *       and the registry, in the output directory.
 * </ol>
 *
 * <p>Deterministic for a seed: every split, tuning run, fold assignment, bootstrap and traffic
 * assignment is seeded, and results do not depend on the executor's threads. Library code: it never
 * prints; progress goes to a {@link ProgressListener}.
 */
public final class Demo {
  /** The model's name in the registry. */
  public static final String MODEL = "spambase";

  /** The AUC margin of the regression gate. */
  public static final double AUC_MARGIN = 0.005;

  /** The error-rate margin of the canary's non-inferiority test. */
  public static final double CANARY_MARGIN = 0.02;

  /** The marker file that identifies a directory written by the demo. */
  public static final String MARKER = ".leanml-demo";

  private static final int QUEUE_SIZE = 20;

  private final long seed;
  private final DemoSetting setting;
  private final ProgressListener listener;
  private final Clock clock;
  private final Executor executor;

  private Demo(
      long seed, DemoSetting setting, ProgressListener listener, Clock clock, Executor executor) {
    this.seed = seed;
    this.setting = Objects.requireNonNull(setting, "setting");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * The demo with seed 42, the {@link DemoSetting#FULL full} setting, no listener, the UTC system
   * clock and the common fork-join pool.
   *
   * @return the demo
   */
  public static Demo withDefaults() {
    return new Demo(
        42L, DemoSetting.FULL, ProgressListener.NONE, Clock.systemUTC(), ForkJoinPool.commonPool());
  }

  /**
   * With another seed.
   *
   * @param newSeed the seed of every random choice
   * @return a copy
   */
  public Demo withSeed(long newSeed) {
    return new Demo(newSeed, setting, listener, clock, executor);
  }

  /**
   * With another setting.
   *
   * @param newSetting full or quick
   * @return a copy
   * @throws NullPointerException if the setting is null
   */
  public Demo with(DemoSetting newSetting) {
    return new Demo(seed, newSetting, listener, clock, executor);
  }

  /**
   * With a progress listener; stages are named after the demo's steps.
   *
   * @param newListener the listener
   * @return a copy
   * @throws NullPointerException if the listener is null
   */
  public Demo withListener(ProgressListener newListener) {
    return new Demo(seed, setting, newListener, clock, executor);
  }

  /**
   * With a clock (registry timestamps).
   *
   * @param newClock the clock
   * @return a copy
   * @throws NullPointerException if the clock is null
   */
  public Demo withClock(Clock newClock) {
    return new Demo(seed, setting, listener, newClock, executor);
  }

  /**
   * With an executor for training, tuning, bootstraps and drift.
   *
   * @param newExecutor the executor
   * @return a copy
   * @throws NullPointerException if the executor is null
   */
  public Demo withExecutor(Executor newExecutor) {
    return new Demo(seed, setting, listener, clock, newExecutor);
  }

  /**
   * Runs the demo, writing the registry and the reports into a directory.
   *
   * @param directory the output directory; created if absent; if it exists it must be empty or a
   *     directory this demo wrote before (it is then overwritten)
   * @return what happened
   * @throws IllegalArgumentException if the directory is a file, or is neither empty nor an earlier
   *     demo's output
   * @throws UncheckedIOException if the directory cannot be written
   */
  public DemoResult run(Path directory) {
    prepare(directory);
    Path registryDir = directory.resolve("registry");

    // 1. ETL and contracts.
    step("ETL and contracts", 0, 3);
    Table data = Spambase.load();
    List<String> features = Spambase.features();
    InputContract shared = InputContract.numeric(features);
    OutputContract output = Spambase.outputContract();
    shared.validate(data).throwIfInvalid("bundled spambase data");
    output.validate(data, InputContract.DEFAULT_MAX_VIOLATIONS).throwIfInvalid("spambase labels");
    step("ETL and contracts", 1, 3);
    TrainTestSplit first = Splits.stratified(data, Spambase.LABEL, 0.6, seed);
    Table train = first.trainOf(data);
    Table rest = first.testOf(data);
    TrainTestSplit second = Splits.stratified(rest, Spambase.LABEL, 2.0 / 3.0, seed + 1);
    Table frozen = second.trainOf(rest);
    Table live = second.testOf(rest);
    step("ETL and contracts", 2, 3);
    DataSplit split =
        new DataSplit(
            data.rowCount(),
            train.rowCount(),
            frozen.rowCount(),
            live.rowCount(),
            Fingerprints.of(data),
            Fingerprints.of(train),
            Fingerprints.of(frozen),
            Fingerprints.of(live));
    step("ETL and contracts", 3, 3);

    int[] frozenTruth = truth(output, frozen);
    FrozenSet frozenSet = FrozenSet.binary(split.evaluation(), frozenTruth);
    int[] liveTruth = truth(output, live);
    EnsembleTrainer trainer =
        EnsembleTrainer.stacking(seed).withFolds(setting.stackingFolds()).withExecutor(executor);

    List<VersionOutcome> outcomes = new ArrayList<>();
    Map<Integer, Ensemble> models = new HashMap<>();
    Map<Integer, double[]> frozenScores = new HashMap<>();
    Map<Integer, double[]> liveScores = new HashMap<>();
    Map<Integer, List<Prediction>> livePredictions = new HashMap<>();
    // The drift reference is summarised once and stored with every version trained on these rows.
    DataSummary reference = DataSummary.of(train.select(features), executor);
    try (ModelRegistry registry =
        ModelRegistry.builder().directory(registryDir).clock(clock).build()) {

      // 2. Version 1: one tuned sub-model on the word frequencies.
      String q1 = "Baseline: how well do the 48 word frequencies alone separate spam?";
      step("v1: tune and train the words sub-model", 0, setting.tuningTrials());
      SubModelSpec words =
          SubModelSpec.projecting(
                  "words", shared, Spambase.WORDS, TribuoModels.logistic().withSeed(seed))
              .withTuner(tuner("v1: tune and train the words sub-model"));
      Ensemble v1 = trainer.train(shared, output, List.of(words), train);
      int champion =
          register(registry, v1, OptionalInt.empty(), q1, split, frozen, frozenTruth, reference)
              .version();
      registry.promote(MODEL, champion, "first version: words sub-model, tuned");
      models.put(champion, v1);
      frozenScores.put(champion, scores(v1, frozen, output));
      livePredictions.put(champion, v1.predictBatch(live));
      liveScores.put(champion, positive(livePredictions.get(champion), output));
      outcomes.add(
          outcome(champion, OptionalInt.empty(), q1, v1, frozenTruth, frozenScores.get(champion))
              .decision("champion")
              .build());

      // 3 and 4. Research tickets: one sub-model each.
      String[][] tickets = {
        {"characters", "Do the 6 character frequencies add signal?"},
        {"capitals", "Do the 3 capital-run-length features add signal?"}
      };
      List<List<String>> groups = List.of(Spambase.CHARACTERS, Spambase.CAPITALS);
      for (int t = 0; t < tickets.length; t++) {
        String member = tickets[t][0];
        String question = tickets[t][1];
        int expected = registry.latest(MODEL).map(ModelVersion::version).orElse(0) + 1;
        String stage = "v" + expected + ": train the " + member + " sub-model";
        step(stage, 0, 1);
        Ensemble base = models.get(champion);
        Ensemble candidate =
            trainer.extend(
                base,
                SubModelSpec.projecting(
                    member, shared, groups.get(t), TribuoModels.logistic().withSeed(seed)),
                train);
        step(stage, 1, 1);
        ModelVersion registered =
            register(
                registry,
                candidate,
                OptionalInt.of(champion),
                question,
                split,
                frozen,
                frozenTruth,
                reference);
        int version = registered.version();
        registry.setAlias(MODEL, ModelRegistry.CANDIDATE, version, question);
        models.put(version, candidate);
        frozenScores.put(version, scores(candidate, frozen, output));
        livePredictions.put(version, candidate.predictBatch(live));
        liveScores.put(version, positive(livePredictions.get(version), output));

        String rstage = "v" + version + ": regression tests";
        step(rstage, 0, 1);
        List<Integer> earlier = new ArrayList<>(frozenScores.keySet());
        earlier.remove(Integer.valueOf(version));
        earlier.sort(Comparator.naturalOrder());
        List<VersionPredictions> history = new ArrayList<>();
        for (int b : earlier) {
          history.add(
              VersionPredictions.ofScores(
                  "v" + b,
                  split.evaluation(),
                  Objects.requireNonNull(frozenScores.get(b), "b comes from the key set")));
        }
        HistoryResult h =
            HistoryComparison.of(
                    frozenSet,
                    VersionPredictions.ofScores(
                        "v" + version, split.evaluation(), frozenScores.get(version)),
                    history)
                .withChampion("v" + champion)
                .configure(
                    c -> c.with(Metric.AUC).withMargin(AUC_MARGIN).withSeed(seed).with(executor))
                .run();
        List<RegressionCheck> checks = new ArrayList<>();
        for (HistoryEntry e : h.entries()) {
          ComparisonResult c = e.comparison();
          checks.add(
              new RegressionCheck(
                  Integer.parseInt(e.version().substring(1)),
                  c.verdict(),
                  c.passed(),
                  c.primaryDiff(),
                  c.primaryPValue()));
        }
        writeComparisonReport(directory, version, h);
        step(rstage, 1, 1);
        boolean gate = h.passed();

        OutcomeBuilder ob =
            outcome(
                    version,
                    OptionalInt.of(champion),
                    question,
                    candidate,
                    frozenTruth,
                    frozenScores.get(version))
                .regressions(checks);
        if (!gate) {
          registry.setStatus(
              MODEL,
              version,
              VersionStatus.ARCHIVED,
              "regression gate failed against " + failed(checks));
          ob.decision("rejected by the regression gate");
        } else {
          CanaryOutcome canary =
              canary(
                  champion, version, liveTruth, liveScores.get(champion), liveScores.get(version));
          ob.canary(canary);
          String reason =
              "canary v"
                  + version
                  + " vs v"
                  + champion
                  + ": "
                  + (canary.decidedByTest()
                      ? canary.finalAssessment().reason()
                      : "undecided when the live stream ended; the champion stays");
          if (canary.decision() == Decision.PROMOTE) {
            registry.promote(MODEL, version, reason);
            champion = version;
            ob.decision("promoted to champion");
          } else {
            registry.setStatus(MODEL, version, VersionStatus.ARCHIVED, reason);
            ob.decision("rolled back");
          }
        }
        outcomes.add(ob.build());
      }

      // 5. Drift and the labelling queue.
      step("drift and labelling queue", 0, 2);
      // A monitor of the deployed version starts from the summary stored with it.
      DataSummary championReference =
          ReferenceSummaries.load(registry, new ModelRef(MODEL, champion));
      DriftReport drift =
          DriftDetector.withDefaults()
              .on(executor)
              .compare(championReference, DataSummary.of(live.select(features), executor));
      step("drift and labelling queue", 1, 2);
      int challenger = champion;
      for (int v : livePredictions.keySet()) {
        if (v != champion && (challenger == champion || v > challenger)) {
          challenger = v;
        }
      }
      List<Selection> queue =
          LabellingQueue.builder(live.select(features), livePredictions.get(champion), output)
              .candidate(
                  Objects.requireNonNull(
                      livePredictions.get(challenger), "challenger comes from the key set"))
              .seed(seed)
              .build()
              .select(QUEUE_SIZE, SelectionStrategy.UNCERTAINTY, SelectionStrategy.DISAGREEMENT);
      step("drift and labelling queue", 2, 2);

      // 6. Reports.
      step("reports", 0, 1);
      Path md = directory.resolve("report.md");
      Path html = directory.resolve("report.html");
      DemoResult result =
          new DemoResult(
              directory, MODEL, split, outcomes, champion, drift, queue, registryDir, md, html);
      try {
        Files.writeString(md, DemoReport.markdown(result), StandardCharsets.UTF_8);
        Files.writeString(html, DemoReport.html(result), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the reports in " + directory, e);
      }
      step("reports", 1, 1);
      return result;
    }
  }

  private void step(String stage, long done, long total) {
    listener.onProgress(stage, done, total);
  }

  private static void prepare(Path directory) {
    try {
      if (Files.exists(directory) && !Files.isDirectory(directory)) {
        throw new IllegalArgumentException(directory + " is a file, not a directory");
      }
      if (Files.isDirectory(directory)) {
        boolean empty;
        try (Stream<Path> s = Files.list(directory)) {
          empty = s.findAny().isEmpty();
        }
        if (!empty && !Files.exists(directory.resolve(MARKER))) {
          throw new IllegalArgumentException(
              directory
                  + " is not empty and was not written by the demo (no "
                  + MARKER
                  + " file); choose another output directory");
        }
        deleteTree(directory.resolve("registry"));
      }
      Files.createDirectories(directory);
      Files.writeString(
          directory.resolve(MARKER), "written by leanml demo\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the output directory " + directory, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> all = new ArrayList<>(s.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }

  private MemberTuner tuner(String stage) {
    return (data, features, output) -> {
      TuningResult r =
          Tuner.builder()
              .name("words-logistic")
              .space(
                  SearchSpace.of(
                      Parameter.logUniform("learningRate", 0.05, 2.0),
                      Parameter.intRange("epochs", 3, 12)))
              .trainer(
                  (p, s) ->
                      TribuoModels.logistic()
                          .withLearningRate(p.getDouble("learningRate"))
                          .withEpochs(p.getInt("epochs"))
                          .withSeed(s))
              .objective(Scorer.logLoss())
              .strategy(SearchStrategy.random(setting.tuningTrials()))
              .folds(setting.tuningFolds())
              .seed(seed)
              .executor(executor)
              .clock(clock)
              .listener((trial, done, total) -> step(stage, done, total))
              .build()
              .tune(data, features, output);
      Map<String, String> text = new TreeMap<>(r.bestParameters());
      text.put("objective", r.metric());
      text.put("cv_score", Double.toString(r.bestScore()));
      text.put("trials", Integer.toString(r.trials().size()));
      return new MemberTuner.Tuned(r.best(), text);
    };
  }

  private ModelVersion register(
      ModelRegistry registry,
      Ensemble model,
      OptionalInt parent,
      String question,
      DataSplit split,
      Table frozen,
      int[] frozenTruth,
      DataSummary reference) {
    double[] score = scores(model, frozen, model.outputContract());
    MetricValues m = BinaryMetrics.evaluate(frozenTruth, score);
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("accuracy", m.value(Metric.ACCURACY));
    metrics.put("auc", m.value(Metric.AUC));
    metrics.put("log_loss", m.value(Metric.LOG_LOSS));
    Map<String, String> tags = new TreeMap<>();
    tags.put("research_question", question);
    tags.put("sub_models", String.join(",", model.memberNames()));
    tags.put("demo_seed", Long.toString(seed));
    tags.put("demo_setting", setting.name());
    tags.put("live_fingerprint", split.live().hex());
    Registration r =
        ReferenceSummaries.attach(Registration.of(MODEL, model), reference)
            .withTrainingData(split.training())
            .withEvaluationData(split.evaluation())
            .withMetrics(metrics)
            .withTags(tags);
    if (parent.isPresent()) {
      r = r.withParent(parent.getAsInt());
    }
    return registry.register(r);
  }

  private static int[] truth(OutputContract output, Table table) {
    int positive = output.positiveIndex();
    int[] classes = output.classIndices(table);
    int[] out = new int[classes.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = classes[i] == positive ? 1 : 0;
    }
    return out;
  }

  private static double[] scores(Predictor model, Table table, OutputContract output) {
    return positive(model.predictBatch(table), output);
  }

  private static double[] positive(List<Prediction> p, OutputContract output) {
    int positive = output.positiveIndex();
    double[] out = new double[p.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = p.get(i).probability(positive);
    }
    return out;
  }

  private OutcomeBuilder outcome(
      int version,
      OptionalInt parent,
      String question,
      Ensemble model,
      int[] truth,
      double[] score) {
    MetricValues m = BinaryMetrics.evaluate(truth, score);
    return new OutcomeBuilder(
        version,
        parent,
        question,
        model.memberNames(),
        m.get(Metric.ACCURACY),
        m.get(Metric.AUC),
        RankedScores.of(truth, score).roc().thin(200));
  }

  private static void writeComparisonReport(Path directory, int version, HistoryResult h) {
    ComparisonReport report = ComparisonReport.of(h);
    try {
      Files.writeString(
          directory.resolve("regression-v" + version + ".md"),
          report.toMarkdown(),
          StandardCharsets.UTF_8);
      Files.writeString(
          directory.resolve("regression-v" + version + ".html"),
          report.toHtml(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the regression report in " + directory, e);
    }
  }

  private static String failed(List<RegressionCheck> checks) {
    List<String> out = new ArrayList<>();
    for (RegressionCheck c : checks) {
      if (!c.passed()) {
        out.add("v" + c.baselineVersion() + " (" + c.verdict() + ")");
      }
    }
    return String.join(", ", out);
  }

  private CanaryOutcome canary(
      int champion, int candidate, int[] truth, double[] championScore, double[] candidateScore) {
    String stage = "canary v" + candidate + " vs v" + champion;
    TrafficSplitter splitter =
        TrafficSplitter.of(
            MODEL + "-v" + candidate + "-canary-" + seed,
            RolloutMode.CANARY,
            RampSchedule.fixed(0.5));
    SequentialExperiment test =
        MixtureSprt.withDefaults().withMargin(CANARY_MARGIN).start(Design.PAIRED);
    Assessment a = test.assessment();
    double[] path = new double[truth.length];
    int units = 0;
    int rows = 0;
    int report = Math.max(1, truth.length / 50);
    for (int i = 0; i < truth.length && !a.isFinal(); i++) {
      rows++;
      if (splitter.route(i) == Arm.CANDIDATE) {
        // The candidate served this row; the champion is scored on it in shadow, so the pair of
        // errors is observed on the same row.
        a = test.observePair(error(truth[i], championScore[i]), error(truth[i], candidateScore[i]));
        path[units++] = a.pValue();
      }
      if (rows % report == 0) {
        step(stage, rows, truth.length);
      }
    }
    step(stage, truth.length, truth.length);
    Decision decision = a.isFinal() ? a.decision() : Decision.ROLLBACK;
    return new CanaryOutcome(champion, candidate, rows, a, decision, Arrays.copyOf(path, units));
  }

  private static double error(int truth, double score) {
    int predicted = score >= BinaryMetrics.DEFAULT_THRESHOLD ? 1 : 0;
    return predicted == truth ? 0 : 1;
  }

  /** Collects a {@link VersionOutcome}. */
  private static final class OutcomeBuilder {
    private final int version;
    private final OptionalInt parent;
    private final String question;
    private final List<String> members;
    private final Estimate accuracy;
    private final Estimate auc;
    private final org.leanml.eval.metric.RocCurve roc;
    private List<RegressionCheck> regressions = List.of();
    private Optional<CanaryOutcome> canary = Optional.empty();
    private String decision = "";

    OutcomeBuilder(
        int version,
        OptionalInt parent,
        String question,
        List<String> members,
        Estimate accuracy,
        Estimate auc,
        org.leanml.eval.metric.RocCurve roc) {
      this.version = version;
      this.parent = parent;
      this.question = question;
      this.members = members;
      this.accuracy = accuracy;
      this.auc = auc;
      this.roc = roc;
    }

    OutcomeBuilder regressions(List<RegressionCheck> checks) {
      this.regressions = checks;
      return this;
    }

    OutcomeBuilder canary(CanaryOutcome c) {
      this.canary = Optional.of(c);
      return this;
    }

    OutcomeBuilder decision(String d) {
      this.decision = d;
      return this;
    }

    VersionOutcome build() {
      return new VersionOutcome(
          version, parent, question, members, accuracy, auc, roc, regressions, canary, decision);
    }
  }
}
