package org.leanml.core.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * What a model or stage consumes: ordered, uniquely named features with types, nullability and
 * allowed values.
 *
 * @param features the features, in order
 */
public record InputContract(List<FeatureSpec> features) {
  /** The default cap on collected violations. */
  public static final int DEFAULT_MAX_VIOLATIONS = 100;

  /**
   * Validates and copies.
   *
   * @param features the features, in order
   * @throws IllegalArgumentException if a feature name repeats
   */
  public InputContract {
    features = List.copyOf(features);
    Set<String> seen = new HashSet<>();
    for (FeatureSpec f : features) {
      if (!seen.add(f.name())) {
        throw new IllegalArgumentException("feature '" + f.name() + "' appears more than once");
      }
    }
  }

  /**
   * A contract of the given features.
   *
   * @param features the features, in order
   * @return the contract
   * @throws IllegalArgumentException if a feature name repeats
   */
  public static InputContract of(FeatureSpec... features) {
    return new InputContract(List.of(features));
  }

  /**
   * A contract of required, finite numeric features.
   *
   * @param names the feature names, in order
   * @return the contract
   * @throws IllegalArgumentException if a name is blank or repeats
   */
  public static InputContract numeric(List<String> names) {
    List<FeatureSpec> fs = new ArrayList<>(names.size());
    for (String n : names) {
      fs.add(FeatureSpec.numeric(n));
    }
    return new InputContract(fs);
  }

  /**
   * The contract a table satisfies as it is: one feature per column, nullable where a cell is
   * missing, categories as observed. Ranges are left open.
   *
   * @param table the table
   * @return the inferred contract
   */
  public static InputContract inferFrom(Table table) {
    List<FeatureSpec> fs = new ArrayList<>();
    for (Column c : table.columns()) {
      boolean nonFinite = false;
      if (c instanceof NumericColumn n) {
        for (int r = 0; r < n.size() && !nonFinite; r++) {
          nonFinite = !n.isMissing(r) && !Double.isFinite(n.get(r));
        }
      }
      List<String> cats = c instanceof CategoricalColumn cc ? cc.levels() : List.of();
      fs.add(
          new FeatureSpec(
              c.name(),
              c.type(),
              c.missingCount() > 0,
              nonFinite,
              Double.NEGATIVE_INFINITY,
              Double.POSITIVE_INFINITY,
              cats));
    }
    return new InputContract(fs);
  }

  /**
   * The feature names, in order.
   *
   * @return a new list
   */
  public List<String> names() {
    List<String> out = new ArrayList<>(features.size());
    for (FeatureSpec f : features) {
      out.add(f.name());
    }
    return out;
  }

  /**
   * The number of features.
   *
   * @return the size
   */
  public int size() {
    return features.size();
  }

  /**
   * A feature by name.
   *
   * @param name the feature name
   * @return the spec, or empty
   */
  public Optional<FeatureSpec> feature(String name) {
    for (FeatureSpec f : features) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The sub-contract of the named features, in the given order.
   *
   * @param names feature names
   * @return the projection
   * @throws IllegalArgumentException if a name is not in this contract
   */
  public InputContract project(List<String> names) {
    List<FeatureSpec> fs = new ArrayList<>(names.size());
    for (String n : names) {
      fs.add(
          feature(n)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "feature '" + n + "' is not in the contract " + names())));
    }
    return new InputContract(fs);
  }

  /**
   * Every way in which data produced under this contract could fail to satisfy {@code required}.
   * Empty means a producer with this contract can feed a consumer with {@code required}.
   *
   * @param required what the consumer needs
   * @return one line per problem, naming the feature
   */
  public List<String> incompatibilitiesWith(InputContract required) {
    Map<String, FeatureSpec> mine = new HashMap<>();
    for (FeatureSpec f : features) {
      mine.put(f.name(), f);
    }
    List<String> out = new ArrayList<>();
    for (FeatureSpec r : required.features) {
      FeatureSpec m = mine.get(r.name());
      if (m == null) {
        out.add("feature '" + r.name() + "' is required but not produced");
      } else {
        String why = m.incompatibilityWith(r);
        if (why != null) {
          out.add("feature '" + r.name() + "': " + why);
        }
      }
    }
    return out;
  }

  /**
   * Checks a table, collecting up to {@link #DEFAULT_MAX_VIOLATIONS} violations.
   *
   * @param table the table
   * @return the result
   */
  public ValidationResult validate(Table table) {
    return validate(table, DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * Checks a table against this contract: each feature present with its type, no missing cell where
   * not nullable, finite numbers unless allowed, values within range and categories. Columns not in
   * the contract are ignored.
   *
   * @param table the table
   * @param maxViolations the most violations to collect
   * @return the result
   * @throws IllegalArgumentException if {@code maxViolations < 1}
   */
  public ValidationResult validate(Table table, int maxViolations) {
    if (maxViolations < 1) {
      throw new IllegalArgumentException("maxViolations must be >= 1 but was " + maxViolations);
    }
    Collector out = new Collector(maxViolations);
    for (FeatureSpec f : features) {
      if (out.full()) {
        break;
      }
      Optional<Column> oc = table.findColumn(f.name());
      if (oc.isEmpty()) {
        out.add(new Violation(-1, f.name(), "missing column", null));
        continue;
      }
      Column c = oc.get();
      if (c.type() != f.type()) {
        out.add(
            new Violation(
                -1, f.name(), "type " + c.type() + " but " + f.type() + " required", null));
        continue;
      }
      checkCells(f, c, out);
    }
    return new ValidationResult(out.list, out.truncated);
  }

  private static void checkCells(FeatureSpec f, Column c, Collector out) {
    Set<String> allowed = f.categories().isEmpty() ? null : new HashSet<>(f.categories());
    for (int r = 0; r < c.size(); r++) {
      if (c.isMissing(r)) {
        if (!f.nullable()
            && !out.add(new Violation(r, f.name(), "missing value not allowed", null))) {
          return;
        }
        continue;
      }
      String rule = null;
      if (c instanceof NumericColumn n) {
        double v = n.get(r);
        if (!Double.isFinite(v)) {
          rule = f.allowNonFinite() ? null : "NaN or infinite value not allowed";
        } else if (v < f.min()) {
          rule = "below minimum " + f.min();
        } else if (v > f.max()) {
          rule = "above maximum " + f.max();
        }
      } else if (allowed != null && c.type() == ColumnType.CATEGORICAL) {
        String v = c.format(r);
        if (!allowed.contains(v)) {
          rule = "unknown category (allowed: " + f.categories() + ")";
        }
      }
      if (rule != null && !out.add(new Violation(r, f.name(), rule, c.format(r)))) {
        return;
      }
    }
  }

  /** Collects violations up to a cap. */
  static final class Collector {
    final List<Violation> list = new ArrayList<>();
    final int cap;
    boolean truncated;

    Collector(int cap) {
      this.cap = cap;
    }

    boolean add(Violation v) {
      if (list.size() >= cap) {
        truncated = true;
        return false;
      }
      list.add(v);
      return true;
    }

    boolean full() {
      return list.size() >= cap;
    }
  }
}
