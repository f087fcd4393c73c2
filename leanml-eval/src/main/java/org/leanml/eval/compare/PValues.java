package org.leanml.eval.compare;

/** Validation of p-values in result records. */
final class PValues {
  private PValues() {}

  static void require(double p, String field) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(field + " must be in [0, 1] but was " + p);
    }
  }
}
