/**
 * Parameter tuning, which Tribuo lacks: a typed {@link org.leanml.core.tuning.SearchSpace} of
 * {@link org.leanml.core.tuning.Parameter}s, grid and random {@link
 * org.leanml.core.tuning.SearchStrategy strategies}, and the {@link org.leanml.core.tuning.Tuner}
 * that scores every candidate by k-fold cross-validation (stratified for classification) with a
 * {@link org.leanml.core.metric.Scorer} as objective, trials running in parallel on an injected
 * {@link java.util.concurrent.Executor}.
 *
 * <p>Results never depend on the thread count: every seed is derived from the master seed by trial
 * and fold index before anything runs, and results are collected by index. Progress goes to a
 * {@link org.leanml.core.tuning.TuningListener}; cancellation through a {@link
 * org.leanml.core.tuning.CancellationToken}. Splitting lives in {@code org.leanml.core.split}, the
 * metrics in {@code org.leanml.core.metric}.
 */
@NullMarked
package org.leanml.core.tuning;

import org.jspecify.annotations.NullMarked;
