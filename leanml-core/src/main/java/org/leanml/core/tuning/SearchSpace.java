package org.leanml.core.tuning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The parameters a tuner searches, in order (the first varies slowest in a grid).
 *
 * @param parameters the dimensions, in order (the first varies slowest in a grid)
 */
public record SearchSpace(List<Parameter> parameters) {
  /**
   * Validates and copies.
   *
   * @param parameters the dimensions, in order (the first varies slowest in a grid)
   * @throws IllegalArgumentException if there are no parameters or names repeat
   */
  public SearchSpace {
    parameters = List.copyOf(parameters);
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("a search space needs at least one parameter");
    }
    Set<String> seen = new HashSet<>();
    for (Parameter p : parameters) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' appears more than once");
      }
    }
  }

  /**
   * A space of the given parameters.
   *
   * @param parameters the dimensions, in order
   * @return the space
   * @throws IllegalArgumentException if there are none or names repeat
   */
  public static SearchSpace of(Parameter... parameters) {
    return new SearchSpace(List.of(parameters));
  }

  /**
   * Draws one point.
   *
   * @param rng the random source, advanced once per parameter in order
   * @return the point
   */
  public Parameters sample(SplittableRandom rng) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      v.put(p.name(), p.sample(rng));
    }
    return new Parameters(v);
  }

  /**
   * Every point of the grid, the first parameter varying slowest.
   *
   * @param points values per continuous dimension, at least 2
   * @return the points, in a fixed order
   * @throws IllegalArgumentException if {@code points < 2}
   */
  public List<Parameters> grid(int points) {
    List<Map<String, Object>> acc = new ArrayList<>();
    acc.add(new LinkedHashMap<>());
    for (Parameter p : parameters) {
      List<Object> values = p.grid(points);
      List<Map<String, Object>> next = new ArrayList<>(acc.size() * values.size());
      for (Map<String, Object> partial : acc) {
        for (Object v : values) {
          Map<String, Object> m = new LinkedHashMap<>(partial);
          m.put(p.name(), v);
          next.add(m);
        }
      }
      acc = next;
    }
    List<Parameters> out = new ArrayList<>(acc.size());
    for (Map<String, Object> m : acc) {
      out.add(new Parameters(m));
    }
    return out;
  }
}
