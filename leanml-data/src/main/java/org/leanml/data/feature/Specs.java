package org.leanml.data.feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.table.Column;

/** Contract and configuration helpers for this package's stages. */
final class Specs {
  private Specs() {}

  static InputContract finiteNumeric(List<String> names) {
    return InputContract.numeric(names);
  }

  static InputContract numericAtLeast(String name, double min) {
    return InputContract.of(FeatureSpec.numeric(name).withRange(min, Double.POSITIVE_INFINITY));
  }

  static Map<String, String> config(String... keyValues) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  static Fingerprinter fingerprinter(String domain, String name, Map<String, String> config) {
    return Fingerprinter.forDomain(domain).putString(name).putMap(config);
  }

  static List<String> columns(String[] names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("at least one column is required");
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(Column.requireName(n));
    }
    if (out.stream().distinct().count() != out.size()) {
      throw new IllegalArgumentException("columns repeat: " + out);
    }
    return List.copyOf(out);
  }

  static void checkInput(InputContract requires, org.leanml.core.table.Table t, String stage) {
    requires.validate(t).throwIfInvalid("input of features '" + stage + "'");
  }
}
