package org.leanml.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.contract.Violation;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.ensemble.combine.Attribution;
import org.leanml.ensemble.combine.Combiner;

/**
 * An immutable ensemble of {@link SubModel}s with one shared {@link InputContract}, one shared
 * {@link OutputContract} and a {@link Combiner}. It is itself a {@link Predictor}.
 *
 * <p>{@link #with(SubModel)}, {@link #without(String)} and the other {@code with} methods return
 * new ensembles sharing the (immutable) members; the original is never changed.
 *
 * <p><b>Prediction path.</b> For each table it sees, the ensemble resolves once, per member, the
 * column indices of the inputs the member needs (cached for the last table). Per row it checks
 * those cells for missing values, calls each member's predictor directly (a member behind a {@link
 * ColumnProjection} reads the shared row itself, nothing copied), reorders class probabilities to
 * the ensemble's label order through a precomputed map, and hands one flat array to the combiner.
 * No feature names, maps or strings are touched per row. {@link #predictBatch} runs the same
 * per-row path over blocks of rows on the ensemble's {@link Executor}, so its results equal the
 * single-row results exactly, whatever the number of threads.
 *
 * <p><b>Missing inputs.</b> When a row lacks a value (or the table a column) a member needs, the
 * {@link MissingInputPolicy} decides: the member abstains and the combiner renormalises over the
 * others (default), or prediction fails. Either way the error names row, column and member; a
 * member predictor is never called with a missing input.
 */
public final class Ensemble implements Predictor {
  private static final int BLOCK_ROWS = 256;

  private final InputContract input;
  private final OutputContract output;
  private final List<SubModel> members;
  private final Combiner combiner;
  private final MissingInputPolicy policy;
  private final Executor executor;

  private final int width;
  private final Predictor[] predictors;
  private final int[][] labelMaps;
  private final boolean[] passThrough;
  private final String[][] required;
  private final int[] slot;
  private volatile @Nullable Binding binding;

  private Ensemble(
      InputContract input,
      OutputContract output,
      List<SubModel> members,
      Combiner combiner,
      MissingInputPolicy policy,
      Executor executor) {
    this.input = Objects.requireNonNull(input, "input");
    this.output = Objects.requireNonNull(output, "output");
    this.members = List.copyOf(members);
    this.combiner = Objects.requireNonNull(combiner, "combiner");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (this.members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one member");
    }
    int n = this.members.size();
    this.width = output.isClassification() ? output.labels().size() : 1;
    this.predictors = new Predictor[n];
    this.labelMaps = new int[n][];
    this.passThrough = new boolean[n];
    this.required = new String[n][];
    Map<String, Integer> seen = new HashMap<>();
    for (int m = 0; m < n; m++) {
      SubModel s = this.members.get(m);
      Integer before = seen.put(s.name(), m);
      if (before != null) {
        throw new IllegalArgumentException(
            "member name '"
                + s.name()
                + "' appears twice (positions "
                + before
                + " and "
                + m
                + ")");
      }
      OutputContract mo = s.predictor().outputContract();
      String difference = mo.differenceFrom(output);
      if (difference != null) {
        throw new IllegalArgumentException(
            "member '" + s.name() + "' has another output domain than the ensemble: " + difference);
      }
      for (FeatureSpec need : s.requires().features()) {
        Optional<FeatureSpec> have = input.feature(need.name());
        if (have.isEmpty()) {
          throw new IllegalArgumentException(
              "member '"
                  + s.name()
                  + "' needs input '"
                  + need.name()
                  + "', which is not in the shared input contract "
                  + input.names());
        }
        if (have.get().type() != need.type()) {
          throw new IllegalArgumentException(
              "member '"
                  + s.name()
                  + "' needs input '"
                  + need.name()
                  + "' as "
                  + need.type()
                  + " but the shared input contract has it as "
                  + have.get().type());
        }
      }
      predictors[m] = s.predictor();
      passThrough[m] = s.features() instanceof ColumnProjection;
      required[m] = s.requires().names().toArray(new String[0]);
      labelMaps[m] = labelMap(mo, output);
    }
    this.slot = new int[n];
    for (int m = 0; m < n; m++) {
      slot[m] = m;
    }
    if (combiner.symmetric()) {
      // A symmetric combiner sees members in name order, so that floating-point sums, and with
      // them the predictions, are bit-identical whatever order the members were given in.
      List<String> sorted = new ArrayList<>(seen.keySet());
      java.util.Collections.sort(sorted);
      for (int m = 0; m < n; m++) {
        slot[m] = sorted.indexOf(this.members.get(m).name());
      }
    }
    try {
      combiner.checkFits(n, output);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("combiner " + combiner.kind() + ": " + e.getMessage(), e);
    }
  }

