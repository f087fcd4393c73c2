/**
 * The one model abstraction every module uses: {@link org.leanml.core.predict.Predictor} and its
 * {@link org.leanml.core.predict.Prediction}s. Training lives in {@code org.leanml.core.stage} and
 * {@code org.leanml.tribuo}; combining predictors lives in {@code leanml-ensemble}.
 */
@NullMarked
package org.leanml.core.predict;

import org.jspecify.annotations.NullMarked;
