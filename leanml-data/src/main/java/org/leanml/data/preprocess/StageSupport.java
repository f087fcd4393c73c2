package org.leanml.data.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Stages;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

/** Helpers shared by this package's stages. */
final class StageSupport {
  private StageSupport() {}

  static void checkInput(InputContract requires, Table table, String stage) {
    requires.validate(table).throwIfInvalid("input of stage '" + stage + "'");
  }

  /**
   * The fitted form of a stage that learns nothing: its state fingerprint covers only its name and
   * configuration, and applying it calls {@code apply}.
   */
  static Preprocess.FittedPreprocess stateless(
      String domain, String name, Map<String, String> configuration, UnaryOperator<Table> apply) {
    Fingerprint state = Stages.fingerprinter(domain, name, configuration).finish();
    return new Preprocess.FittedPreprocess() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Map<String, String> configuration() {
        return configuration;
      }

      @Override
      public Fingerprint stateFingerprint() {
        return state;
      }

      @Override
      public Table apply(Table table) {
        return apply.apply(table);
      }
    };
  }

  static InputContract replace(InputContract in, String column, UnaryOperator<FeatureSpec> f) {
    List<FeatureSpec> out = new ArrayList<>(in.size());
    boolean found = false;
    for (FeatureSpec s : in.features()) {
      if (s.name().equals(column)) {
        out.add(f.apply(s));
        found = true;
      } else {
        out.add(s);
      }
    }
    if (!found) {
      throw new IllegalArgumentException(
          "column '" + column + "' is not in the input contract " + in.names());
    }
    return new InputContract(out);
  }

  /** Applies {@link #replace} to each of the columns in turn. */
  static InputContract replaceEach(
      InputContract in, List<String> columns, UnaryOperator<FeatureSpec> f) {
    InputContract out = in;
    for (String c : columns) {
      out = replace(out, c, f);
    }
    return out;
  }

  /** A column of the given type that may hold any value: missing, not finite, any level. */
  static FeatureSpec anyValue(String column, ColumnType type) {
    return new FeatureSpec(
        column, type, true, true, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
  }

  /** The contract of columns of one type that may hold any value ({@link #anyValue}). */
  static InputContract anyValues(List<String> columns, ColumnType type) {
    List<FeatureSpec> fs = new ArrayList<>(columns.size());
    for (String c : columns) {
      fs.add(anyValue(c, type));
    }
    return new InputContract(fs);
  }

  static FeatureSpec nonNullable(FeatureSpec s) {
    return new FeatureSpec(
        s.name(), s.type(), false, s.allowNonFinite(), s.min(), s.max(), s.categories());
  }

  static String name(String n) {
    return Column.requireName(n);
  }
}