  private static int @Nullable [] labelMap(OutputContract member, OutputContract ensemble) {
    if (!ensemble.isClassification() || member.labels().equals(ensemble.labels())) {
      return null;
    }
    int[] map = new int[ensemble.labels().size()];
    for (int c = 0; c < map.length; c++) {
      map[c] = member.labels().indexOf(ensemble.labels().get(c));
    }
    return map;
  }

  /**
   * An ensemble; missing inputs make members abstain, batches run on the common fork-join pool.
   *
   * @param input the shared input contract: every input any member needs
   * @param output the shared output contract
   * @param members the members, in order
   * @param combiner how member outputs are combined
   * @return the ensemble
   * @throws IllegalArgumentException if there is no member, a name repeats, a member's output
   *     domain differs from {@code output}, a member needs an input missing from {@code input} (or
   *     of another type), or the combiner does not fit (e.g. weights do not match the members); the
   *     message names the member and the problem
   */
  public static Ensemble of(
      InputContract input, OutputContract output, List<SubModel> members, Combiner combiner) {
    return new Ensemble(
        input, output, members, combiner, MissingInputPolicy.ABSTAIN, ForkJoinPool.commonPool());
  }

  /**
   * The smallest shared input contract for some members: every feature any of them needs, in order
   * of first appearance.
   *
   * @param members the members
   * @return the union of their required contracts
   * @throws IllegalArgumentException if two members need the same feature with different specs
   */
  public static InputContract sharedInputOf(List<SubModel> members) {
    Map<String, FeatureSpec> specs = new LinkedHashMap<>();
    for (SubModel s : members) {
      for (FeatureSpec f : s.requires().features()) {
        FeatureSpec prior = specs.putIfAbsent(f.name(), f);
        if (prior != null && !prior.equals(f)) {
          throw new IllegalArgumentException(
              "member '"
                  + s.name()
                  + "' needs '"
                  + f.name()
                  + "' as "
                  + f
                  + " but another as "
                  + prior);
        }
      }
    }
    return new InputContract(new ArrayList<>(specs.values()));
  }

  /**
   * This ensemble with another member appended, keeping the combiner (which must accept a new
   * member without refitting: mean, majority vote).
   *
   * @param member the new member
   * @return a new ensemble
   * @throws IllegalStateException if the combiner needs refitting for a new member
   * @throws IllegalArgumentException if the member does not fit (see {@link #of})
   */
  public Ensemble with(SubModel member) {
    return with(member, combiner.withAddedMember());
  }

  /**
   * This ensemble with another member appended and a new combiner.
   *
   * @param member the new member
   * @param newCombiner the combiner for all members
   * @return a new ensemble
   * @throws IllegalArgumentException if the member or the combiner does not fit (see {@link #of})
   */
  public Ensemble with(SubModel member, Combiner newCombiner) {
    List<SubModel> ms = new ArrayList<>(members);
    ms.add(Objects.requireNonNull(member, "member"));
    return new Ensemble(input, output, ms, newCombiner, policy, executor);
  }

