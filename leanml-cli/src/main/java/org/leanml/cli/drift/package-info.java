/**
 * {@code leanml drift}: reads a reference and a current CSV file (or takes the reference summary
 * stored with a registered version) and runs the library's drift detector ({@code
 * org.leanml.eval.drift}) on their features, with a terminal summary and Markdown and HTML
 * documents.
 *
 * <p>Not here: the statistics, the drift rule and the JSON report (leanml-eval).
 */
@NullMarked
package org.leanml.cli.drift;

import org.jspecify.annotations.NullMarked;
