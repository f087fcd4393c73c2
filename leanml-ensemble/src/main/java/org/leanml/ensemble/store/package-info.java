/**
 * Storing ensembles: {@link org.leanml.ensemble.store.EnsembleCodec}, the {@link
 * org.leanml.core.predict.PredictorCodec} of format {@code "leanml-ensemble/1"} (a versioned
 * manifest plus each member's own codec parts), found by the registry through {@code
 * META-INF/services}, and the {@link org.leanml.ensemble.store.EnsembleFormatException} it throws
 * on malformed input.
 *
 * <p>Not here: where the bytes live (the core registry stores each part as a content-addressed
 * blob, so a member shared by two ensemble versions is stored once) and how members are encoded
 * (their own codecs, e.g. the core Tribuo codec).
 */
package org.leanml.ensemble.store;
