/**
 * Preprocessing: {@link org.leanml.core.stage.Preprocess} implementations that clean a table before
 * feature extraction — {@link org.leanml.data.preprocess.Cast} (type casts), {@link
 * org.leanml.data.preprocess.Impute} (missing values), {@link
 * org.leanml.data.preprocess.FilterRows} (row filtering by {@link
 * org.leanml.data.preprocess.Condition}s) and {@link org.leanml.data.preprocess.Clip} (outlier
 * clipping) — plus {@link org.leanml.data.preprocess.Quantiles}, the one sample-quantile definition
 * every fitted stage uses.
 *
 * <p>Each stage states exactly what it {@code requires} and what it {@code produces}, learns its
 * state in {@code fit} and re-applies that state identically; the state has a fingerprint. Train /
 * test splits do not live here ({@code org.leanml.core.split}), nor do features ({@code
 * org.leanml.data.feature}).
 */
@NullMarked
package org.leanml.data.preprocess;

import org.jspecify.annotations.NullMarked;
