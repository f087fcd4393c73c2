package org.leanml.core.contract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.table.Column;
import org.leanml.core.table.ColumnType;

/**
 * One feature of an {@link InputContract}: its name, type, whether it may be missing, and the
 * values it may take.
 *
 * @param name the column name
 * @param type the column type
 * @param nullable whether a cell may be missing
 * @param allowNonFinite whether a numeric cell may be {@code NaN} or infinite
 * @param min the smallest allowed numeric value (inclusive); {@code -Infinity} for none
 * @param max the largest allowed numeric value (inclusive); {@code +Infinity} for none
 * @param categories the allowed levels of a categorical feature; empty means any level
 */
public record FeatureSpec(
    String name,
    ColumnType type,
    boolean nullable,
    boolean allowNonFinite,
    double min,
    double max,
    List<String> categories) {

  /**
   * Validates and copies.
   *
   * @param name the column name
   * @param type the column type
   * @param nullable whether a cell may be missing
   * @param allowNonFinite whether a numeric cell may be {@code NaN} or infinite
   * @param min the smallest allowed numeric value (inclusive); {@code -Infinity} for none
   * @param max the largest allowed numeric value (inclusive); {@code +Infinity} for none
   * @param categories the allowed levels of a categorical feature; empty means any level
   * @throws IllegalArgumentException if the name is blank, {@code min > max} or either is NaN, or
   *     categories are given for a non-categorical feature
   * @throws NullPointerException if type or categories is null
   */
  public FeatureSpec {
    Column.requireName(name);
    Objects.requireNonNull(type, "type");
    categories = List.copyOf(categories);
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException(
          "feature '" + name + "': range [" + min + ", " + max + "] is empty or NaN");
    }
    if (!categories.isEmpty() && type != ColumnType.CATEGORICAL) {
      throw new IllegalArgumentException(
          "feature '" + name + "' is " + type + " but lists categories " + categories);
    }
  }

  /**
   * A required, finite, unbounded numeric feature.
   *
   * @param name the feature name
   * @return the spec
   * @throws IllegalArgumentException if the name is blank
   */
  public static FeatureSpec numeric(String name) {
    return new FeatureSpec(
        name,
        ColumnType.NUMERIC,
        false,
        false,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        List.of());
  }

  /**
   * A required categorical feature.
   *
   * @param name the feature name
   * @param categories the allowed levels; none means any
   * @return the spec
   * @throws IllegalArgumentException if the name is blank
   */
  public static FeatureSpec categorical(String name, String... categories) {
    return new FeatureSpec(
        name,
        ColumnType.CATEGORICAL,
        false,
        false,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        List.of(categories));
  }

  /**
   * This spec with a numeric range.
   *
   * @param newMin the smallest allowed value
   * @param newMax the largest allowed value
   * @return a new spec
   * @throws IllegalArgumentException if the range is empty
   */
  public FeatureSpec withRange(double newMin, double newMax) {
    return new FeatureSpec(name, type, nullable, allowNonFinite, newMin, newMax, categories);
  }

  /**
   * This spec with missing cells allowed.
   *
   * @return a new spec
   */
  public FeatureSpec asNullable() {
    return new FeatureSpec(name, type, true, allowNonFinite, min, max, categories);
  }

  /**
   * This spec with {@code NaN} and infinities allowed.
   *
   * @return a new spec
   */
  public FeatureSpec allowingNonFinite() {
    return new FeatureSpec(name, type, nullable, true, min, max, categories);
  }

  /**
   * Whether a table column of this spec's name and type could satisfy a consumer that requires
   * {@code required}: same name and type, no looser nullability, range and categories within.
   *
   * @param required what the consumer needs
   * @return a description of the first incompatibility, or {@code null} if compatible
   */
  public @Nullable String incompatibilityWith(FeatureSpec required) {
    if (!name.equals(required.name)) {
      return "name '" + name + "' differs from '" + required.name + "'";
    }
    if (type != required.type) {
      return "type " + type + " but " + required.type + " is required";
    }
    if (nullable && !required.nullable) {
      return "may be missing but the consumer requires a value";
    }
    if (allowNonFinite && !required.allowNonFinite) {
      return "may be NaN or infinite but the consumer requires finite values";
    }
    if (min < required.min || max > required.max) {
      return "range ["
          + min
          + ", "
          + max
          + "] exceeds the required ["
          + required.min
          + ", "
          + required.max
          + "]";
    }
    if (!required.categories.isEmpty()
        && (categories.isEmpty() || !required.categories.containsAll(categories))) {
      return "categories "
          + (categories.isEmpty() ? "(any)" : categories)
          + " are not within the required "
          + required.categories;
    }
    return null;
  }
}
