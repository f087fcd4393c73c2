/**
 * Scores of predictions against the truth: the {@link org.leanml.core.metric.Metric} interface with
 * its factories (accuracy, log loss, RMSE), the {@link org.leanml.core.metric.Direction} that tells
 * tuning which way is better, and {@link org.leanml.core.metric.MetricSet}, the {@link
 * org.leanml.core.stage.Metrics} stage that reports several metrics at once.
 *
 * <p>Statistical comparison of models (confidence intervals, tests) lives in {@code leanml-eval},
 * not here.
 */
@NullMarked
package org.leanml.core.metric;

import org.jspecify.annotations.NullMarked;
