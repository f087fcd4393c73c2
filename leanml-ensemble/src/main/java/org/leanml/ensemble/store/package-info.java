/**
 * Storing ensembles: {@link org.leanml.ensemble.store.EnsembleCodec}, the {@link
 * org.leanml.core.predict.PredictorCodec} of format {@code "leanml-ensemble/1"} (a versioned
 * manifest plus each member's own codec parts and, for members reading derived features, their
 * fitted feature state), found by the registry through {@code META-INF/services}, and the {@link
 * org.leanml.ensemble.store.EnsembleFormatException} it throws on malformed input. The format is
 * described in {@code docs/ensemble-format.md}.
 *
 * <p>Not here: where the bytes live (the core registry stores each part as a content-addressed
 * blob, so a member shared by two ensemble versions is stored once), how members' predictors are
 * encoded (their own codecs, e.g. the core Tribuo codec) and how fitted feature state is encoded
 * ({@link org.leanml.data.feature.FittedFeaturesCodec} in leanml-core).
 */
@NullMarked
package org.leanml.ensemble.store;

import org.jspecify.annotations.NullMarked;
