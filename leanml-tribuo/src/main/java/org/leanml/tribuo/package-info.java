/**
 * The Tribuo bridge: trainers as {@link org.leanml.core.stage.Modeling} stages ({@link
 * org.leanml.tribuo.TribuoModels}), the {@link org.leanml.tribuo.TribuoPredictor} that wraps a
 * trained Tribuo model behind LeanML's contracts, and the {@link org.leanml.tribuo.TribuoCodec}
 * that stores it as Tribuo protobuf.
 *
 * <p>Only numeric features cross the bridge: categorical and text columns are turned into numbers
 * by the feature extraction stage first. Tribuo types appear in this package only; the rest of
 * LeanML sees {@link org.leanml.core.predict.Predictor}s.
 */
@NullMarked
package org.leanml.tribuo;

import org.jspecify.annotations.NullMarked;
