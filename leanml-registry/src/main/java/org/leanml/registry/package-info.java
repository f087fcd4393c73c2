/**
 * The model registry: every trained model version with its provenance (parent, fingerprints of
 * training and evaluation data, run record, metrics, tags), aliases such as {@code champion} with
 * an audit trail of every move, lineage, differences between versions, and checksum-verified
 * loading. Entry point: {@link org.leanml.registry.ModelRegistry}.
 *
 * <p>Storage sits behind the small {@link org.leanml.registry.RegistryStore} SPI: {@link
 * org.leanml.registry.FileSystemRegistryStore} (the embedded default: one directory, safe for
 * several processes and for crashes; layout in {@code docs/registry-format.md}) and {@link
 * org.leanml.registry.InMemoryRegistryStore}.
 *
 * <p>What does not live here: encoding models to bytes ({@link
 * org.leanml.core.predict.PredictorCodec} implementations such as the Tribuo codec, which also
 * holds the allow-list of model classes), run records ({@code org.leanml.core.run}), and promotion
 * policy — deciding <em>whether</em> to promote belongs to {@code leanml-eval}; the registry only
 * records the decision.
 */
@NullMarked
package org.leanml.registry;

import org.jspecify.annotations.NullMarked;
