package org.leanml.data.preprocess;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

/**
 * Keeps the rows that pass every {@link Condition} (a conjunction), in their original order.
 * Deterministic: the result depends only on the cells tested. It has no learned state.
 *
 * <p>At serving time a row that fails the filter cannot be predicted: a fitted pipeline rejects it
 * rather than predicting for data the model never saw (see {@code org.leanml.data.pipeline}).
 */
public final class FilterRows implements Preprocess {
  private final List<Condition> conditions;
  private final String name;

  private FilterRows(List<Condition> conditions, String name) {
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("a filter needs at least one condition");
    }
    this.conditions = List.copyOf(conditions);
    this.name = StageSupport.name(name);
  }

  /**
   * A filter keeping rows that pass every condition.
   *
   * @param conditions the conditions, at least one
   * @return the stage, named {@code "filter"}
   * @throws IllegalArgumentException if no condition is given
   */
  public static FilterRows keep(Condition... conditions) {
    return new FilterRows(List.of(conditions), "filter");
  }

  /**
   * This stage under another name.
   *
   * @param newName the name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public FilterRows named(String newName) {
    return new FilterRows(conditions, newName);
  }

  /**
   * The conditions.
   *
   * @return an unmodifiable list
   */
  public List<Condition> conditions() {
    return conditions;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> configuration() {
    return Stages.config("keep", conditions.toString());
  }

  /**
   * {@inheritDoc} Here: the columns of comparisons (numeric) and level tests (categorical), which
   * may be missing. Presence tests accept any type and so add nothing; their column is checked when
   * the filter runs.
   */
  @Override
  public InputContract requires() {
    List<FeatureSpec> fs = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Condition c : conditions) {
      ColumnType t = c.requiredType();
      if (t != null && !seen.contains(c.column())) {
        seen.add(c.column());
        fs.add(StageSupport.anyValue(c.column(), t));
      }
    }
    return new InputContract(fs);
  }

  /**
   * {@inheritDoc} Here: a column tested by anything but {@code IS_MISSING} becomes non-nullable;
   * comparisons narrow its range, {@code BETWEEN} and {@code EQUAL_TO} with finite bounds make it
   * finite, and level tests narrow its declared categories.
   *
   * @throws IllegalArgumentException if a tested column is not in {@code input}, or a condition
   *     rejects every value the input allows
   */
  @Override
  public InputContract produces(InputContract input) {
    InputContract out = input;
    for (Condition c : conditions) {
      out = StageSupport.replace(out, c.column(), c::narrow);
    }
    return out;
  }

  @Override
  public FittedPreprocess fit(Table training) {
    StageSupport.checkInput(requires(), training, name);
    return StageSupport.stateless(
        "leanml.preprocess.filter.v1", name, configuration(), this::apply);
  }

  private Table apply(Table table) {
    StageSupport.checkInput(requires(), table, name);
    BitSet pass = new BitSet(table.rowCount());
    pass.set(0, table.rowCount());
    for (Condition c : conditions) {
      c.retain(table.column(c.column()), pass);
    }
    if (pass.cardinality() == table.rowCount()) {
      return table;
    }
    return table.rows(pass.stream().toArray());
  }

  @Override
  public String toString() {
    return "FilterRows[" + name + ", " + conditions + "]";
  }
}