  /**
   * This ensemble without one member, adapting the combiner (a weighted mean drops the weight).
   *
   * @param name the member's name
   * @return a new ensemble
   * @throws IllegalArgumentException if there is no such member or it is the only one
   * @throws IllegalStateException if the combiner cannot drop a member without refitting
   */
  public Ensemble without(String name) {
    int index = indexOf(name);
    return without(name, combiner.withoutMember(index));
  }

  /**
   * This ensemble without one member and with a new combiner.
   *
   * @param name the member's name
   * @param newCombiner the combiner for the remaining members
   * @return a new ensemble
   * @throws IllegalArgumentException if there is no such member, it is the only one, or the
   *     combiner does not fit
   */
  public Ensemble without(String name, Combiner newCombiner) {
    int index = indexOf(name);
    if (members.size() == 1) {
      throw new IllegalArgumentException("cannot remove '" + name + "', the only member");
    }
    List<SubModel> ms = new ArrayList<>(members);
    ms.remove(index);
    return new Ensemble(input, output, ms, newCombiner, policy, executor);
  }

  /**
   * This ensemble with another combiner.
   *
   * @param newCombiner the combiner
   * @return a new ensemble
   * @throws IllegalArgumentException if the combiner does not fit the members
   */
  public Ensemble withCombiner(Combiner newCombiner) {
    return new Ensemble(input, output, members, newCombiner, policy, executor);
  }

  /**
   * This ensemble with another missing-input policy.
   *
   * @param newPolicy the policy
   * @return a new ensemble
   */
  public Ensemble with(MissingInputPolicy newPolicy) {
    return new Ensemble(input, output, members, combiner, newPolicy, executor);
  }

  /**
   * This ensemble running batch predictions on another executor ({@code Runnable::run} for the
   * calling thread only). Results never depend on the executor.
   *
   * @param newExecutor the executor
   * @return a new ensemble
   */
  public Ensemble withExecutor(Executor newExecutor) {
    return new Ensemble(input, output, members, combiner, policy, newExecutor);
  }

