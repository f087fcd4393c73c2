/**
 * Sequential decisions that may be checked after every observation: the normal-mixture sequential
 * probability ratio test ({@link org.leanml.eval.sequential.MixtureSprt}) with always-valid
 * p-values and confidence sequences, the stateful {@link
 * org.leanml.eval.sequential.SequentialExperiment} that accumulates per-request metrics of two
 * arms, guardrails ({@link org.leanml.eval.sequential.GuardedExperiment}) and the canary planner
 * {@link org.leanml.eval.sequential.CanarySimulation} that runs the same decision code on simulated
 * traffic.
 *
 * <p>Serving, traffic splitting and moving registry aliases live in {@code
 * org.leanml.eval.rollout}; fixed-horizon comparisons live in {@code org.leanml.eval.compare}.
 */
@NullMarked
package org.leanml.eval.sequential;

import org.jspecify.annotations.NullMarked;
