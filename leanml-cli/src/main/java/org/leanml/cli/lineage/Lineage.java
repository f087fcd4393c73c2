package org.leanml.cli.lineage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;
import org.leanml.cli.input.CsvInput;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.metric.Scorer;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.tuning.Parameter;
import org.leanml.core.tuning.SearchSpace;
import org.leanml.core.tuning.SearchStrategy;
import org.leanml.core.tuning.Tuner;
import org.leanml.core.tuning.TuningResult;
import org.leanml.ensemble.combine.Combiner;
import org.leanml.ensemble.combine.CombinerTrainer;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.MemberTuner;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.tribuo.TribuoModels;

/**
 * What {@code train} records in a version's tags and {@code iterate} replays: the label, the
 * missing-value policy (with the fills), the model and combiner, the seed, the shared columns and
 * the frozen evaluation rows.
 */
final class Lineage {
  static final String PREFIX = "lineage.";
  static final String LABEL = PREFIX + "label";
  static final String NEGATIVE = PREFIX + "negative";
  static final String POSITIVE = PREFIX + "positive";
  static final String DATA = PREFIX + "data_fingerprint";
  static final String EVAL_ROWS = PREFIX + "eval_rows";
  static final String IMPUTE = PREFIX + "impute";
  static final String FILLS = PREFIX + "fills";
  static final String MODEL = PREFIX + "model";
  static final String COMBINER = PREFIX + "combiner";
  static final String SEED = PREFIX + "seed";
  static final String SHARED = PREFIX + "shared";
  static final String GROUP = PREFIX + "group.";
  static final int FOLDS = 3;

  private Lineage() {}

  /** Missing-value policy. */
  enum MissingPolicy {
    FAIL,
    MEDIAN,
    DROP
  }

  /** The model of every sub-model. */
  enum ModelKind {
    LOGISTIC,
    TREE
  }

  /** How sub-models are combined. */
  enum CombinerKind {
    STACKING,
    MEAN,
    WEIGHTED
  }

