/**
 * The decision taken from a paired comparison: the {@link org.leanml.eval.decision.GateVerdict}
 * from the interval of the worsening against the allowed margin ({@link
 * org.leanml.eval.decision.DecisionRule}) and the gate with its guardrails ({@link
 * org.leanml.eval.decision.Guardrails}, {@link org.leanml.eval.decision.GateResult}).
 *
 * <p>Not here: the statistics that produce the intervals (package {@code compare}).
 */
@NullMarked
package org.leanml.eval.decision;

import org.jspecify.annotations.NullMarked;
