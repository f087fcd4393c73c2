package org.leanml.data.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Fills missing cells of some columns with a value learned from the training data ({@link
 * ImputeStrategy#MEDIAN}, {@link ImputeStrategy#MEAN}, {@link ImputeStrategy#MOST_FREQUENT}) or
 * fixed in advance ({@link ImputeStrategy#CONSTANT}). The learned values are part of the fitted
 * state, so applying the fitted stage to new data fills with the training values. Only missing
 * cells are filled; a present {@code NaN} is a value and stays.
 *
 * <p>Imputed columns become non-nullable in {@link #produces}. Fitting fails with an {@link
 * IllegalArgumentException} naming the column when a learned strategy finds no present value to
 * learn from.
 */
public final class Impute implements Preprocess {
  private final ColumnType type;
  private final ImputeStrategy strategy;
  private final List<String> columns;
  private final double numericConstant;
  private final @Nullable String levelConstant;
  private final String name;

  private Impute(
      ColumnType type,
      ImputeStrategy strategy,
      List<String> columns,
      double numericConstant,
      @Nullable String levelConstant,
      String name) {
    this.type = type;
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.columns = columns;
    this.numericConstant = numericConstant;
    this.levelConstant = levelConstant;
    this.name = StageSupport.name(name);
    if (type == ColumnType.CATEGORICAL
        && (strategy == ImputeStrategy.MEDIAN || strategy == ImputeStrategy.MEAN)) {
      throw new IllegalArgumentException(
          strategy + " needs numeric columns; categorical columns take MOST_FREQUENT or CONSTANT");
    }
  }

  /**
   * Imputation of numeric columns with a learned strategy.
   *
   * @param strategy {@code MEDIAN}, {@code MEAN} or {@code MOST_FREQUENT}
   * @param columns the numeric columns
   * @return the stage, named {@code "impute"}
   * @throws IllegalArgumentException if the strategy is {@code CONSTANT} (use {@link
   *     #numericConstant}) or no column is given
   */
  public static Impute numeric(ImputeStrategy strategy, String... columns) {
    requireLearned(strategy);
    return new Impute(
        ColumnType.NUMERIC, strategy, Stages.columns(columns), Double.NaN, null, "impute");
  }

  /**
   * Imputation of categorical columns with their most frequent level.
   *
   * @param columns the categorical columns
   * @return the stage, named {@code "impute"}
   * @throws IllegalArgumentException if no column is given
   */
  public static Impute categoricalMostFrequent(String... columns) {
    return new Impute(
        ColumnType.CATEGORICAL,
        ImputeStrategy.MOST_FREQUENT,
        Stages.columns(columns),
        Double.NaN,
        null,
        "impute");
  }

  /**
   * Imputation of numeric columns with a constant.
   *
   * @param value the fill value, finite
   * @param columns the numeric columns
   * @return the stage, named {@code "impute"}
   * @throws IllegalArgumentException if the value is not finite or no column is given
   */
  public static Impute numericConstant(double value, String... columns) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("constant fill value must be finite but was " + value);
    }
    return new Impute(
        ColumnType.NUMERIC,
        ImputeStrategy.CONSTANT,
        Stages.columns(columns),
        value,
        null,
        "impute");
  }

  /**
   * Imputation of categorical columns with a constant level.
   *
   * @param level the fill level
   * @param columns the categorical columns
   * @return the stage, named {@code "impute"}
   * @throws IllegalArgumentException if no column is given
   */
  public static Impute categoricalConstant(String level, String... columns) {
    return new Impute(
        ColumnType.CATEGORICAL,
        ImputeStrategy.CONSTANT,
        Stages.columns(columns),
        Double.NaN,
        Objects.requireNonNull(level, "level"),
        "impute");
  }

  private static void requireLearned(ImputeStrategy s) {
    if (s == ImputeStrategy.CONSTANT) {
      throw new IllegalArgumentException("CONSTANT needs a value: use numericConstant(...)");
    }
  }

  /**
   * This stage under another name.
   *
   * @param newName the name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public Impute named(String newName) {
    return new Impute(type, strategy, columns, numericConstant, levelConstant, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config(
        "columns",
        columns.toString(),
        "type",
        type.name(),
        "strategy",
        strategy.name(),
        "constant",
        strategy != ImputeStrategy.CONSTANT
            ? ""
            : type == ColumnType.NUMERIC
                ? Double.toString(numericConstant)
                : Objects.requireNonNull(
                    levelConstant, "categoricalConstant always gives a level"));
  }

  /**
   * {@inheritDoc} Here: each imputed column, of this stage's type, which may be missing.
   *
   * @return the contract
   */
  @Override
  public InputContract requires() {
    return StageSupport.anyValues(columns, type);
  }

  /**
   * {@inheritDoc} Here: the input with every imputed column non-nullable; a constant level not in a
   * column's declared categories is added to them.
   *
   * @throws IllegalArgumentException if an imputed column is not in {@code input}
   */
  @Override
  public InputContract produces(InputContract input) {
    return StageSupport.replaceEach(
        input,
        columns,
        s -> {
          List<String> cats = s.categories();
          if (levelConstant != null && !cats.isEmpty() && !cats.contains(levelConstant)) {
            List<String> more = new ArrayList<>(cats);
            more.add(levelConstant);
            cats = more;
          }
          return new FeatureSpec(
              s.name(), s.type(), false, s.allowNonFinite(), s.min(), s.max(), cats);
        });
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a learned strategy finds no present (finite) value in a
   *     column
   */
  @Override
  public Fitted fit(Table training) {
    StageSupport.checkInput(requires(), training, name);
    double[] numbers = new double[columns.size()];
    // stays all null for numeric imputation, as the state fingerprint has always recorded it
    @Nullable String[] levels = new String[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      if (type == ColumnType.NUMERIC) {
        numbers[i] =
            strategy == ImputeStrategy.CONSTANT
                ? numericConstant
                : learn(training.numeric(c), strategy);
      } else {
        levels[i] =
            strategy == ImputeStrategy.CONSTANT
                ? levelConstant
                : mostFrequent(training.categorical(c));
      }
    }
    return new Fitted(this, numbers, levels);
  }

  private static double learn(NumericColumn col, ImputeStrategy s) {
    double[] sorted = Quantiles.sortedFinite(col);
    if (sorted.length == 0) {
      throw new IllegalArgumentException(
          "column '" + col.name() + "' has no present, finite value to learn " + s + " from");
    }
    return switch (s) {
      case MEDIAN -> Quantiles.median(sorted);
      case MEAN -> {
        double sum = 0;
        for (double v : sorted) {
          sum += v;
        }
        yield sum / sorted.length;
      }
      case MOST_FREQUENT -> {
        double best = sorted[0];
        int bestRun = 0;
        for (int i = 0; i < sorted.length; ) {
          int j = i;
          while (j < sorted.length && sorted[j] == sorted[i]) {
            j++;
          }
          if (j - i > bestRun) {
            bestRun = j - i;
            best = sorted[i];
          }
          i = j;
        }
        yield best + 0.0;
      }
      default -> throw new AssertionError(s);
    };
  }

  private static String mostFrequent(CategoricalColumn col) {
    int[] counts = new int[col.levels().size()];
    for (int r = 0; r < col.size(); r++) {
      int c = col.code(r);
      if (c >= 0) {
        counts[c]++;
      }
    }
    String best = null;
    int bestCount = 0;
    for (int i = 0; i < counts.length; i++) {
      String level = col.levels().get(i);
      if (counts[i] > bestCount
          || (counts[i] == bestCount && counts[i] > 0 && level.compareTo(best) < 0)) {
        best = level;
        bestCount = counts[i];
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "column '" + col.name() + "' has no present level to learn MOST_FREQUENT from");
    }
    return best;
  }

  /** Imputation with its learned fill values. */
  public static final class Fitted implements FittedPreprocess {
    private final Impute stage;
    private final double[] numbers;
    private final @Nullable String[] levels;

    private Fitted(Impute stage, double[] numbers, @Nullable String[] levels) {
      this.stage = stage;
      this.numbers = numbers;
      this.levels = levels;
    }

    /**
     * The fill value of each numeric column.
     *
     * @return column name to fill value (empty for categorical imputation)
     */
    public Map<String, Double> numericFills() {
      Map<String, Double> m = new HashMap<>();
      if (stage.type == ColumnType.NUMERIC) {
        for (int i = 0; i < numbers.length; i++) {
          m.put(stage.columns.get(i), numbers[i]);
        }
      }
      return Map.copyOf(m);
    }

    /**
     * The fill level of each categorical column.
     *
     * @return column name to fill level (empty for numeric imputation)
     */
    public Map<String, String> levelFills() {
      Map<String, String> m = new HashMap<>();
      if (stage.type == ColumnType.CATEGORICAL) {
        for (int i = 0; i < levels.length; i++) {
          m.put(stage.columns.get(i), levels[i]);
        }
      }
      return Map.copyOf(m);
    }

    @Override
    public String name() {
      return stage.name;
    }

    @Override
    public Map<String, String> configuration() {
      return stage.configuration();
    }

    @Override
    public Fingerprint stateFingerprint() {
      Fingerprinter f =
          Stages.fingerprinter("leanml.preprocess.impute.v1", stage.name, configuration());
      f.putDoubles(numbers);
      for (String l : levels) {
        f.putString(l);
      }
      return f.finish();
    }

    @Override
    public Table apply(Table table) {
      StageSupport.checkInput(stage.requires(), table, stage.name);
      Table out = table;
      for (int i = 0; i < stage.columns.size(); i++) {
        String c = stage.columns.get(i);
        if (stage.type == ColumnType.NUMERIC) {
          NumericColumn col = table.numeric(c);
          if (col.missingCount() == 0) {
            continue;
          }
          double[] v = col.toArray();
          BitSet missing = col.missingRows();
          for (int r = missing.nextSetBit(0); r >= 0; r = missing.nextSetBit(r + 1)) {
            v[r] = numbers[i];
          }
          out = out.withColumn(NumericColumn.adopt(c, v, null));
        } else {
          CategoricalColumn col = table.categorical(c);
          if (col.missingCount() == 0) {
            continue;
          }
          List<String> lv = new ArrayList<>(col.levels());
          int code = lv.indexOf(levels[i]);
          if (code < 0) {
            lv.add(levels[i]);
            code = lv.size() - 1;
          }
          int[] codes = col.codes();
          for (int r = 0; r < codes.length; r++) {
            if (codes[r] == CategoricalColumn.MISSING) {
              codes[r] = code;
            }
          }
          out = out.withColumn(CategoricalColumn.of(c, lv, codes));
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "Impute.Fitted["
          + stage.name
          + ", "
          + (stage.type == ColumnType.NUMERIC ? Arrays.toString(numbers) : Arrays.toString(levels))
          + "]";
    }
  }
}