  static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(
        option + " must be one of " + String.join(", ", names) + " but was '" + value + "'");
  }

  /** A named group of columns, from {@code NAME=COL1,COL2}. */
  record Group(String name, List<String> columns) {
    // split drops trailing empty names, and the loop skips blank ones, which is what we want here.
    @SuppressWarnings("StringSplitter")
    static Group parse(String option, String spec) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new IllegalArgumentException(
            option + " must look like NAME=COL1,COL2 but was '" + spec + "'");
      }
      List<String> cols = new ArrayList<>();
      for (String c : spec.substring(eq + 1).split(",")) {
        if (!c.isBlank()) {
          cols.add(c.strip());
        }
      }
      if (cols.isEmpty()) {
        throw new IllegalArgumentException(option + " '" + spec + "' names no column");
      }
      return new Group(spec.substring(0, eq).strip(), List.copyOf(cols));
    }
  }

  /** A file read for a lineage: its raw table and the numeric columns other than the label. */
  record Data(Path file, CsvInput input, Table raw, List<String> shared) {}

  static Data read(Path file, String label, List<String> needed) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    types.put(label, ColumnType.CATEGORICAL);
    for (String c : needed) {
      types.put(c, ColumnType.NUMERIC);
    }
    CsvInput input = CsvInput.read(file, types);
    List<String> required = new ArrayList<>(needed);
    required.add(0, label);
    input.requireColumns(required);
    Table t = input.table();
    List<String> shared = new ArrayList<>();
    for (String c : t.columnNames()) {
      if (!c.equals(label) && t.column(c) instanceof NumericColumn) {
        shared.add(c);
      }
    }
    return new Data(file, input, t, List.copyOf(shared));
  }

  static void requireComplete(Data d, String label) {
    List<FeatureSpec> rules = new ArrayList<>();
    Map<String, String> hints = new TreeMap<>();
    for (String c : d.shared()) {
      rules.add(FeatureSpec.numeric(c).allowingNonFinite());
      hints.put(c, "missing values are an error by default; choose --impute median or drop");
    }
    d.input().requireValid(rules, hints);
  }

  static int[] completeRows(Table t, List<String> columns, String label) {
    List<Integer> keep = new ArrayList<>();
    CategoricalColumn labels = t.categorical(label);
    for (int i = 0; i < t.rowCount(); i++) {
      boolean ok = !labels.isMissing(i);
      for (String c : columns) {
        ok &= !t.numeric(c).isMissing(i);
      }
      if (ok) {
        keep.add(i);
      }
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }

  static Map<String, Double> medians(Table training, List<String> columns) {
    Map<String, Double> out = new TreeMap<>();
    for (String c : columns) {
      NumericColumn col = training.numeric(c);
      double[] v = new double[training.rowCount()];
      int n = 0;
      for (int i = 0; i < training.rowCount(); i++) {
        if (!col.isMissing(i)) {
          v[n++] = col.get(i);
        }
      }
      double[] s = Arrays.copyOf(v, n);
      Arrays.sort(s);
      out.put(c, n == 0 ? 0.0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2);
    }
    return out;
  }

  static Table fill(Table t, Map<String, Double> fills) {
    Table out = t;
    for (Map.Entry<String, Double> e : fills.entrySet()) {
      NumericColumn col = t.numeric(e.getKey());
      if (col.missingCount() == 0) {
        continue;
      }
      double[] v = new double[t.rowCount()];
      for (int i = 0; i < v.length; i++) {
        v[i] = col.isMissing(i) ? e.getValue() : col.get(i);
      }
      Column filled = NumericColumn.adopt(e.getKey(), v, new java.util.BitSet());
      out = out.withColumn(filled);
    }
    return out;
  }

  static String encodeFills(Map<String, Double> fills) {
    StringBuilder sb = new StringBuilder();
    fills.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
    return sb.toString();
  }

  // Reads only what encodeFills wrote: no empty entries, so split's dropping of them is moot.
  @SuppressWarnings("StringSplitter")
  static Map<String, Double> decodeFills(@Nullable String text) {
    Map<String, Double> out = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String kv : text.split(";")) {
      int eq = kv.lastIndexOf('=');
      out.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
    }
    return out;
  }

  static String encodeRows(int[] rows) {
    StringBuilder sb = new StringBuilder();
    for (int r : rows) {
      sb.append(sb.length() == 0 ? "" : ",").append(r);
    }
    return sb.toString();
  }

  static int[] decodeRows(String text) {
    return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  static int[] complement(int n, int[] rows) {
    boolean[] in = new boolean[n];
    for (int r : rows) {
      in[r] = true;
    }
    int[] out = new int[n - rows.length];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!in[i]) {
        out[k++] = i;
      }
    }
    return out;
  }

  static OutputContract output(Table t, String label, String positive) {
    List<String> levels = new ArrayList<>(t.categorical(label).levels());
    List<String> present = new ArrayList<>();
    CategoricalColumn col = t.categorical(label);
    boolean[] seen = new boolean[levels.size()];
    for (int i = 0; i < t.rowCount(); i++) {
      if (!col.isMissing(i)) {
        seen[col.code(i)] = true;
      }
    }
    for (int i = 0; i < levels.size(); i++) {
      if (seen[i]) {
        present.add(levels.get(i));
      }
    }
    if (present.size() != 2) {
      throw new IllegalArgumentException(
          "--label "
              + label
              + " must have exactly two values for a binary task but has "
              + present.size()
              + " "
              + present);
    }
    present.sort(null);
    String pos = positive != null ? positive : present.get(1);
    if (!present.contains(pos)) {
      throw new IllegalArgumentException(
          "--positive " + pos + " is not a value of --label " + label + " " + present);
    }
    String neg = present.get(0).equals(pos) ? present.get(1) : present.get(0);
    return OutputContract.binary(label, neg, pos);
  }

  static Modeling modeling(ModelKind kind, long seed) {
    return kind == ModelKind.TREE
        ? TribuoModels.cart().withMaxDepth(6).withSeed(seed)
        : TribuoModels.logistic().withSeed(seed);
  }

  static MemberTuner tuner(ModelKind kind, long seed) {
    return (data, features, output) -> {
      SearchSpace space =
          kind == ModelKind.TREE
              ? SearchSpace.of(Parameter.intRange("maxDepth", 2, 12))
              : SearchSpace.of(
                  Parameter.logUniform("learningRate", 0.05, 2.0),
                  Parameter.intRange("epochs", 3, 12));
      TuningResult r =
          Tuner.builder()
              .name(kind.name().toLowerCase(Locale.ROOT))
              .space(space)
              .trainer(
                  (p, s) ->
                      kind == ModelKind.TREE
                          ? TribuoModels.cart().withMaxDepth(p.getInt("maxDepth")).withSeed(s)
                          : TribuoModels.logistic()
                              .withLearningRate(p.getDouble("learningRate"))
                              .withEpochs(p.getInt("epochs"))
                              .withSeed(s))
              .objective(Scorer.logLoss())
              .strategy(SearchStrategy.random(6))
              .folds(FOLDS)
              .seed(new SplittableRandom(seed).nextLong())
              .executor(ForkJoinPool.commonPool())
              .build()
              .tune(data, features, output);
      return new MemberTuner.Tuned(r.best(), r.bestParameters());
    };
  }

  static EnsembleTrainer trainer(CombinerKind kind, long seed) {
    CombinerTrainer c =
        switch (kind) {
          case MEAN -> CombinerTrainer.fixed(Combiner.mean());
          case WEIGHTED -> CombinerTrainer.learnedWeights();
          default -> CombinerTrainer.stacking();
        };
    return EnsembleTrainer.of(c, seed).withFolds(FOLDS);
  }

  static SubModelSpec spec(Group g, InputContract shared, ModelKind kind, long seed) {
    for (String c : g.columns()) {
      if (!shared.names().contains(c)) {
        throw new IllegalArgumentException(
            "group " + g.name() + ": column " + c + " is not a numeric column of the data");
      }
    }
    return SubModelSpec.projecting(g.name(), shared, g.columns(), modeling(kind, seed));
  }
}
