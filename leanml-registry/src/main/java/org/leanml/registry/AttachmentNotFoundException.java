package org.leanml.registry;

import java.util.List;
import org.leanml.core.LeanMlException;

/**
 * A version exists but holds no attachment of the name asked for. The message and {@link
 * #available()} list the attachments it does hold.
 */
public final class AttachmentNotFoundException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  private final ModelRef version;
  private final String attachment;
  private final List<String> available;

  /**
   * Creates the exception.
   *
   * @param version the version looked in
   * @param attachment the attachment name asked for
   * @param available the names of the attachments the version holds
   */
  public AttachmentNotFoundException(ModelRef version, String attachment, List<String> available) {
    super(
        version
            + " has no attachment '"
            + attachment
            + "'; "
            + (available.isEmpty()
                ? "it has no attachments"
                : "its attachments are " + String.join(", ", available)));
    this.version = version;
    this.attachment = attachment;
    this.available = List.copyOf(available);
  }

  /**
   * The version looked in.
   *
   * @return its reference
   */
  public ModelRef version() {
    return version;
  }

  /**
   * The attachment name asked for.
   *
   * @return the name
   */
  public String attachment() {
    return attachment;
  }

  /**
   * The names of the attachments the version holds.
   *
   * @return the names, in manifest order
   */
  public List<String> available() {
    return available;
  }
}
