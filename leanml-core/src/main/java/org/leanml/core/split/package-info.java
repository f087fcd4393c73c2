/**
 * Deterministic row splits: random and stratified train/test splits, (stratified) k-fold
 * cross-validation folds and splits by a time cut-off. {@link org.leanml.core.split.Splits} holds
 * the factories; results are records of row indices ({@link org.leanml.core.split.TrainTestSplit},
 * {@link org.leanml.core.split.Folds}) that apply to any table with the same rows.
 *
 * <p>Every random choice comes from a {@link java.util.SplittableRandom} seeded by the caller, so a
 * seed always gives the same split. Model training and scoring on the folds live in {@code
 * org.leanml.core.tuning}, not here.
 */
@NullMarked
package org.leanml.core.split;

import org.jspecify.annotations.NullMarked;
