package org.leanml.eval.rollout;

import java.util.Objects;
import org.leanml.eval.sequential.Decision;

/** Receives the terminal decision of a {@link Rollout}, exactly once. */
@FunctionalInterface
public interface DecisionSink {
  /**
   * Called once when the rollout reaches PROMOTE or ROLLBACK.
   *
   * @param decision the decision
   */
  void onDecision(RolloutDecision decision);

  /**
   * A sink that moves an alias: to the candidate's version on PROMOTE, back to (or kept on) the
   * champion's version on ROLLBACK, with the decision's reason.
   *
   * @param mover the alias mover wired to the registry
   * @param alias the alias, usually {@code "champion"}
   * @return the sink
   * @throws NullPointerException if an argument is null
   */
  static DecisionSink movingAlias(AliasMover mover, String alias) {
    Objects.requireNonNull(mover, "mover");
    Objects.requireNonNull(alias, "alias");
    return d ->
        mover.move(
            alias,
            d.decision() == Decision.PROMOTE ? d.candidateVersion() : d.championVersion(),
            d.decision() + ": " + d.reason());
  }

  /**
   * A sink that calls this one, then another.
   *
   * @param next the next sink
   * @return the composed sink
   */
  default DecisionSink andThen(DecisionSink next) {
    Objects.requireNonNull(next, "next");
    return d -> {
      onDecision(d);
      next.onDecision(d);
    };
  }
}
