/**
 * Regression-gate assertions for tests: {@link org.leanml.testkit.gate.GateAssertions} compares a
 * candidate with a baseline (two {@code Predictor}s on an evaluation table, or raw score arrays)
 * with the library's paired comparison and fails with a readable summary when the candidate is
 * worse than allowed.
 *
 * <p>Not here: the statistics (leanml-eval's {@code compare} and {@code decision} packages) and the
 * JUnit 5 extension that loads models from a registry ({@code org.leanml.testkit.registry}).
 */
@NullMarked
package org.leanml.testkit.gate;

import org.jspecify.annotations.NullMarked;
