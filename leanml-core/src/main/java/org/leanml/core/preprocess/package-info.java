/**
 * Preprocessing: {@link org.leanml.core.stage.Preprocess} implementations that clean a table before
 * feature extraction — {@link org.leanml.core.preprocess.Cast} (type casts), {@link
 * org.leanml.core.preprocess.Impute} (missing values), {@link
 * org.leanml.core.preprocess.FilterRows} (row filtering by {@link
 * org.leanml.core.preprocess.Condition}s) and {@link org.leanml.core.preprocess.Clip} (outlier
 * clipping) — plus {@link org.leanml.core.preprocess.Quantiles}, the one sample-quantile definition
 * every fitted stage uses.
 *
 * <p>Each stage states exactly what it {@code requires} and what it {@code produces}, learns its
 * state in {@code fit} and re-applies that state identically; the state has a fingerprint. Train /
 * test splits do not live here ({@code org.leanml.core.split}), nor do features ({@code
 * org.leanml.core.feature}).
 */
@NullMarked
package org.leanml.core.preprocess;

import org.jspecify.annotations.NullMarked;
