/**
 * Paired comparisons of two models on the same rows: McNemar on correctness ({@link
 * org.leanml.eval.compare.McNemarTest}), DeLong for correlated AUCs ({@link
 * org.leanml.eval.compare.DeLongTest}), the paired bootstrap of a metric difference ({@link
 * org.leanml.eval.compare.PairedBootstrap}), the Wilcoxon signed-rank test on absolute errors
 * ({@link org.leanml.eval.compare.WilcoxonSignedRankTest}), flips ({@link
 * org.leanml.eval.compare.Flips}), slices with Holm correction ({@link
 * org.leanml.eval.compare.Holm}), and the entry point that runs them all ({@link
 * org.leanml.eval.compare.PairedComparison}) producing a {@link
 * org.leanml.eval.compare.ComparisonResult}.
 *
 * <p>Results are records holding the statistic, the p-value and a {@code reject(alpha)} decision;
 * they never log or print. Not here: metrics of one model ({@code metric}), the verdict rule
 * ({@code decision}), comparisons against history ({@code history}) and rendering ({@code report}).
 */
@NullMarked
package org.leanml.eval.compare;

import org.jspecify.annotations.NullMarked;
