/**
 * Reading the CSV files the commands take, with every problem reported as one error that names the
 * file, the line and the column ({@link org.leanml.cli.input.CsvInput}).
 *
 * <p>Not here: what a command does with the table (its own package), and CSV parsing itself ({@code
 * org.leanml.data.csv}).
 */
@NullMarked
package org.leanml.cli.input;

import org.jspecify.annotations.NullMarked;
