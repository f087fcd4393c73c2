/**
 * ETL extraction: {@link org.leanml.core.stage.Extract} implementations that turn a source into a
 * {@link org.leanml.core.table.Table} — {@link org.leanml.core.csv.CsvExtract} (RFC 4180 files,
 * read by {@link org.leanml.core.csv.CsvReader}) and {@link org.leanml.core.csv.TableExtract} (an
 * in-memory table) — and {@link org.leanml.core.csv.CsvWriter}, which writes tables back as CSV.
 *
 * <p>Cleaning (casts, imputation, filtering) does not live here; see {@code
 * org.leanml.core.preprocess}.
 */
@NullMarked
package org.leanml.core.csv;

import org.jspecify.annotations.NullMarked;
