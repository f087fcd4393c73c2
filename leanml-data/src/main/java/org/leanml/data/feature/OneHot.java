package org.leanml.data.feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

/**
 * One-hot encoding of a categorical column: one 0/1 feature per category seen in training, named
 * {@code "column=level"}, in lexicographic level order (so the order never depends on row order).
 *
 * <p>Rule for unseen categories: a level not seen in training — and a missing cell — gives all
 * zeros under {@link Unseen#ALL_ZEROS} (the default), or a contract violation naming row and column
 * under {@link Unseen#ERROR}.
 */
public final class OneHot implements FeatureExtraction {
  /** What a category not seen in training encodes to. */
  public enum Unseen {
    /** Every feature of the column is 0. */
    ALL_ZEROS,
    /** A {@link org.leanml.core.contract.ContractViolationException} naming row and column. */
    ERROR
  }

  private final String column;
  private final Unseen unseen;
  private final String name;

  private OneHot(String column, Unseen unseen, String name) {
    this.column = Column.requireName(column);
    this.unseen = Objects.requireNonNull(unseen, "unseen");
    this.name = Column.requireName(name);
  }

  /**
   * One-hot encoding of a categorical column, unseen categories as all zeros.
   *
   * @param column the categorical column
   * @return the extraction, named {@code "one_hot"}
   */
  public static OneHot of(String column) {
    return new OneHot(column, Unseen.ALL_ZEROS, "one_hot");
  }

  /**
   * This encoding with another rule for unseen categories.
   *
   * @param rule the rule
   * @return a new extraction
   */
  public OneHot with(Unseen rule) {
    return new OneHot(column, rule, name);
  }

  /**
   * This extraction under another stage name.
   *
   * @param newName the name
   * @return a new extraction
   * @throws IllegalArgumentException if the name is blank
   */
  public OneHot named(String newName) {
    return new OneHot(column, unseen, newName);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config("column", column, "unseen", unseen.name());
  }

  @Override
  public InputContract requires() {
    return InputContract.of(
        new FeatureSpec(
            column,
            ColumnType.CATEGORICAL,
            true,
            false,
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            List.of()));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the column has no present level in training
   */
  @Override
  public FittedFeatures fit(Table training) {
    Specs.checkInput(requires(), training, name);
    CategoricalColumn c = training.categorical(column);
    TreeSet<String> seen = new TreeSet<>();
    for (int r = 0; r < c.size(); r++) {
      if (c.code(r) >= 0) {
        seen.add(c.get(r));
      }
    }
    if (seen.isEmpty()) {
      throw new IllegalArgumentException(
          "column '" + column + "' has no present level to learn categories from");
    }
    return new Fitted(this, List.copyOf(seen));
  }

  static OneHot restore(String column, Unseen unseen, String name) {
    return new OneHot(column, unseen, name);
  }

  String column() {
    return column;
  }

  Unseen unseen() {
    return unseen;
  }

  /** A fitted one-hot encoding: the levels seen in training, sorted. */
  static final class Fitted extends FittedBase {
    final OneHot stage;
    final List<String> levels;

    /** {@code levels} must be non-empty, strictly increasing and unmodifiable. */
    Fitted(OneHot stage, List<String> levels) {
      super(stage.name, stage.configuration(), stage.requires(), produces(stage.column, levels));
      this.stage = stage;
      this.levels = levels;
    }

    private static InputContract produces(String column, List<String> levels) {
      List<FeatureSpec> out = new ArrayList<>();
      for (String l : levels) {
        out.add(FeatureSpec.numeric(column + "=" + l).withRange(0, 1));
      }
      return new InputContract(out);
    }

    @Override
    Object prepare(Column[] columns) {
      List<String> tableLevels = ((CategoricalColumn) columns[0]).levels();
      int[] slot = new int[tableLevels.size()];
      for (int i = 0; i < slot.length; i++) {
        int s = Collections.binarySearch(levels, tableLevels.get(i));
        slot[i] = s >= 0 ? s : -1;
      }
      return slot;
    }

    @Override
    void kernel(Bound b, int row, double[] o, int off) {
      int code = code(b, 0, row);
      int[] slots = (int[]) Objects.requireNonNull(b.extra, "prepare always builds the slot table");
      int s = code < 0 ? -1 : slots[code];
      for (int k = 0; k < levels.size(); k++) {
        o[off + k] = 0.0;
      }
      if (s >= 0) {
        o[off + s] = 1.0;
      } else if (stage.unseen == Unseen.ERROR) {
        throw violation(
            row,
            requires().features().get(0),
            "category not seen in training (seen: " + levels + ")",
            code < 0 ? null : ((CategoricalColumn) b.columns[0]).get(row));
      }
    }

    @Override
    public Fingerprint stateFingerprint() {
      Fingerprinter f = Stages.fingerprinter("leanml.feature.onehot.v1", name(), configuration());
      f.putInt(levels.size());
      for (String l : levels) {
        f.putString(l);
      }
      return f.finish();
    }
  }
}
