package org.leanml.registry;

import java.util.regex.Pattern;

/**
 * The one rule for model and alias names: {@code [a-z0-9][a-z0-9._-]{0,63}}. Names become directory
 * and file names in {@link FileSystemRegistryStore}, so the rule is checked before any store is
 * touched; it excludes {@code ..}, {@code /}, {@code \}, upper case (case-insensitive file systems)
 * and everything else that could escape or alias a directory.
 */
public final class RegistryNames {
  /** The pattern every model and alias name matches. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private RegistryNames() {}

  /**
   * Checks a name.
   *
   * @param field what the name names, for the message (e.g. {@code "model name"})
   * @param name the name
   * @return the name
   * @throws IllegalArgumentException if the name is null or does not match {@link #NAME}
   */
  public static String require(String field, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          field + " must match " + NAME.pattern() + " but was '" + name + "'");
    }
    return name;
  }
}
