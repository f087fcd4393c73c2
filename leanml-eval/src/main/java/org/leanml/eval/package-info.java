/**
 * LeanML evaluation: the root package holds nothing but this overview.
 *
 * <p>Statistics of one model live in {@code metric} (metrics with confidence intervals, mergeable
 * partial summaries); paired statistics of two models on the same rows in {@code compare} (McNemar,
 * DeLong, paired bootstrap, Wilcoxon, flips, slices); the verdict and gate in {@code decision};
 * comparisons against every earlier version and between several candidates in {@code history};
 * JSON, Markdown and HTML rendering in {@code report}. Drift, sequential tests, rollout, monitoring
 * and labelling live in their own packages ({@code drift}, {@code sequential}, {@code rollout},
 * {@code monitor}, {@code label}).
 */
@NullMarked
package org.leanml.eval;

import org.jspecify.annotations.NullMarked;
