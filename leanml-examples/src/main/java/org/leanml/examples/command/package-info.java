/**
 * {@code leanml demo}: runs {@link org.leanml.examples.demo.Demo} with its progress on standard
 * error and its summary on standard output. The command lives here, not in {@code leanml-cli}, so
 * that the shipped command line carries no demo; {@code ./leanml} puts this jar on the class path,
 * and {@link org.leanml.cli.SubcommandProvider} finds the command.
 */
@NullMarked
package org.leanml.examples.command;

import org.jspecify.annotations.NullMarked;
