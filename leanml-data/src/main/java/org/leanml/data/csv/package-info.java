/**
 * ETL extraction: {@link org.leanml.core.stage.Extract} implementations that turn a source into a
 * {@link org.leanml.core.table.Table} — {@link org.leanml.data.csv.CsvExtract} (RFC 4180 files,
 * read by {@link org.leanml.data.csv.CsvReader}) and {@link org.leanml.data.csv.TableExtract} (an
 * in-memory table) — and {@link org.leanml.data.csv.CsvWriter}, which writes tables back as CSV.
 *
 * <p>Cleaning (casts, imputation, filtering) does not live here; see {@code
 * org.leanml.data.preprocess}.
 */
@NullMarked
package org.leanml.data.csv;

import org.jspecify.annotations.NullMarked;
