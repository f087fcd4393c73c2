package org.leanml.core.stage;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.table.Table;

/**
 * What a {@link Modeling} stage trains on — a table, the features to learn from and the task — plus
 * a memo of forms derived from it, so that fits of many configurations on the same data (the trials
 * of a parameter search on one cross-validation fold) build each derived form once instead of once
 * per fit.
 *
 * <p>A derived form is anything a function of the data alone: a checked and converted copy in a
 * library's own format, say. It must be immutable, or at least never mutated by its users, because
 * every fit on this object shares it, possibly from several threads at once. {@link #derived}
 * builds a form once per key even under concurrent calls; a builder that throws caches nothing, so
 * every caller sees the same failure.
 *
 * <p>Thread-safe. Fits on a {@code TrainingData} give the same results as {@link
 * Modeling#fit(Table, InputContract, OutputContract)} on its parts.
 */
public final class TrainingData {
  private final Table table;
  private final InputContract features;
  private final OutputContract output;
  private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>();

  private TrainingData(Table table, InputContract features, OutputContract output) {
    this.table = Objects.requireNonNull(table, "table");
    this.features = Objects.requireNonNull(features, "features");
    this.output = Objects.requireNonNull(output, "output");
  }

  /**
   * Training data with an empty memo. Nothing is checked here: stages check the data against the
   * contracts when they fit.
   *
   * @param table a table holding the feature columns and the label column
   * @param features the features to learn from
   * @param output the task and label domain
   * @return the training data
   * @throws NullPointerException if an argument is null
   */
  public static TrainingData of(Table table, InputContract features, OutputContract output) {
    return new TrainingData(table, features, output);
  }

  /**
   * The table.
   *
   * @return the table
   */
  public Table table() {
    return table;
  }

  /**
   * The features to learn from.
   *
   * @return the input contract
   */
  public InputContract features() {
    return features;
  }

  /**
   * The task and label domain.
   *
   * @return the output contract
   */
  public OutputContract output() {
    return output;
  }

  /**
   * The form of this data that {@code build} derives, built on the first call for {@code key} and
   * shared by every later call with an equal key. Concurrent first calls build it once; the others
   * wait for it.
   *
   * @param key identifies the form; equal keys must mean equal builders (use a private constant or
   *     a record of everything the form depends on besides this data)
   * @param type the form's class, checked on every call
   * @param build derives the form from this data; must not call {@code derived} on this object
   * @param <T> the form's type
   * @return the shared form
   * @throws ClassCastException if an earlier call stored a form of another class under {@code key}
   * @throws NullPointerException if an argument is null or {@code build} returns null
   * @throws RuntimeException whatever {@code build} throws, with nothing stored
   */
  public <T> T derived(Object key, Class<T> type, Function<TrainingData, ? extends T> build) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(build, "build");
    Object form =
        derived.computeIfAbsent(
            key, k -> Objects.requireNonNull(build.apply(this), "derived form of " + key));
    return type.cast(form);
  }

  @Override
  public String toString() {
    return "TrainingData["
        + table.rowCount()
        + " rows, "
        + features.size()
        + " features, "
        + output.task()
        + " on '"
        + output.labelColumn()
        + "', "
        + derived.size()
        + " derived forms]";
  }
}
