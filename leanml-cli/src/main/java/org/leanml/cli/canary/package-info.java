/**
 * {@code leanml canary}: planning canary rollouts by simulation with the library's {@code
 * org.leanml.eval.sequential.CanarySimulation}.
 *
 * <p>Not here: the sequential test and the rollout machinery (leanml-eval).
 */
@NullMarked
package org.leanml.cli.canary;

import org.jspecify.annotations.NullMarked;
