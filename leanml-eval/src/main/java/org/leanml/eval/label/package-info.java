/**
 * Choosing rows for domain experts to label under a budget ({@link
 * org.leanml.eval.label.LabellingQueue}: uncertainty, entropy, champion–candidate disagreement,
 * drifted regions; deterministic for a seed), exporting them to CSV and importing the labels back
 * into an evaluation set with its new fingerprint ({@link org.leanml.eval.label.LabelCsv}).
 *
 * <p>Drift statistics live in {@code org.leanml.eval.drift}; general CSV reading of tables lives in
 * core.
 */
@NullMarked
package org.leanml.eval.label;

import org.jspecify.annotations.NullMarked;
