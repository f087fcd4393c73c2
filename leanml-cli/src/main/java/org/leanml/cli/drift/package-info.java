/**
 * {@code leanml drift}: reads a reference and a current CSV file and runs the library's drift
 * detector ({@code org.leanml.eval.drift}) on their features, with a terminal summary.
 *
 * <p>Not here: the statistics, the drift rule and the JSON report (leanml-eval).
 */
package org.leanml.cli.drift;
