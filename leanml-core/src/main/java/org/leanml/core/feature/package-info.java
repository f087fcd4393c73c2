/**
 * Feature extraction: {@link org.leanml.core.stage.FeatureExtraction} implementations that turn a
 * clean table into numeric model features — {@link org.leanml.core.feature.Select} (projection),
 * {@link org.leanml.core.feature.Ratio}, {@link org.leanml.core.feature.Log}, {@link
 * org.leanml.core.feature.OneHot}, {@link org.leanml.core.feature.Bin}, {@link
 * org.leanml.core.feature.Scale} — and {@link org.leanml.core.feature.FeatureSet} ({@link
 * org.leanml.core.feature.Features#of}), which concatenates several.
 *
 * <p>Every fitted extraction computes a row with one kernel, used both by {@code transform(Table)}
 * and by {@code transformRow(Row, double[])}, so the two agree bit for bit; {@code transformRow}
 * resolves column positions once per table (the last table's are cached) and allocates nothing.
 * Cleaning (imputation, casts, filters) does not live here: see {@code org.leanml.core.preprocess}.
 */
package org.leanml.core.feature;
