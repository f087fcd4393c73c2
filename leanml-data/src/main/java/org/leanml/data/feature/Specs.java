package org.leanml.data.feature;

import java.util.List;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;

/** Contract and configuration helpers for this package's stages. */
final class Specs {
  private Specs() {}

  static InputContract finiteNumeric(List<String> names) {
    return InputContract.numeric(names);
  }

  static InputContract numericAtLeast(String name, double min) {
    return InputContract.of(FeatureSpec.numeric(name).withRange(min, Double.POSITIVE_INFINITY));
  }

  static void checkInput(InputContract requires, org.leanml.core.table.Table t, String stage) {
    requires.validate(t).throwIfInvalid("input of features '" + stage + "'");
  }
}
