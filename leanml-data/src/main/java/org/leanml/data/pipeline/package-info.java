/**
 * Composes stages into a {@link org.leanml.data.pipeline.Pipeline}: one extraction, any number of
 * preprocessing stages, one feature extraction and one modelling stage, checked against each
 * other's contracts when built, run with a {@link org.leanml.core.run.RunRecord} of what happened,
 * and fitted into a {@link org.leanml.data.pipeline.FittedPipeline} whose predictor serves raw
 * rows.
 *
 * <p>Stage implementations live in their own packages ({@code csv}, {@code preprocess}, {@code
 * feature}, {@code tribuo}); train/test splitting lives in {@code split}.
 */
@NullMarked
package org.leanml.data.pipeline;

import org.jspecify.annotations.NullMarked;
