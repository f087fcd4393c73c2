package org.leanml.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * A version's status changed: the audit entry of {@link ModelRegistry#setStatus}.
 *
 * @param name the model name
 * @param version the number of the version whose status changed
 * @param from the status before
 * @param to the status after
 * @param time when, from the registry's clock
 * @param reason why, as given by the caller
 */
public record StatusChange(
    String name, int version, VersionStatus from, VersionStatus to, Instant time, String reason)
    implements RegistryEvent {

  /**
   * Validates.
   *
   * @param name the model name
   * @param version the number of the version whose status changed
   * @param from the status before
   * @param to the status after
   * @param time when, from the registry's clock
   * @param reason why, as given by the caller
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}, the version is
   *     below 1 or the reason is blank
   * @throws NullPointerException if a status or the time is null
   */
  public StatusChange {
    RegistryNames.require("model name", name);
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1 but was " + version);
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(time, "time");
    RegistryEvent.requireReason(reason);
  }
}
