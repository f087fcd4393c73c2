/**
 * Monitoring a served model over time: {@link org.leanml.eval.monitor.ScoreColumns} adds a model's
 * scores to a table so they drift-check like features; {@link org.leanml.eval.monitor.DriftMonitor}
 * cuts a stream of scored rows into windows (by count or time) and checks each against the
 * reference with {@code org.leanml.eval.drift}; {@link org.leanml.eval.monitor.LateLabelMonitor}
 * joins labels that arrive after the predictions and reports windowed accuracy with Wilson
 * intervals, alerting listeners when the interval falls below a threshold.
 *
 * <p>The drift statistics themselves live in {@code org.leanml.eval.drift}; rollout decisions in
 * {@code org.leanml.eval.sequential} and {@code org.leanml.eval.rollout}.
 */
@NullMarked
package org.leanml.eval.monitor;

import org.jspecify.annotations.NullMarked;
