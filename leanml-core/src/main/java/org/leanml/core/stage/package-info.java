/**
 * One small interface per ticket scope: {@link org.leanml.core.stage.Extract} (ETL), {@link
 * org.leanml.core.stage.Preprocess}, {@link org.leanml.core.stage.FeatureExtraction}, {@link
 * org.leanml.core.stage.Modeling}, {@link org.leanml.core.stage.ParameterTuning} and {@link
 * org.leanml.core.stage.Metrics}, with the {@link org.leanml.core.stage.Stage} they share.
 *
 * <p>Stages that learn from data are split in two: the stage (configuration only) and what its
 * {@code fit} returns (configuration plus fitted state, with a fingerprint), so a fitted stage
 * re-applies identically to new data. Implementations live in their own packages ({@code csv},
 * {@code preprocess}, {@code feature}, {@code tribuo}, {@code tuning}, {@code metric}); the {@code
 * pipeline} package composes them.
 */
@NullMarked
package org.leanml.core.stage;

import org.jspecify.annotations.NullMarked;
