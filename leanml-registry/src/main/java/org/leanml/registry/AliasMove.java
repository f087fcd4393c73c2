package org.leanml.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An alias pointed at a version: the audit entry of {@link ModelRegistry#setAlias}, {@link
 * ModelRegistry#promote} and {@link ModelRegistry#rollback}.
 *
 * @param name the model name
 * @param alias the alias, e.g. {@code champion}
 * @param from the version the alias pointed at before, if any
 * @param to the version it points at now
 * @param time when, from the registry's clock
 * @param reason why, as given by the caller
 * @param action which operation moved it
 */
public record AliasMove(
    String name, String alias, OptionalInt from, int to, Instant time, String reason, Action action)
    implements RegistryEvent {

  /** The operation that moved an alias; {@link ModelRegistry#rollback} undoes the moves in turn. */
  public enum Action {
    /** {@link ModelRegistry#setAlias}. */
    SET,
    /** {@link ModelRegistry#promote}: the {@code champion} alias moved forward. */
    PROMOTE,
    /** {@link ModelRegistry#rollback}: the {@code champion} alias moved back. */
    ROLLBACK
  }

  /**
   * Validates.
   *
   * @param name the model name
   * @param alias the alias, e.g. {@code champion}
   * @param from the version the alias pointed at before, if any
   * @param to the version it points at now
   * @param time when, from the registry's clock
   * @param reason why, as given by the caller
   * @param action which operation moved it
   * @throws IllegalArgumentException if a name breaks {@link RegistryNames#NAME}, a version is
   *     below 1 or the reason is blank
   * @throws NullPointerException if {@code from}, {@code time} or {@code action} is null
   */
  public AliasMove {
    RegistryNames.require("model name", name);
    RegistryNames.require("alias", alias);
    Objects.requireNonNull(from, "from");
    if (from.isPresent() && from.getAsInt() < 1) {
      throw new IllegalArgumentException("from must be >= 1 but was " + from.getAsInt());
    }
    if (to < 1) {
      throw new IllegalArgumentException("to must be >= 1 but was " + to);
    }
    Objects.requireNonNull(time, "time");
    RegistryEvent.requireReason(reason);
    Objects.requireNonNull(action, "action");
  }
}
