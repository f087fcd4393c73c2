package org.leanml.examples.demo;

/** How much work the demo spends on tuning and out-of-fold predictions. */
public enum DemoSetting {
  /** The full demo: 8 tuning trials, 5 tuning folds and 5 stacking folds. */
  FULL(8, 5, 5),
  /** A faster demo for tests: 3 tuning trials, 3 tuning folds and 3 stacking folds. */
  QUICK(3, 3, 3);

  private final int tuningTrials;
  private final int tuningFolds;
  private final int stackingFolds;

  DemoSetting(int tuningTrials, int tuningFolds, int stackingFolds) {
    this.tuningTrials = tuningTrials;
    this.tuningFolds = tuningFolds;
    this.stackingFolds = stackingFolds;
  }

  /**
   * The number of random-search trials when tuning the first sub-model.
   *
   * @return the trials
   */
  public int tuningTrials() {
    return tuningTrials;
  }

  /**
   * The cross-validation folds of each tuning trial.
   *
   * @return the folds
   */
  public int tuningFolds() {
    return tuningFolds;
  }

  /**
   * The out-of-fold folds the stacking combiner is fitted on.
   *
   * @return the folds
   */
  public int stackingFolds() {
    return stackingFolds;
  }
}
