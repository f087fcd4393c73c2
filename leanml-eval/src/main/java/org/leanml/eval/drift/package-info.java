/**
 * Distribution drift between a reference table and current data, feature by feature: PSI,
 * Jensen–Shannon distance, the two-sample Kolmogorov–Smirnov test (numeric) and the chi-square test
 * of homogeneity (categorical), combined by a documented {@link org.leanml.eval.drift.DriftRule}
 * into a {@link org.leanml.eval.drift.DriftReport} that renders as JSON.
 *
 * <p>Summaries ({@link org.leanml.eval.drift.DataSummary}) are computed once for the reference
 * (stored with the model version as a registry attachment by {@link
 * org.leanml.eval.drift.ReferenceSummaries}, in a versioned binary format) and per partition for
 * the current window, and merge exactly. Windowing over a stream and alerting live in {@code
 * org.leanml.eval.monitor}; performance metrics with late labels too.
 */
@NullMarked
package org.leanml.eval.drift;

import org.jspecify.annotations.NullMarked;
