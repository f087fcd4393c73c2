package org.leanml.core.tuning;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One point of a search space: parameter name to value ({@link Integer}, {@link Double} or {@link
 * String}), keys sorted.
 *
 * @param values parameter name to value, each an Integer, Double or String
 */
public record Parameters(Map<String, Object> values) {
  /**
   * Validates and copies.
   *
   * @param values parameter name to value, each an Integer, Double or String
   * @throws IllegalArgumentException if a value is not an Integer, Double or String
   */
  public Parameters {
    TreeMap<String, Object> copy = new TreeMap<>(values);
    for (Map.Entry<String, Object> e : copy.entrySet()) {
      Object v = e.getValue();
      if (!(v instanceof Integer || v instanceof Double || v instanceof String)) {
        throw new IllegalArgumentException(
            "parameter '" + e.getKey() + "' must be an Integer, Double or String but is " + v);
      }
    }
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * An integer parameter.
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if absent or not an integer
   */
  public int getInt(String name) {
    return get(name, Integer.class);
  }

  /**
   * A real parameter; integers are widened.
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if absent or not a number
   */
  public double getDouble(String name) {
    Object v = values.get(name);
    if (v instanceof Integer i) {
      return i;
    }
    return get(name, Double.class);
  }

  /**
   * A categorical parameter.
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if absent or not a string
   */
  public String getString(String name) {
    return get(name, String.class);
  }

  /**
   * The values as text, keys sorted, for logs and configurations.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> asText() {
    TreeMap<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return Collections.unmodifiableMap(out);
  }

  private <T> T get(String name, Class<T> type) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no parameter '" + name + "' in " + values.keySet());
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' is " + v + ", not a " + type.getSimpleName());
    }
    return type.cast(v);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
