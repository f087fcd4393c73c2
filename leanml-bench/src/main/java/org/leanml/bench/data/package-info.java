/**
 * Where benchmarks and peer programs find the public datasets: {@link
 * org.leanml.bench.data.BenchData} hands out a plain CSV file of a {@link
 * org.leanml.datasets.BundledDataset}, by default a copy of the one bundled in {@code
 * leanml-datasets}, so a fresh clone runs every benchmark with nothing beside it. Not here: the
 * generated inputs ({@code NumericCsv}, {@code PeerData}) and the benchmarks themselves.
 */
@NullMarked
package org.leanml.bench.data;

import org.jspecify.annotations.NullMarked;
