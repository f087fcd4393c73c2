/**
 * The public datasets that leanml's tests, examples and benchmarks read, bundled in this jar as
 * gzipped CSV files with their citations and licences: {@link
 * org.leanml.datasets.BundledDataset#SPAMBASE} and {@link
 * org.leanml.datasets.BundledDataset#LETTER}.
 *
 * <p>This package only hands out the bytes (decompressed, or copied to a folder as a plain CSV
 * file). Parsing them into tables is the business of {@code org.leanml.data.csv}; this module
 * depends on nothing but JSpecify, so that every other module can use it in test scope.
 */
@NullMarked
package org.leanml.datasets;

import org.jspecify.annotations.NullMarked;
