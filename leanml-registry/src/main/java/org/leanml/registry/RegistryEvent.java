package org.leanml.registry;

import java.time.Instant;

/**
 * An entry of a model's append-only audit log: an {@link AliasMove} or a {@link StatusChange}.
 * Aliases and statuses are nothing but the replay of this log, so a move and its audit entry can
 * never disagree.
 */
public sealed interface RegistryEvent permits AliasMove, StatusChange {

  /**
   * The model name the event belongs to.
   *
   * @return the name
   */
  String name();

  /**
   * When it happened, from the registry's clock.
   *
   * @return the time
   */
  Instant time();

  /**
   * Why, as given by the caller.
   *
   * @return the reason, never blank
   */
  String reason();

  /**
   * Checks a reason.
   *
   * @param reason the reason
   * @return the reason
   * @throws IllegalArgumentException if it is null or blank
   */
  static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank but was '" + reason + "'");
    }
    return reason;
  }
}
