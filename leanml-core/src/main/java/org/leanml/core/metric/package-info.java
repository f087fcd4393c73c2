/**
 * The metric terms: {@link org.leanml.core.metric.Metric}, the one list of metrics with their
 * report names and tasks; {@link org.leanml.core.metric.Direction}, the one word for which way is
 * better (tuning, gates and canaries all use it); the {@link org.leanml.core.metric.Scorer}
 * interface with its factories (accuracy, log loss, RMSE) for tuning objectives; and {@link
 * org.leanml.core.metric.MetricSet}, the {@link org.leanml.core.stage.Metrics} stage that reports
 * several metrics at once.
 *
 * <p>Statistical comparison of models (confidence intervals, tests) lives in {@code leanml-eval},
 * not here.
 */
@NullMarked
package org.leanml.core.metric;

import org.jspecify.annotations.NullMarked;
