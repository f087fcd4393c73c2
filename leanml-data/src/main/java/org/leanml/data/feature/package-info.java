/**
 * Feature extraction: {@link org.leanml.core.stage.FeatureExtraction} implementations that turn a
 * clean table into numeric model features — {@link org.leanml.data.feature.Select} (projection),
 * {@link org.leanml.data.feature.Ratio}, {@link org.leanml.data.feature.Log}, {@link
 * org.leanml.data.feature.OneHot}, {@link org.leanml.data.feature.Bin}, {@link
 * org.leanml.data.feature.Scale} — and {@link org.leanml.data.feature.FeatureSet} ({@link
 * org.leanml.data.feature.Features#of}), which concatenates several.
 *
 * <p>Every fitted extraction computes a row with one kernel, used both by {@code transform(Table)}
 * and by {@code transformRow(Row, double[])}, so the two agree bit for bit; {@code transformRow}
 * resolves column positions once per table (the last table's are cached) and allocates nothing.
 * Cleaning (imputation, casts, filters) does not live here: see {@code org.leanml.data.preprocess}.
 *
 * <p>The stored form of the fitted stages lives here too, because it reads their package-private
 * state: {@link org.leanml.data.feature.FittedFeaturesCodec} writes a canonical, versioned JSON
 * document ({@code leanml-features}, version 1) and rebuilds a fitted stage with the same state
 * fingerprint, refusing malformed documents with {@link
 * org.leanml.data.feature.FeatureStateFormatException}. Where the bytes are kept (an ensemble's
 * stored parts, the registry's blobs) is not this package's concern.
 */
@NullMarked
package org.leanml.data.feature;

import org.jspecify.annotations.NullMarked;
