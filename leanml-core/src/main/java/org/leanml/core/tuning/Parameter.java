package org.leanml.core.tuning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One dimension of a {@link SearchSpace}: a named set of values that random search samples from and
 * grid search enumerates. Values are {@link Integer}, {@link Double} or {@link String}.
 */
public sealed interface Parameter
    permits Parameter.IntRange, Parameter.RealRange, Parameter.LogUniform, Parameter.Categorical {

  /**
   * The parameter's name, unique within a space.
   *
   * @return the name
   */
  String name();

  /**
   * Draws one value.
   *
   * @param rng the random source
   * @return the value
   */
  Object sample(SplittableRandom rng);

  /**
   * The values grid search tries.
   *
   * @param points how many points to take from a continuous (or large integer) range, at least 2
   * @return distinct values, ascending for ranges, in given order for categories
   */
  List<Object> grid(int points);

  /**
   * Integers in {@code [min, max]}, drawn uniformly.
   *
   * @param name the parameter's name, unique within a search space
   * @param min the smallest value
   * @param max the largest value
   * @return the parameter
   * @throws IllegalArgumentException if {@code min > max} or the name is blank
   */
  static IntRange intRange(String name, int min, int max) {
    return new IntRange(name, min, max);
  }

  /**
   * Reals in {@code [min, max]}, drawn uniformly.
   *
   * @param name the parameter's name, unique within a search space
   * @param min the smallest value
   * @param max the largest value
   * @return the parameter
   * @throws IllegalArgumentException if the range is empty or not finite, or the name is blank
   */
  static RealRange realRange(String name, double min, double max) {
    return new RealRange(name, min, max);
  }

  /**
   * Positive reals in {@code [min, max]} whose logarithm is drawn uniformly (learning rates,
   * regularisation strengths).
   *
   * @param name the parameter's name, unique within a search space
   * @param min the smallest value, positive
   * @param max the largest value
   * @return the parameter
   * @throws IllegalArgumentException if {@code min <= 0}, the range is empty or not finite, or the
   *     name is blank
   */
  static LogUniform logUniform(String name, double min, double max) {
    return new LogUniform(name, min, max);
  }

  /**
   * One of the given values, drawn uniformly.
   *
   * @param name the parameter's name, unique within a search space
   * @param values the values, distinct
   * @return the parameter
   * @throws IllegalArgumentException if there are no values, values repeat, or the name is blank
   */
  static Categorical categorical(String name, String... values) {
    return new Categorical(name, List.of(values));
  }

  /**
   * Integers in {@code [min, max]}.
   *
   * @param name the parameter's name, unique within a search space
   * @param min the smallest value
   * @param max the largest value
   */
  record IntRange(String name, int min, int max) implements Parameter {
    /**
     * Validates.
     *
     * @param name the parameter's name, unique within a search space
     * @param min the smallest value
     * @param max the largest value
     * @throws IllegalArgumentException if {@code min > max} or the name is blank
     */
    public IntRange {
      requireName(name);
      if (min > max) {
        throw new IllegalArgumentException(
            "parameter '" + name + "': min " + min + " > max " + max);
      }
    }

    @Override
    public Object sample(SplittableRandom rng) {
      return (int) (min + rng.nextLong((long) max - min + 1));
    }

    @Override
    public List<Object> grid(int points) {
      requirePoints(points);
      long size = (long) max - min + 1;
      LinkedHashSet<Object> out = new LinkedHashSet<>();
      if (size <= points) {
        for (long v = min; v <= max; v++) {
          out.add((int) v);
        }
      } else {
        for (int i = 0; i < points; i++) {
          out.add((int) Math.round(min + ((double) max - min) * i / (points - 1)));
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Reals in {@code [min, max]}, uniform.
   *
   * @param name the parameter's name, unique within a search space
   * @param min the smallest value
   * @param max the largest value
   */
  record RealRange(String name, double min, double max) implements Parameter {
    /**
     * Validates.
     *
     * @param name the parameter's name, unique within a search space
     * @param min the smallest value
     * @param max the largest value
     * @throws IllegalArgumentException if the range is empty or not finite, or the name is blank
     */
    public RealRange {
      requireName(name);
      requireRange(name, min, max);
    }

    @Override
    public Object sample(SplittableRandom rng) {
      return min == max ? min : min + (max - min) * rng.nextDouble();
    }

    @Override
    public List<Object> grid(int points) {
      requirePoints(points);
      LinkedHashSet<Object> out = new LinkedHashSet<>();
      for (int i = 0; i < points; i++) {
        out.add(i == points - 1 ? max : min + (max - min) * i / (points - 1));
      }
      return List.copyOf(out);
    }
  }

  /**
   * Positive reals in {@code [min, max]}, log-uniform.
   *
   * @param name the parameter's name, unique within a search space
   * @param min the smallest value
   * @param max the largest value
   */
  record LogUniform(String name, double min, double max) implements Parameter {
    /**
     * Validates.
     *
     * @param name the parameter's name, unique within a search space
     * @param min the smallest value
     * @param max the largest value
     * @throws IllegalArgumentException if {@code min <= 0}, the range is empty or not finite, or
     *     the name is blank
     */
    public LogUniform {
      requireName(name);
      requireRange(name, min, max);
      if (!(min > 0)) {
        throw new IllegalArgumentException(
            "parameter '" + name + "': a log-uniform range needs min > 0 but min is " + min);
      }
    }

    @Override
    public Object sample(SplittableRandom rng) {
      if (min == max) {
        return min;
      }
      double lo = Math.log(min);
      double hi = Math.log(max);
      return Math.min(max, Math.max(min, Math.exp(lo + (hi - lo) * rng.nextDouble())));
    }

    @Override
    public List<Object> grid(int points) {
      requirePoints(points);
      double lo = Math.log(min);
      double hi = Math.log(max);
      LinkedHashSet<Object> out = new LinkedHashSet<>();
      for (int i = 0; i < points; i++) {
        double v =
            i == 0 ? min : i == points - 1 ? max : Math.exp(lo + (hi - lo) * i / (points - 1));
        out.add(v);
      }
      return List.copyOf(out);
    }
  }

  /**
   * One of a list of values.
   *
   * @param name the parameter's name, unique within a search space
   * @param values the values, distinct
   */
  record Categorical(String name, List<String> values) implements Parameter {
    /**
     * Validates and copies.
     *
     * @param name the parameter's name, unique within a search space
     * @param values the values, distinct
     * @throws IllegalArgumentException if there are no values, values repeat, or the name is blank
     */
    public Categorical {
      requireName(name);
      values = List.copyOf(values);
      if (values.isEmpty() || new LinkedHashSet<>(values).size() != values.size()) {
        throw new IllegalArgumentException(
            "parameter '" + name + "' needs distinct values but has " + values);
      }
    }

    @Override
    public Object sample(SplittableRandom rng) {
      return values.get(rng.nextInt(values.size()));
    }

    @Override
    public List<Object> grid(int points) {
      return new ArrayList<>(values);
    }
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("parameter name must not be blank but was '" + name + "'");
    }
  }

  private static void requireRange(String name, double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "parameter '" + name + "': range [" + min + ", " + max + "] is empty or not finite");
    }
  }

  private static void requirePoints(int points) {
    if (points < 2) {
      throw new IllegalArgumentException("grid points must be >= 2 but was " + points);
    }
  }
}
