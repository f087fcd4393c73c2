/**
 * JMH benchmarks of the core data path: CSV reading ({@link
 * org.leanml.bench.core.CsvReadBenchmark}) and table fingerprints ({@link
 * org.leanml.bench.core.FingerprintBenchmark}), plus {@link org.leanml.bench.core.NumericCsv},
 * which writes the generated numeric file that the benchmark and the pandas comparison ({@code
 * bench/csv-vs-pandas.sh}) both read. Results are recorded in {@code docs/benchmarks.md}.
 */
@NullMarked
package org.leanml.bench.core;

import org.jspecify.annotations.NullMarked;
