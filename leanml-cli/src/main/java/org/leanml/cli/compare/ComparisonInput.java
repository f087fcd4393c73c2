package org.leanml.cli.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.leanml.cli.input.CsvInput;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.Task;
import org.leanml.core.metric.Metric;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.compare.Slicing;

/**
 * The predictions file of {@code leanml compare}, read, checked and turned into a {@link
 * PairedComparison}.
 *
 * <p>Columns: binary — the label holds two values and the prediction columns the positive class's
 * probability; multiclass — the label and the prediction columns hold class labels; regression —
 * all three hold numbers.
 *
 * <p>Task inference when none is given: {@code --positive} means binary. Otherwise, when both
 * prediction columns are numeric, the task is binary if the label has exactly two distinct values
 * and every prediction lies in {@code [0, 1]}, and regression if not. Prediction columns that are
 * not numeric mean multiclass. (Numeric class codes therefore need {@code --task multiclass}.)
 *
 * <p>The positive class when {@code --positive} is absent: {@code 1} when the label's values are
 * {@code 0} and {@code 1}, {@code true} when they are {@code false} and {@code true} (any case);
 * otherwise it must be named.
 */
final class ComparisonInput {
  /**
   * The columns named on the command line.
   *
   * @param label the truth
   * @param baseline the baseline's predictions
   * @param candidate the candidate's predictions
   * @param slices the slice columns
   */
  record Columns(String label, String baseline, String candidate, List<String> slices) {
    Columns {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(candidate, "candidate");
      slices = List.copyOf(slices);
      if (label.equals(baseline) || label.equals(candidate)) {
        throw new IllegalArgumentException(
            "--label names the same column as --"
                + (label.equals(baseline) ? "baseline" : "candidate")
                + " ('"
                + label
                + "'); the truth and a model's predictions are different columns");
      }
      if (baseline.equals(candidate)) {
        throw new IllegalArgumentException(
            "--baseline and --candidate both name '" + baseline + "'; compare two models' columns");
      }
    }

    List<String> all() {
      List<String> out = new ArrayList<>(List.of(label, baseline, candidate));
      out.addAll(slices);
      return out;
    }
  }

  /**
   * What was read.
   *
   * @param task the task, given or inferred
   * @param comparison the comparison, with default options and the slices
   * @param positive the positive class (binary), otherwise null
   * @param classes the class labels in index order (multiclass), otherwise empty
   */
  record Loaded(
      Task task, PairedComparison comparison, @Nullable String positive, List<String> classes) {}

  private ComparisonInput() {}

  /**
   * Reads and checks the file.
   *
   * @param file the CSV file
   * @param columns the columns named
   * @param requested the task given, or null to infer it
   * @param positive the positive class given, or null
   * @param metric the primary metric given, or null for the task's default
   * @return what was read
   * @throws org.leanml.data.csv.CsvFormatException naming file, line and column for bad input
   */
  static Loaded load(Path file, Columns columns, Task requested, String positive, Metric metric) {
    CsvInput in;
    // A named positive class already fixes the task: read once with the binary types.
    Task task = requested == null && positive != null ? Task.BINARY : requested;
    if (task == null) {
      in = CsvInput.read(file, Map.of());
      in.requireColumns(columns.all());
      task = infer(in.table(), columns);
      Map<String, ColumnType> types = typesFor(task, columns);
      if (!hasTypes(in.table(), types)) {
        in = CsvInput.read(file, types);
      }
    } else {
      in = CsvInput.read(file, typesFor(task, columns));
      in.requireColumns(columns.all());
    }
    Loaded loaded;
    switch (task) {
      case BINARY:
        loaded = binary(in, columns, positive, metric);
        break;
      case MULTICLASS:
        loaded = multiclass(in, columns);
        break;
      case REGRESSION:
        loaded = regression(in, columns);
        break;
      default:
        throw new AssertionError(task);
    }
    if (columns.slices().isEmpty()) {
      return loaded;
    }
    Slicing slicing = Slicing.of(in.table(), columns.slices().toArray(new String[0]));
    return new Loaded(
        loaded.task(), loaded.comparison().with(slicing), loaded.positive(), loaded.classes());
  }

  static Task infer(Table t, Columns c) {
    Column b = t.column(c.baseline());
    Column k = t.column(c.candidate());
    if (!(b instanceof NumericColumn nb) || !(k instanceof NumericColumn nk)) {
      return Task.MULTICLASS;
    }
    return distinctValues(t.column(c.label())) == 2 && probabilities(nb) && probabilities(nk)
        ? Task.BINARY
        : Task.REGRESSION;
  }

