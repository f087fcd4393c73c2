/**
 * JMH benchmarks of {@code leanml-ensemble}: single-row prediction through an ensemble against the
 * same members called by hand and against Tribuo's own {@code WeightedEnsembleModel}, and batch
 * prediction on one and two threads. Results and commands are in {@code docs/benchmarks.md}.
 */
@NullMarked
package org.leanml.bench.ensemble;

import org.jspecify.annotations.NullMarked;
