/**
 * {@code leanml compare}: reads a predictions file, runs the library's paired comparison ({@code
 * org.leanml.eval.compare}) and gates the candidate. Reading and checking the file, task inference
 * and the terminal summary live here.
 *
 * <p>Not here: the statistics and the decision rule (leanml-eval), and the JSON, Markdown and HTML
 * reports ({@code org.leanml.eval.report}).
 */
@NullMarked
package org.leanml.cli.compare;

import org.jspecify.annotations.NullMarked;
