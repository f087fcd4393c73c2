package org.leanml.core.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.table.Column;

/**
 * Helpers for writing stages, shared by the built-in preprocessing and feature stages and open to a
 * user's own: a stage's configuration map, the start of its state fingerprint, and the checked list
 * of columns it works on.
 */
public final class Stages {
  private Stages() {}

  /**
   * A configuration from key, value pairs, sorted by key (so that equal configurations print and
   * fingerprint alike).
   *
   * @param keyValues key, value, key, value, …
   * @return an unmodifiable sorted map
   * @throws IllegalArgumentException if the count is odd
   */
  public static Map<String, String> config(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "configuration needs key, value pairs but got " + keyValues.length + " strings");
    }
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * A fingerprinter for a fitted stage's state, already holding the stage's name and configuration;
   * the stage adds what it learned.
   *
   * @param domain the state format, e.g. {@code "leanml.preprocess.clip.v1"}
   * @param name the stage's name
   * @param config the stage's configuration
   * @return the fingerprinter
   */
  public static Fingerprinter fingerprinter(
      String domain, String name, Map<String, String> config) {
    return Fingerprinter.forDomain(domain).putString(name).putMap(config);
  }

  /**
   * The columns a stage works on, checked.
   *
   * @param names the column names
   * @return them as an unmodifiable list, in order
   * @throws IllegalArgumentException if there are none, a name is blank, or a name repeats
   */
  public static List<String> columns(String... names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("at least one column is required");
    }
    List<String> out = new ArrayList<>(names.length);
    for (String n : names) {
      out.add(Column.requireName(n));
    }
    if (out.stream().distinct().count() != out.size()) {
      throw new IllegalArgumentException("columns repeat: " + out);
    }
    return List.copyOf(out);
  }
}
