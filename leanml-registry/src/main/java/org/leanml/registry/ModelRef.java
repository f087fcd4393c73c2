package org.leanml.registry;

/**
 * A reference to one registered version: a name and a version number.
 *
 * @param name the model name
 * @param version the version number, from 1
 */
public record ModelRef(String name, int version) implements Comparable<ModelRef> {
  /**
   * Validates.
   *
   * @param name the model name
   * @param version the version number, from 1
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME} or the version
   *     is below 1
   */
  public ModelRef {
    RegistryNames.require("model name", name);
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1 but was " + version);
    }
  }

  @Override
  public int compareTo(ModelRef o) {
    int c = name.compareTo(o.name);
    return c != 0 ? c : Integer.compare(version, o.version);
  }

  @Override
  public String toString() {
    return name + " v" + version;
  }
}
