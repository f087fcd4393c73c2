package org.leanml.ensemble.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.split.Splits;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.Table;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.Provenance;
import org.leanml.ensemble.SubModel;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.ensemble.combine.CombinerTrainer;
import org.leanml.ensemble.combine.OutOfFoldPredictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains ensembles and adds members to them without retraining the others.
 *
 * <p>{@link #extend(Ensemble, SubModelSpec, Table)} trains (and, with a tuner, tunes) only the new
 * member, refits only the combiner, and checks that every earlier member's {@linkplain
 * SubModel#fingerprint() fingerprint} is unchanged. {@link #retrainAll} retrains every member and
 * is never called implicitly.
 *
 * <p><b>Out-of-fold outputs.</b> Combiners that learn ({@link CombinerTrainer#learnedWeights()},
 * {@link CombinerTrainer#stacking()}) are fitted on out-of-fold member outputs: for each of {@code
 * k} seeded folds ({@link Splits#stratifiedKFold} for classification, {@link Splits#kFold} for
 * regression), a throw-away copy of each member is fitted on the other folds and predicts the fold,
 * so the combiner never sees a member's in-sample output. The members of the ensemble themselves
 * are fitted once on all rows and never replaced. To produce out-of-fold outputs for an earlier
 * member, the trainer needs its recipe: it remembers the recipe of every member it trained (keyed
 * by member fingerprint) and caches every member's out-of-fold outputs per training table, so
 * extending twice on the same data refits no earlier member at all. Members trained elsewhere (e.g.
 * loaded from a registry) are introduced with {@link #remember(SubModel, SubModelSpec)}.
 *
 * <p><b>Threads.</b> New members, and the fold copies of all members, are trained in parallel on
 * the trainer's {@link Executor}; every task is deterministic, so results never depend on the
 * number of threads. Thread-safe.
 */
public final class EnsembleTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(EnsembleTrainer.class);

  private final CombinerTrainer combinerTrainer;
  private final int folds;
  private final long seed;
  private final Executor executor;
  private final Map<Fingerprint, Recipe> recipes = new ConcurrentHashMap<>();
  private final Map<OofKey, MemberOof> oofCache = new ConcurrentHashMap<>();

  private EnsembleTrainer(
      CombinerTrainer combinerTrainer, int folds, long seed, Executor executor) {
    this.combinerTrainer = Objects.requireNonNull(combinerTrainer, "combinerTrainer");
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2 but was " + folds);
    }
    this.folds = folds;
    this.seed = seed;
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * A trainer that stacks members with the default meta-model over 5 out-of-fold folds, on the
   * common fork-join pool.
   *
   * @param seed the seed of the fold assignment
   * @return the trainer
   */
  public static EnsembleTrainer stacking(long seed) {
    return new EnsembleTrainer(CombinerTrainer.stacking(), 5, seed, ForkJoinPool.commonPool());
  }

  /**
   * A trainer with a given combiner trainer, 5 folds, on the common fork-join pool.
   *
   * @param combiner how the combiner is fitted
   * @param seed the seed of the fold assignment
   * @return the trainer
   */
  public static EnsembleTrainer of(CombinerTrainer combiner, long seed) {
    return new EnsembleTrainer(combiner, 5, seed, ForkJoinPool.commonPool());
  }

  /**
   * This trainer with another number of out-of-fold folds.
   *
   * @param k the number of folds, {@code >= 2}
   * @return a new trainer (with an empty cache)
   * @throws IllegalArgumentException if {@code k < 2}
   */
  public EnsembleTrainer withFolds(int k) {
    return copy(new EnsembleTrainer(combinerTrainer, k, seed, executor));
  }

  /**
   * This trainer running its training tasks on another executor.
   *
   * @param newExecutor the executor ({@code Runnable::run} for the calling thread)
   * @return a new trainer (sharing nothing mutable with this one)
   */
  public EnsembleTrainer withExecutor(Executor newExecutor) {
    return copy(new EnsembleTrainer(combinerTrainer, folds, seed, newExecutor));
  }

  /**
   * This trainer with another combiner trainer.
   *
   * @param combiner how the combiner is fitted
   * @return a new trainer
   */
  public EnsembleTrainer withCombiner(CombinerTrainer combiner) {
    return copy(new EnsembleTrainer(combiner, folds, seed, executor));
  }

  private EnsembleTrainer copy(EnsembleTrainer t) {
    t.recipes.putAll(recipes);
    return t;
  }

  /**
   * Records the recipe of a member trained elsewhere, so that {@link #extend} can produce its
   * out-of-fold outputs. The recipe is used only for throw-away fold copies; the member itself is
   * never refitted.
   *
   * @param member the member
   * @param spec the recipe it was trained with (its tuner, if any, is not re-run: fold copies use
   *     {@code spec.modeling()})
   * @return this trainer
   * @throws IllegalStateException if the member's predictor has no installed codec
   */
  public EnsembleTrainer remember(SubModel member, SubModelSpec spec) {
    recipes.put(member.fingerprint(), new Recipe(spec.features(), spec.modeling()));
    return this;
  }

  /**
   * Trains a first ensemble: every member on all rows (in parallel), then the combiner.
   *
   * @param shared the shared input contract
   * @param output the shared output contract; its label column must be in {@code data}
   * @param specs the members' recipes
   * @param data the training table
   * @return the ensemble
   * @throws IllegalArgumentException if there is no spec, names repeat or a member does not fit the
   *     contracts
   * @throws org.leanml.core.contract.ContractViolationException if the data break a contract
   */
  public Ensemble train(
      InputContract shared, OutputContract output, List<SubModelSpec> specs, Table data) {
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one member spec");
    }
    checkUniqueNames(List.of(), specs);
    output.validate(data, InputContract.DEFAULT_MAX_VIOLATIONS).throwIfInvalid("training labels");
    Fingerprint dataFp = Fingerprints.of(data);
    List<SubModel> members = trainAll(specs, data, output, dataFp);
    Combiner combiner = fitCombiner(members, output, data, dataFp);
    LOG.info("trained ensemble of {} members with {}", members.size(), combiner.kind());
    return Ensemble.of(shared, output, members, combiner);
  }

  /**
   * Adds one member: trains only it, refits only the combiner, and proves that every earlier member
   * is byte-identical by comparing fingerprints before and after.
   *
   * @param base the ensemble to extend (unchanged)
   * @param spec the new member's recipe
   * @param data the training table
   * @return the extended ensemble, with {@code base}'s missing-input policy
   * @throws IllegalArgumentException if the name is taken or the member does not fit the contracts
   * @throws IllegalStateException if an earlier member's recipe is unknown and the combiner needs
   *     out-of-fold outputs, or (a bug) an earlier member changed
   */
  public Ensemble extend(Ensemble base, SubModelSpec spec, Table data) {
    return extend(base, List.of(spec), data);
  }

  /**
   * Adds several members, trained in parallel; otherwise as {@link #extend(Ensemble, SubModelSpec,
   * Table)}.
   *
   * @param base the ensemble to extend (unchanged)
   * @param specs the new members' recipes
   * @param data the training table
   * @return the extended ensemble
   * @throws IllegalArgumentException if a name is taken or repeats, or a member does not fit
   * @throws IllegalStateException if an earlier member's recipe is unknown and the combiner needs
   *     out-of-fold outputs, or (a bug) an earlier member changed
   */
  public Ensemble extend(Ensemble base, List<SubModelSpec> specs, Table data) {
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("extend needs at least one new member spec");
    }
    checkUniqueNames(base.memberNames(), specs);
    OutputContract output = base.outputContract();
    output.validate(data, InputContract.DEFAULT_MAX_VIOLATIONS).throwIfInvalid("training labels");
    Map<String, Fingerprint> before = base.memberFingerprints();
    Fingerprint dataFp = Fingerprints.of(data);
    List<SubModel> added = trainAll(specs, data, output, dataFp);
    List<SubModel> all = new ArrayList<>(base.members());
    all.addAll(added);
    Combiner combiner = fitCombiner(all, output, data, dataFp);
    Ensemble result =
        Ensemble.of(base.inputContract(), output, all, combiner).with(base.missingInputPolicy());
    Map<String, Fingerprint> after = result.memberFingerprints();
    for (Map.Entry<String, Fingerprint> e : before.entrySet()) {
      if (!e.getValue().equals(after.get(e.getKey()))) {
        throw new IllegalStateException(
            "member '"
                + e.getKey()
                + "' changed while extending: fingerprint "
                + e.getValue().shortHex()
                + " became "
                + after.get(e.getKey()));
      }
    }
    LOG.info(
        "extended ensemble {} with {}; {} earlier members unchanged",
        base.memberNames(),
        added.stream().map(SubModel::name).toList(),
        before.size());
    return result;
  }

  /**
   * Retrains every member of an ensemble from its recipe, and the combiner. Never the default:
   * {@link #extend} keeps earlier members frozen.
   *
   * @param base the ensemble whose members' recipes are known to this trainer
   * @param data the training table
   * @return a new ensemble with the same member names
   * @throws IllegalStateException if a member's recipe is unknown
   */
  public Ensemble retrainAll(Ensemble base, Table data) {
    List<SubModelSpec> specs = new ArrayList<>();
    for (SubModel s : base.members()) {
      Recipe r = recipeOf(s);
      specs.add(SubModelSpec.of(s.name(), r.features, r.modeling));
    }
    return train(base.inputContract(), base.outputContract(), specs, data)
        .with(base.missingInputPolicy());
  }

  private static void checkUniqueNames(List<String> existing, List<SubModelSpec> specs) {
    Set<String> names = new HashSet<>(existing);
    for (SubModelSpec s : specs) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "member name '" + s.name() + "' is already taken; names must be unique");
      }
    }
  }

  private List<SubModel> trainAll(
      List<SubModelSpec> specs, Table data, OutputContract output, Fingerprint dataFp) {
    List<Supplier<SubModel>> tasks = new ArrayList<>();
    for (SubModelSpec spec : specs) {
      tasks.add(() -> trainMember(spec, data, output, dataFp));
    }
    return runAll(tasks);
  }

  private SubModel trainMember(
      SubModelSpec spec, Table data, OutputContract output, Fingerprint dataFp) {
    FittedFeatures fitted = spec.features().fit(data);
    Table x = memberTable(fitted, data, output);
    Modeling modeling = spec.modeling();
    Map<String, String> tuning = Map.of();
    if (spec.tuner() != null) {
      MemberTuner.Tuned tuned = spec.tuner().tune(x, fitted.produces(), output);
      modeling = tuned.modeling();
      tuning = tuned.result();
    }
    Predictor predictor = modeling.fit(x, fitted.produces(), output);
    Map<String, String> config = new TreeMap<>(modeling.configuration());
    config.put("stage", modeling.name());
    SubModel member =
        SubModel.of(spec.name(), fitted, predictor, new Provenance(config, dataFp, tuning))
            // Canonical, so that the member's bytes (and fingerprint) survive storage unchanged.
            .canonical();
    recipes.put(member.fingerprint(), new Recipe(spec.features(), modeling));
    LOG.debug("trained member '{}' ({})", spec.name(), modeling.name());
    return member;
  }

  private static Table memberTable(FittedFeatures fitted, Table data, OutputContract output) {
    Table x = fitted.transform(data);
    return x.withColumn(data.column(output.labelColumn()));
  }

  private Combiner fitCombiner(
      List<SubModel> members, OutputContract output, Table data, Fingerprint dataFp) {
    if (!combinerTrainer.needsOutOfFold()) {
      return combinerTrainer.fit(OutOfFoldPredictions.none(output, members.size()));
    }
    int rows = data.rowCount();
    int width = output.isClassification() ? output.labels().size() : 1;
    double[] truth = new double[rows];
    int[] classes = null;
    if (output.isClassification()) {
      classes = output.classIndices(data);
      for (int r = 0; r < rows; r++) {
        truth[r] = classes[r];
      }
    } else {
      for (int r = 0; r < rows; r++) {
        truth[r] = data.numeric(output.labelColumn()).get(r);
      }
    }
    int[] fold =
        (output.isClassification()
                ? Splits.stratifiedKFold(data, output.labelColumn(), folds, seed)
                : Splits.kFold(rows, folds, seed))
            .assignment();
    List<MemberOof> oofs = memberOofs(members, output, data, dataFp, fold);
    double[][] outputs = new double[rows][members.size() * width];
    boolean[][] present = new boolean[rows][members.size()];
    for (int m = 0; m < members.size(); m++) {
      MemberOof o = oofs.get(m);
      for (int r = 0; r < rows; r++) {
        present[r][m] = o.present[r];
        System.arraycopy(o.outputs, r * width, outputs[r], m * width, width);
      }
    }
    return combinerTrainer.fit(
        new OutOfFoldPredictions(output, members.size(), outputs, present, truth), executor);
  }

  private List<MemberOof> memberOofs(
      List<SubModel> members, OutputContract output, Table data, Fingerprint dataFp, int[] fold) {
    int n = members.size();
    MemberOof[] result = new MemberOof[n];
    List<Supplier<double[][]>> tasks = new ArrayList<>();
    List<int[]> taskIndex = new ArrayList<>();
    OofKey[] keys = new OofKey[n];
    Recipe[] recipeOf = new Recipe[n];
    for (int m = 0; m < n; m++) {
      SubModel s = members.get(m);
      keys[m] = new OofKey(s.fingerprint(), dataFp, folds, seed);
      MemberOof cached = oofCache.get(keys[m]);
      if (cached != null) {
        result[m] = cached;
        continue;
      }
      recipeOf[m] = recipeOf(s);
      for (int f = 0; f < folds; f++) {
        int member = m;
        int k = f;
        tasks.add(() -> foldOutputs(recipeOf[member], data, output, fold, k));
        taskIndex.add(new int[] {m, f});
      }
    }
    List<double[][]> done = runAll(tasks);
    int width = output.isClassification() ? output.labels().size() : 1;
    for (int m = 0; m < n; m++) {
      if (result[m] != null) {
        continue;
      }
      double[] outputs = new double[data.rowCount() * width];
      boolean[] present = new boolean[data.rowCount()];
      for (int t = 0; t < taskIndex.size(); t++) {
        if (taskIndex.get(t)[0] != m) {
          continue;
        }
        double[][] part = done.get(t);
        // part[0]: row indices (as doubles), part[1]: flat outputs, NaN where absent
        for (int i = 0; i < part[0].length; i++) {
          int r = (int) part[0][i];
          boolean ok = !Double.isNaN(part[1][i * width]);
          present[r] = ok;
          System.arraycopy(part[1], i * width, outputs, r * width, width);
        }
      }
      result[m] = new MemberOof(outputs, present);
      oofCache.put(keys[m], result[m]);
    }
    return List.of(result);
  }

  /** Fits a throw-away copy on the other folds and predicts fold {@code k}. */
  private static double[][] foldOutputs(
      Recipe recipe, Table data, OutputContract output, int[] fold, int k) {
    int inFold = 0;
    for (int f : fold) {
      inFold += f == k ? 1 : 0;
    }
    int[] train = new int[fold.length - inFold];
    int[] test = new int[inFold];
    for (int r = 0, a = 0, b = 0; r < fold.length; r++) {
      if (fold[r] == k) {
        test[b++] = r;
      } else {
        train[a++] = r;
      }
    }
    Table trainTable = data.rows(train);
    FittedFeatures fitted = recipe.features.fit(trainTable);
    Predictor p =
        recipe.modeling.fit(memberTable(fitted, trainTable, output), fitted.produces(), output);
    int width = output.isClassification() ? output.labels().size() : 1;
    double[] rowsOut = new double[test.length];
    double[] outputs = new double[test.length * width];
    java.util.Arrays.fill(outputs, Double.NaN);
    // Predict only the test rows holding every input the member needs; the others stay absent.
    List<String> needed = fitted.requires().names();
    List<Integer> complete = new ArrayList<>();
    for (int i = 0; i < test.length; i++) {
      rowsOut[i] = test[i];
      boolean ok = true;
      for (String c : needed) {
        ok &= data.hasColumn(c) && !data.column(c).isMissing(test[i]);
      }
      if (ok) {
        complete.add(i);
      }
    }
    int[] sel = new int[complete.size()];
    for (int i = 0; i < sel.length; i++) {
      sel[i] = test[complete.get(i)];
    }
    List<Prediction> preds = p.predictBatch(fitted.transform(data.rows(sel)));
    int[] map = null;
    if (output.isClassification()) {
      map = new int[width];
      for (int c = 0; c < width; c++) {
        map[c] = p.outputContract().labels().indexOf(output.labels().get(c));
      }
    }
    for (int j = 0; j < sel.length; j++) {
      int i = complete.get(j);
      Prediction pr = preds.get(j);
      if (map == null) {
        outputs[i] = pr.value();
      } else {
        for (int c = 0; c < width; c++) {
          outputs[i * width + c] = pr.probability(map[c]);
        }
      }
    }
    return new double[][] {rowsOut, outputs};
  }

  private Recipe recipeOf(SubModel s) {
    Recipe r = recipes.get(s.fingerprint());
    if (r == null) {
      throw new IllegalStateException(
          "member '"
              + s.name()
              + "' was not trained by this trainer, so its out-of-fold outputs cannot be"
              + " produced; introduce its recipe with remember(member, spec)");
    }
    return r;
  }

  private <T> List<T> runAll(List<Supplier<T>> tasks) {
    List<CompletableFuture<T>> futures = new ArrayList<>(tasks.size());
    for (Supplier<T> t : tasks) {
      futures.add(CompletableFuture.supplyAsync(t, executor));
    }
    List<T> out = new ArrayList<>(tasks.size());
    RuntimeException first = null;
    for (CompletableFuture<T> f : futures) {
      try {
        out.add(f.join());
      } catch (CompletionException e) {
        out.add(null);
        if (first == null) {
          first =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException("training task failed", e.getCause());
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return out;
  }

  /** How a member was made: enough to fit throw-away fold copies. */
  private static final class Recipe {
    final FeatureExtraction features;
    final Modeling modeling;

    Recipe(FeatureExtraction features, Modeling modeling) {
      this.features = features;
      this.modeling = modeling;
    }
  }

  private record OofKey(Fingerprint member, Fingerprint data, int folds, long seed) {}

  /** One member's out-of-fold outputs over all training rows. */
  private static final class MemberOof {
    final double[] outputs;
    final boolean[] present;

    MemberOof(double[] outputs, boolean[] present) {
      this.outputs = outputs;
      this.present = present;
    }
  }
}
