package org.leanml.tribuo;

/**
 * Thrown when a stored Tribuo model names a class outside {@link
 * TribuoCodec#ALLOWED_MODEL_CLASSES}: the bytes are refused before any Tribuo deserializer sees
 * them.
 */
public class DisallowedModelClassException extends TribuoArtifactException {
  private static final long serialVersionUID = 1L;

  /** The refused class name, as stored. */
  private final String className;

  /**
   * Creates the exception.
   *
   * @param className the refused class name, as stored
   */
  public DisallowedModelClassException(String className) {
    super(
        "model.pb names model class '"
            + className
            + "', which is not in the allow-list of pure-Java Tribuo models "
            + TribuoCodec.ALLOWED_MODEL_CLASSES);
    this.className = className;
  }

  /**
   * The refused class name.
   *
   * @return the class name as stored
   */
  public String className() {
    return className;
  }
}
