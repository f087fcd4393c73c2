/**
 * Metrics of one model with confidence intervals, computed from primitive arrays: binary ({@link
 * org.leanml.eval.metric.BinaryMetrics}), multiclass ({@link
 * org.leanml.eval.metric.MulticlassMetrics}) and regression ({@link
 * org.leanml.eval.metric.RegressionMetrics}).
 *
 * <p>Where the method allows, a metric is a function of a mergeable partial summary ({@link
 * org.leanml.eval.metric.ConfusionMatrix}, {@link org.leanml.eval.metric.Moments}) that can be
 * computed per partition and combined, so the same code can later run on a distributed engine. Rank
 * metrics (AUC, average precision, equal error rate) need the sorted scores held by {@link
 * org.leanml.eval.metric.RankedScores}.
 *
 * <p>Not here: anything comparing two models (package {@code compare}) and rendering.
 */
@NullMarked
package org.leanml.eval.metric;

import org.jspecify.annotations.NullMarked;
