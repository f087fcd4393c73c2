/**
 * Ensembles of sub-models that share one input and one output contract: {@link
 * org.leanml.ensemble.Ensemble} (itself a {@link org.leanml.core.predict.Predictor}), its {@link
 * org.leanml.ensemble.SubModel}s with their {@link org.leanml.ensemble.Provenance}, the {@link
 * org.leanml.ensemble.MissingInputPolicy} applied when a row lacks a member's inputs, and per-row
 * {@link org.leanml.ensemble.Explanation}s.
 *
 * <p>Not here: how member outputs are combined ({@code org.leanml.ensemble.combine}), how members
 * are trained and added ({@code org.leanml.ensemble.train}) and how ensembles are stored ({@code
 * org.leanml.ensemble.store}).
 */
@NullMarked
package org.leanml.ensemble;

import org.jspecify.annotations.NullMarked;
