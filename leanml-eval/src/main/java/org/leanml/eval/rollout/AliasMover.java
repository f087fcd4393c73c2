package org.leanml.eval.rollout;

/**
 * Moves a registry alias (such as {@code champion}) to a model version, recording why. The
 * application wires it to the model registry; a rollout only calls it.
 */
@FunctionalInterface
public interface AliasMover {
  /**
   * Points an alias at a version.
   *
   * @param alias the alias, e.g. {@code "champion"}
   * @param version the model version
   * @param reason why, recorded with the move
   */
  void move(String alias, int version, String reason);
}