  private static int distinctValues(Column c) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int r = 0; r < c.size() && seen.size() <= 2; r++) {
      if (!c.isMissing(r)) {
        seen.add(c.format(r));
      }
    }
    return seen.size();
  }

  private static boolean probabilities(NumericColumn c) {
    for (int r = 0; r < c.size(); r++) {
      double v = c.get(r);
      if (!c.isMissing(r) && !(v >= 0 && v <= 1)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, ColumnType> typesFor(Task task, Columns c) {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    ColumnType label = task == Task.REGRESSION ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
    ColumnType prediction = task == Task.MULTICLASS ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
    m.put(c.label(), label);
    m.put(c.baseline(), prediction);
    m.put(c.candidate(), prediction);
    return m;
  }

  private static boolean hasTypes(Table t, Map<String, ColumnType> types) {
    for (Map.Entry<String, ColumnType> e : types.entrySet()) {
      if (t.column(e.getKey()).type() != e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static FeatureSpec probability(String name) {
    return FeatureSpec.numeric(name).withRange(0, 1);
  }

  private static Loaded binary(CsvInput in, Columns c, String positive, Metric metric) {
    Table t = in.table();
    CategoricalColumn label = t.categorical(c.label());
    List<String> levels = label.levels();
    FeatureSpec labelRule =
        levels.size() > 2
            ? FeatureSpec.categorical(c.label(), levels.get(0), levels.get(1))
            : FeatureSpec.categorical(c.label());
    Map<String, String> hints = new HashMap<>();
    hints.put(
        c.label(),
        levels.size() > 2
            ? "a binary label has exactly two values"
            : "every row needs its true class");
    String scores = "binary predictions are the positive class's probability, a number in [0, 1]";
    hints.put(c.baseline(), scores);
    hints.put(c.candidate(), scores);
    in.requireValid(
        List.of(labelRule, probability(c.baseline()), probability(c.candidate())), hints);

    String pos = positive != null ? positive : defaultPositive(levels);
    if (pos == null) {
      throw in.problem(
          c.label(),
          "name the positive class with --positive (the label's values are "
              + String.join(", ", levels)
              + ")");
    }
    if (!levels.contains(pos) && levels.size() == 2) {
      throw in.problem(
          c.label(),
          "--positive '"
              + pos
              + "' is not one of the label's values ("
              + String.join(", ", levels)
              + ")");
    }
    int n = t.rowCount();
    int[] truth = new int[n];
    int positives = 0;
    for (int r = 0; r < n; r++) {
      truth[r] = pos.equals(label.get(r)) ? 1 : 0;
      positives += truth[r];
    }
    Metric primary = metric == null ? Metric.AUC : metric;
    if (primary == Metric.AUC && (positives < 2 || n - positives < 2)) {
      throw in.problem(
          c.label(),
          levels.size() < 2
              ? "every row has the label '"
                  + levels.get(0)
                  + "'; AUC needs rows of both classes (choose another --metric)"
              : "AUC's DeLong test needs at least two rows of each class but there are "
                  + positives
                  + " positive and "
                  + (n - positives)
                  + " negative rows");
    }
    PairedComparison pc =
        PairedComparison.binary(
            truth, t.numeric(c.baseline()).toArray(), t.numeric(c.candidate()).toArray());
    return new Loaded(Task.BINARY, pc, pos, List.of());
  }

  static @Nullable String defaultPositive(List<String> levels) {
    if (List.of("0", "1").containsAll(levels)) {
      return "1";
    }
    for (String l : levels) {
      String s = l.toLowerCase(Locale.ROOT);
      if (!s.equals("true") && !s.equals("false")) {
        return null;
      }
    }
    for (String l : levels) {
      if (l.equalsIgnoreCase("true")) {
        return l;
      }
    }
    return "true";
  }

  private static Loaded multiclass(CsvInput in, Columns c) {
    Table t = in.table();
    String hint = "every row needs a class label";
    Map<String, String> hints = Map.of(c.label(), hint, c.baseline(), hint, c.candidate(), hint);
    in.requireValid(
        List.of(
            FeatureSpec.categorical(c.label()),
            FeatureSpec.categorical(c.baseline()),
            FeatureSpec.categorical(c.candidate())),
        hints);
    CategoricalColumn label = t.categorical(c.label());
    CategoricalColumn base = t.categorical(c.baseline());
    CategoricalColumn cand = t.categorical(c.candidate());
    TreeSet<String> all = new TreeSet<>(label.levels());
    all.addAll(base.levels());
    all.addAll(cand.levels());
    List<String> classes = List.copyOf(all);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      index.put(classes.get(i), i);
    }
    int n = t.rowCount();
    int k = classes.size();
    int[] truth = new int[n];
    double[][] pb = new double[n][];
    double[][] pc = new double[n][];
    for (int r = 0; r < n; r++) {
      truth[r] = classIndex(index, label.get(r));
      pb[r] = oneHot(k, classIndex(index, base.get(r)));
      pc[r] = oneHot(k, classIndex(index, cand.get(r)));
    }
    return new Loaded(Task.MULTICLASS, PairedComparison.multiclass(truth, pb, pc), null, classes);
  }

  // The index holds every level of the three columns, and requireValid has rejected missing cells.
  private static int classIndex(Map<String, Integer> index, @Nullable String level) {
    return Objects.requireNonNull(index.get(level), "every level is indexed");
  }

  private static double[] oneHot(int k, int hot) {
    double[] p = new double[k];
    p[hot] = 1;
    return p;
  }

  private static Loaded regression(CsvInput in, Columns c) {
    Table t = in.table();
    String hint = "regression targets and predictions are finite numbers";
    Map<String, String> hints = Map.of(c.label(), hint, c.baseline(), hint, c.candidate(), hint);
    in.requireValid(
        List.of(
            FeatureSpec.numeric(c.label()),
            FeatureSpec.numeric(c.baseline()),
            FeatureSpec.numeric(c.candidate())),
        hints);
    PairedComparison pc =
        PairedComparison.regression(
            t.numeric(c.label()).toArray(),
            t.numeric(c.baseline()).toArray(),
            t.numeric(c.candidate()).toArray());
    return new Loaded(Task.REGRESSION, pc, null, List.of());
  }
}