  private int indexOf(String name) {
    for (int m = 0; m < members.size(); m++) {
      if (members.get(m).name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no member '" + name + "'; members are " + memberNames());
  }

  /**
   * The members, in order.
   *
   * @return an unmodifiable list
   */
  public List<SubModel> members() {
    return members;
  }

  /**
   * The member names, in order.
   *
   * @return a new list
   */
  public List<String> memberNames() {
    List<String> names = new ArrayList<>(members.size());
    for (SubModel s : members) {
      names.add(s.name());
    }
    return names;
  }

  /**
   * A member by name.
   *
   * @param name the name
   * @return the member, or empty
   */
  public Optional<SubModel> member(String name) {
    for (SubModel s : members) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The combiner.
   *
   * @return the combiner
   */
  public Combiner combiner() {
    return combiner;
  }

  /**
   * The missing-input policy.
   *
   * @return the policy
   */
  public MissingInputPolicy missingInputPolicy() {
    return policy;
  }

  /**
   * Each member's fingerprint, in member order.
   *
   * @return member name to fingerprint
   * @throws IllegalStateException if a member's predictor has no installed codec
   */
  public Map<String, Fingerprint> memberFingerprints() {
    Map<String, Fingerprint> out = new LinkedHashMap<>();
    for (SubModel s : members) {
      out.put(s.name(), s.fingerprint());
    }
    return out;
  }

  @Override
  public InputContract inputContract() {
    return input;
  }

  @Override
  public OutputContract outputContract() {
    return output;
  }

  /**
   * Predicts one row.
   *
   * @param row a row of a table holding the shared inputs
   * @return the combined prediction
   * @throws ContractViolationException if a member's input is missing under {@link
   *     MissingInputPolicy#FAIL}, or no member can predict the row, naming row, columns and members
   */
  @Override
  public Prediction predict(Row row) {
    Binding b = bind(row.table());
    int n = members.size();
    double[] outputs = new double[n * width];
    boolean[] present = new boolean[n];
    collect(row, b, outputs, present, null);
    double[] out = new double[width];
    combiner.combine(outputs, present, out);
    return toPrediction(out);
  }

  /**
   * Explains one row's prediction: each member's output and contribution.
   *
   * @param row a row of a table holding the shared inputs
   * @return the explanation; its prediction equals {@link #predict(Row)}
   * @throws ContractViolationException as {@link #predict(Row)}
   */
  public Explanation explain(Row row) {
    Binding b = bind(row.table());
    int n = members.size();
    double[] outputs = new double[n * width];
    boolean[] present = new boolean[n];
    Prediction[] own = new Prediction[n];
    collect(row, b, outputs, present, own);
    double[] out = new double[width];
    combiner.combine(outputs, present, out);
    Attribution attribution = combiner.attribute(outputs, present, width);
    List<Explanation.MemberOutput> parts = new ArrayList<>(n);
    double[][] byMember = new double[n][];
    for (int m = 0; m < n; m++) {
      // Outputs and attributions are held in combiner slot order; report them in member order.
      int k = slot[m];
      Prediction p = own[m];
      if (p != null && output.isClassification()) {
        p = Prediction.ofProbabilities(Arrays.copyOfRange(outputs, k * width, (k + 1) * width));
      }
      byMember[m] = attribution.contribution(k);
      parts.add(new Explanation.MemberOutput(members.get(m).name(), p, byMember[m]));
    }
    return new Explanation(
        toPrediction(out),
        new Attribution(attribution.scale(), attribution.baseline(), byMember),
        parts);
  }

  /**
   * Predicts every row, in blocks of rows run on the ensemble's executor; equal, prediction for
   * prediction, to calling {@link #predict(Row)} on each row.
   *
   * @param table a table holding the shared inputs
   * @return one prediction per row, in row order
   * @throws ContractViolationException as {@link #predict(Row)}, for the first failing row
   */
  @Override
  public List<Prediction> predictBatch(Table table) {
    Binding b = bind(table);
    int rows = table.rowCount();
    Prediction[] result = new Prediction[rows];
    int blocks = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
    if (blocks <= 1) {
      predictRange(table, b, 0, rows, result);
      return Arrays.asList(result);
    }
    List<CompletableFuture<Void>> futures = new ArrayList<>(blocks);
    for (int k = 0; k < blocks; k++) {
      int from = k * BLOCK_ROWS;
      int to = Math.min(rows, from + BLOCK_ROWS);
      futures.add(
          CompletableFuture.runAsync(() -> predictRange(table, b, from, to, result), executor));
    }
    RuntimeException first = null;
    for (CompletableFuture<Void> f : futures) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (first == null) {
          first =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException("batch prediction failed", e.getCause());
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return Arrays.asList(result);
  }

  private void predictRange(Table table, Binding b, int from, int to, Prediction[] result) {
    int n = members.size();
    Prediction[][] derived = derivedBlock(table, b, from, to);
    if (derived == null) {
      // A derived member failed on the block: redo it row by row, so the error names the row.
      derived = new Prediction[n][];
    }
    double[] outputs = new double[n * width];
    boolean[] present = new boolean[n];
    for (int r = from; r < to; r++) {
      Row row = table.row(r);
      collect(row, b, outputs, present, null, derived, r - from);
      double[] out = new double[width];
      combiner.combine(outputs, present, out);
      result[r] = toPrediction(out);
    }
  }

  /**
   * Each derived member's predictions for the rows {@code [from, to)} it can predict, computed on
   * the block at once: one {@code transform} of the block's rows and one {@code predictBatch}
   * instead of a one-row table per row. Equal, prediction for prediction, to the per-row path,
   * because a fitted extraction's {@code transform} equals its {@code transformRow} and a
   * predictor's batch equals its rows. Null entries for projecting members and for rows the member
   * abstains on; null altogether when a member fails on the block.
   */
  private Prediction @Nullable [][] derivedBlock(Table table, Binding b, int from, int to) {
    int n = members.size();
    Prediction[][] block = new Prediction[n][];
    for (int m = 0; m < n; m++) {
      if (passThrough[m]) {
        continue;
      }
      int[] rows = new int[to - from];
      int k = 0;
      for (int r = from; r < to; r++) {
        if (lackingInput(table.row(r), b, m) < 0) {
          rows[k++] = r;
        }
      }
      Prediction[] preds = new Prediction[to - from];
      if (k > 0) {
        List<Prediction> batch;
        try {
          Table features = members.get(m).features().transform(table.rows(Arrays.copyOf(rows, k)));
          batch = predictors[m].predictBatch(features);
        } catch (RuntimeException e) {
          return null;
        }
        for (int i = 0; i < k; i++) {
          preds[rows[i] - from] = batch.get(i);
        }
      }
      block[m] = preds;
    }
    return block;
  }

  private Prediction toPrediction(double[] out) {
    return output.isClassification() ? Prediction.ofProbabilities(out) : Prediction.ofValue(out[0]);
  }

  /** Fills each member's outputs for a row; throws when the policy or an all-abstain says so. */
  private void collect(
      Row row, Binding b, double[] outputs, boolean[] present, Prediction @Nullable [] own) {
    collect(row, b, outputs, present, own, null, -1);
  }

  /**
   * As above; {@code derived[m][offset]}, when present, is member {@code m}'s prediction for this
   * row computed on its block.
   */
  private void collect(
      Row row,
      Binding b,
      double[] outputs,
      boolean[] present,
      Prediction @Nullable [] own,
      Prediction @Nullable [][] derived,
      int offset) {
    int n = members.size();
    int count = 0;
    for (int m = 0; m < n; m++) {
      int lacking = lackingInput(row, b, m);
      if (lacking >= 0) {
        if (policy == MissingInputPolicy.FAIL) {
          throw missingInput(row, b, m, lacking);
        }
        present[slot[m]] = false;
        continue;
      }
      Prediction p;
      if (passThrough[m]) {
        p = predictors[m].predict(row);
      } else if (derived != null && derived[m] != null && derived[m][offset] != null) {
        p = derived[m][offset];
      } else {
        p = predictDerived(m, row);
      }
      present[slot[m]] = true;
      count++;
      if (own != null) {
        own[m] = p;
      }
      int base = slot[m] * width;
      if (!output.isClassification()) {
        outputs[base] = p.value();
      } else {
        int[] map = labelMaps[m];
        for (int c = 0; c < width; c++) {
          outputs[base + c] = p.probability(map == null ? c : map[c]);
        }
      }
    }
    if (count == 0) {
      throw noMemberCanPredict(row, b);
    }
  }

  /** The position (in the member's requirements) of the first input the row lacks, or -1. */
  private static int lackingInput(Row row, Binding b, int m) {
    if (!b.mayLack[m]) {
      return -1;
    }
    int[] columns = b.columns[m];
    Column[] cells = b.cells[m];
    int r = row.index();
    for (int i = 0; i < columns.length; i++) {
      Column c = cells[i];
      if (c == null) {
        return i;
      }
      // A missing numeric cell reads NaN: test the value first, the missing mark only then.
      if (c instanceof NumericColumn n) {
        if (Double.isNaN(n.get(r)) && n.isMissing(r)) {
          return i;
        }
      } else if (c.isMissing(r)) {
        return i;
      }
    }
    return -1;
  }

  private Prediction predictDerived(int m, Row row) {
    SubModel s = members.get(m);
    InputContract produced = s.features().produces();
    boolean numeric = true;
    for (FeatureSpec f : produced.features()) {
      numeric &= f.type() == ColumnType.NUMERIC;
    }
    Table one;
    if (numeric) {
      double[] values = new double[produced.size()];
      s.features().transformRow(row, values);
      List<Column> cols = new ArrayList<>(values.length);
      for (int i = 0; i < values.length; i++) {
        cols.add(NumericColumn.of(produced.features().get(i).name(), values[i]));
      }
      one = Table.of(cols);
    } else {
      one = s.features().transform(row.table().rows(new int[] {row.index()}));
    }
    return predictors[m].predict(one.row(0));
  }

  private ContractViolationException missingInput(Row row, Binding b, int m, int lacking) {
    String column = required[m][lacking];
    boolean absent = b.columns[m][lacking] < 0;
    return new ContractViolationException(
        "ensemble input (missing-input policy FAIL)",
        List.of(
            new Violation(
                absent ? -1 : row.index(),
                column,
                (absent ? "missing column" : "missing value")
                    + " needed by member '"
                    + members.get(m).name()
                    + "'",
                null)),
        false);
  }

  private ContractViolationException noMemberCanPredict(Row row, Binding b) {
    List<Violation> vs = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      int lacking = lackingInput(row, b, m);
      vs.add(
          new Violation(
              row.index(),
              required[m][lacking],
              "no member can predict this row: member '"
                  + members.get(m).name()
                  + "' lacks "
                  + (b.columns[m][lacking] < 0 ? "the column" : "the value"),
              null));
    }
    return new ContractViolationException("ensemble input", vs, false);
  }

  // Identity, not equals: the binding belongs to the very table it resolved, and Table.equals
  // would compare every cell on each row served.
  @SuppressWarnings("ReferenceEquality")
  private Binding bind(Table table) {
    Binding b = binding;
    if (b != null && b.table == table) {
      return b;
    }
    int[][] cols = new int[members.size()][];
    for (int m = 0; m < cols.length; m++) {
      String[] names = required[m];
      cols[m] = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        Optional<Column> c = table.findColumn(names[i]);
        if (c.isPresent()) {
          ColumnType need = members.get(m).requires().features().get(i).type();
          if (c.get().type() != need) {
            throw new ContractViolationException(
                "ensemble input",
                List.of(
                    new Violation(
                        -1,
                        names[i],
                        "type "
                            + c.get().type()
                            + " but member '"
                            + members.get(m).name()
                            + "' needs "
                            + need,
                        null)),
                false);
          }
          cols[m][i] = table.columnIndex(names[i]);
        } else {
          cols[m][i] = -1;
        }
      }
    }
    Column[][] cells = new Column[cols.length][];
    for (int m = 0; m < cols.length; m++) {
      cells[m] = new Column[cols[m].length];
      for (int i = 0; i < cols[m].length; i++) {
        cells[m][i] = cols[m][i] < 0 ? null : table.columns().get(cols[m][i]);
      }
    }
    // A member none of whose columns has a missing cell (the common case) skips the per-row scan.
    boolean[] mayLack = new boolean[cols.length];
    for (int m = 0; m < cols.length; m++) {
      for (Column c : cells[m]) {
        mayLack[m] |= c == null || c.missingCount() > 0;
      }
    }
    b = new Binding(table, cols, cells, mayLack);
    binding = b;
    return b;
  }

  /**
   * Each member's inputs in one table: column indices (-1 where the table lacks the column) and the
   * columns themselves (null where absent).
   */
  private static final class Binding {
    final Table table;
    final int[][] columns;
    final Column[][] cells;
    final boolean[] mayLack;

    Binding(Table table, int[][] columns, Column[][] cells, boolean[] mayLack) {
      this.table = table;
      this.columns = columns;
      this.cells = cells;
      this.mayLack = mayLack;
    }
  }

  @Override
  public String toString() {
    return "Ensemble[" + memberNames() + ", " + combiner.kind() + ", " + output.task() + "]";
  }
}
