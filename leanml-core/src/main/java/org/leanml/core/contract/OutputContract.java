package org.leanml.core.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * What a model produces: the task, the label (or target) column it learns from, and the label
 * domain. Class probabilities in a {@link org.leanml.core.predict.Prediction} follow the order of
 * {@link #labels()}.
 *
 * @param task the kind of prediction: binary, multiclass or regression
 * @param labelColumn the column holding the truth in training and evaluation data
 * @param labels the classes, in a fixed order; empty for regression
 * @param positiveLabel the positive class for {@link Task#BINARY}; {@code null} otherwise
 */
public record OutputContract(
    Task task, String labelColumn, List<String> labels, @Nullable String positiveLabel) {

  /**
   * Validates and copies.
   *
   * @param task the kind of prediction: binary, multiclass or regression
   * @param labelColumn the column holding the truth in training and evaluation data
   * @param labels the classes, in a fixed order; empty for regression
   * @param positiveLabel the positive class for {@link Task#BINARY}; {@code null} otherwise
   * @throws IllegalArgumentException if the label domain does not fit the task: binary needs two
   *     distinct labels and a positive label among them, multiclass at least three distinct labels
   *     (two are accepted too) and regression none
   * @throws NullPointerException if task or labelColumn is null
   */
  public OutputContract {
    Objects.requireNonNull(task, "task");
    Column.requireName(labelColumn);
    labels = List.copyOf(labels);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("labels repeat: " + labels);
    }
    switch (task) {
      case BINARY -> {
        if (labels.size() != 2) {
          throw new IllegalArgumentException(
              "a binary task needs exactly 2 labels but has " + labels.size() + ": " + labels);
        }
        if (!labels.contains(positiveLabel)) {
          throw new IllegalArgumentException(
              "positive label '" + positiveLabel + "' is not one of " + labels);
        }
      }
      case MULTICLASS -> {
        if (labels.size() < 2) {
          throw new IllegalArgumentException(
              "a multiclass task needs at least 2 labels but has " + labels);
        }
        if (positiveLabel != null) {
          throw new IllegalArgumentException("a multiclass task has no positive label");
        }
      }
      case REGRESSION -> {
        if (!labels.isEmpty() || positiveLabel != null) {
          throw new IllegalArgumentException("a regression task has no labels");
        }
      }
      default -> throw new AssertionError(task);
    }
  }

  /**
   * A binary contract; the negative label comes first, the positive second.
   *
   * @param labelColumn the label column
   * @param negative the negative class
   * @param positive the positive class
   * @return the contract
   * @throws IllegalArgumentException if the labels are equal
   */
  public static OutputContract binary(String labelColumn, String negative, String positive) {
    return new OutputContract(Task.BINARY, labelColumn, List.of(negative, positive), positive);
  }

  /**
   * A multiclass contract.
   *
   * @param labelColumn the label column
   * @param labels the classes, in order
   * @return the contract
   * @throws IllegalArgumentException if fewer than two distinct labels are given
   */
  public static OutputContract multiclass(String labelColumn, List<String> labels) {
    return new OutputContract(Task.MULTICLASS, labelColumn, labels, null);
  }

  /**
   * A regression contract.
   *
   * @param targetColumn the target column
   * @return the contract
   */
  public static OutputContract regression(String targetColumn) {
    return new OutputContract(Task.REGRESSION, targetColumn, List.of(), null);
  }

  /**
   * The index of the positive class in {@link #labels()}.
   *
   * @return the index
   * @throws IllegalStateException if the task is not binary
   */
  public int positiveIndex() {
    if (task != Task.BINARY) {
      throw new IllegalStateException("only a binary task has a positive class, not " + task);
    }
    return labels.indexOf(positiveLabel);
  }

  /**
   * The index of a label in {@link #labels()}.
   *
   * @param label a class
   * @return the index, or empty when the label is not in the domain
   */
  public Optional<Integer> indexOf(String label) {
    int i = labels.indexOf(label);
    return i < 0 ? Optional.empty() : Optional.of(i);
  }

  /**
   * Whether this is a classification task.
   *
   * @return {@code true} for binary and multiclass
   */
  public boolean isClassification() {
    return task != Task.REGRESSION;
  }

  /**
   * Whether another contract has the same task, label column and label domain (in any order for the
   * labels, the same positive class).
   *
   * @param other another contract
   * @return a description of the first difference, or {@code null} if they are the same domain
   */
  public @Nullable String differenceFrom(OutputContract other) {
    if (task != other.task) {
      return "task " + task + " differs from " + other.task;
    }
    if (!labelColumn.equals(other.labelColumn)) {
      return "label column '" + labelColumn + "' differs from '" + other.labelColumn + "'";
    }
    if (!new HashSet<>(labels).equals(new HashSet<>(other.labels))) {
      return "labels " + labels + " differ from " + other.labels;
    }
    if (!Objects.equals(positiveLabel, other.positiveLabel)) {
      return "positive label '" + positiveLabel + "' differs from '" + other.positiveLabel + "'";
    }
    return null;
  }

  /**
   * Checks the label column of a table: present, no missing cell, every value in the domain
   * (classification) or finite (regression).
   *
   * @param table the table
   * @param maxViolations the most violations to collect
   * @return the result
   * @throws IllegalArgumentException if {@code maxViolations < 1}
   */
  public ValidationResult validate(Table table, int maxViolations) {
    InputContract.Collector out = new InputContract.Collector(maxViolations);
    if (maxViolations < 1) {
      throw new IllegalArgumentException("maxViolations must be >= 1 but was " + maxViolations);
    }
    Optional<Column> oc = table.findColumn(labelColumn);
    if (oc.isEmpty()) {
      out.add(new Violation(-1, labelColumn, "missing label column", null));
      return new ValidationResult(out.list, false);
    }
    Column c = oc.get();
    Set<String> domain = new HashSet<>(labels);
    for (int r = 0; r < c.size(); r++) {
      String rule = null;
      if (c.isMissing(r)) {
        rule = "missing label";
      } else if (isClassification()) {
        if (!domain.contains(c.format(r))) {
          rule = "label outside the domain " + labels;
        }
      } else if (!(c instanceof NumericColumn n)) {
        rule = "target column must be NUMERIC but is " + c.type();
      } else if (!Double.isFinite(n.get(r))) {
        rule = "target is NaN or infinite";
      }
      if (rule != null && !out.add(new Violation(r, labelColumn, rule, c.format(r)))) {
        break;
      }
    }
    return new ValidationResult(out.list, out.truncated);
  }

  /**
   * The class index of every row's label (classification only); the labels must be valid.
   *
   * @param table a table holding the label column
   * @return one class index per row
   * @throws IllegalStateException if the task is regression
   * @throws ContractViolationException if a label is missing or outside the domain
   */
  public int[] classIndices(Table table) {
    if (!isClassification()) {
      throw new IllegalStateException("class indices need a classification task, not " + task);
    }
    validate(table, InputContract.DEFAULT_MAX_VIOLATIONS).throwIfInvalid("labels");
    Column c = table.column(labelColumn);
    int[] out = new int[c.size()];
    List<String> ls = new ArrayList<>(labels);
    for (int r = 0; r < out.length; r++) {
      out[r] = ls.indexOf(c.format(r));
    }
    return out;
  }
}
