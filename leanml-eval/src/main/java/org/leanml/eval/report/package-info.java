/**
 * Rendering of comparison results: {@link org.leanml.eval.report.ComparisonReport} turns a {@link
 * org.leanml.eval.compare.ComparisonResult} (and optionally the history) into JSON (schema in
 * {@code docs/comparison-report-schema.md}), Markdown, or a self-contained HTML page with inline
 * SVG charts.
 *
 * <p>Not here: any statistics; reports only format what the result records hold.
 */
@NullMarked
package org.leanml.eval.report;

import org.jspecify.annotations.NullMarked;
