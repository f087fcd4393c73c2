/**
 * How an ensemble turns its members' outputs into one prediction: the {@link
 * org.leanml.ensemble.combine.Combiner} interface and its implementations (mean, weighted mean,
 * majority vote, stacked logistic and linear meta-models), the {@link
 * org.leanml.ensemble.combine.Attribution} of a combined result to members, and the {@link
 * org.leanml.ensemble.combine.CombinerTrainer}s that fit combiners on out-of-fold member outputs
 * (learned simplex weights, stacking).
 *
 * <p>Everything here is pure arithmetic over member outputs; no table, row or model appears. Not
 * here: members, missing-input policy ({@code org.leanml.ensemble}), producing the out-of-fold
 * outputs ({@code org.leanml.ensemble.train}), storage ({@code org.leanml.ensemble.store}).
 */
@NullMarked
package org.leanml.ensemble.combine;

import org.jspecify.annotations.NullMarked;
