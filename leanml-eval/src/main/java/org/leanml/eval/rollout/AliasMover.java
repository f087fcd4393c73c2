package org.leanml.eval.rollout;

import org.leanml.registry.ModelRegistry;
import org.leanml.registry.RegistryNames;

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

  /**
   * A mover that points aliases of one model in a registry; each move is kept in the registry's
   * audit log with its reason, so a rollout's decision can be traced from the alias history.
   *
   * @param registry the registry
   * @param modelName the model whose aliases move
   * @return the mover
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the model name is not a valid registry name
   */
  static AliasMover forRegistry(ModelRegistry registry, String modelName) {
    java.util.Objects.requireNonNull(registry, "registry");
    RegistryNames.require("model name", modelName);
    return (alias, version, reason) -> registry.setAlias(modelName, alias, version, reason);
  }
}
