package org.leanml.core.contract;

/** The kind of prediction a model makes. */
public enum Task {
  /** Two classes; one of them is the positive class. */
  BINARY,
  /** Three or more classes. */
  MULTICLASS,
  /** A real-valued target. */
  REGRESSION
}
