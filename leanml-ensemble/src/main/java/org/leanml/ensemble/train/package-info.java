/**
 * Training ensembles and iterating on them without retraining: {@link
 * org.leanml.ensemble.train.EnsembleTrainer} trains a first ensemble, {@linkplain
 * org.leanml.ensemble.train.EnsembleTrainer#extend extends} one with new members (earlier members
 * stay byte-identical, only the combiner is refitted) and, only when asked, retrains everything;
 * {@link org.leanml.ensemble.train.SubModelSpec} is the recipe of one member.
 *
 * <p>Not here: the members and the ensemble themselves ({@code org.leanml.ensemble}), the combiners
 * and their fitting arithmetic ({@code org.leanml.ensemble.combine}), the models (the core Tribuo
 * bridge or any {@link org.leanml.core.stage.Modeling}).
 */
@NullMarked
package org.leanml.ensemble.train;

import org.jspecify.annotations.NullMarked;
