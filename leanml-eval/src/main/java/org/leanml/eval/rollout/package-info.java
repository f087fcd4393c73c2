/**
 * Serving two model versions side by side: sticky traffic splitting with ramp schedules ({@link
 * org.leanml.eval.rollout.TrafficSplitter}), the {@link org.leanml.eval.rollout.Rollout} that
 * serves a champion and a candidate {@link org.leanml.core.predict.Predictor} and joins late
 * labels, and the append-only {@link org.leanml.eval.rollout.OutcomeLog}.
 *
 * <p>The statistics that decide a rollout live in {@code org.leanml.eval.sequential}; moving the
 * registry's alias is delegated to an {@link org.leanml.eval.rollout.AliasMover} supplied by the
 * caller. Drift and label-delayed monitoring live in {@code org.leanml.eval.drift} and {@code
 * org.leanml.eval.monitor}.
 */
@NullMarked
package org.leanml.eval.rollout;

import org.jspecify.annotations.NullMarked;
