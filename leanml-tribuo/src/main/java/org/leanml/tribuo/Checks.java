package org.leanml.tribuo;

import org.leanml.core.table.Column;

/** Argument checks shared by the trainer configurations; messages name the option and value. */
final class Checks {
  private Checks() {}

  static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("stage name must not be blank but was '" + name + "'");
    }
    return Column.requireName(name);
  }

  static int atLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be >= " + min + " but was " + value);
    }
    return value;
  }

  static double positive(String option, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(option + " must be positive and finite but was " + value);
    }
    return value;
  }

  static double nonNegative(String option, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(option + " must be >= 0 and finite but was " + value);
    }
    return value;
  }

  static double fraction(String option, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(option + " must be in (0, 1] but was " + value);
    }
    return value;
  }
}
