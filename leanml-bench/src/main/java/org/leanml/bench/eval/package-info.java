/**
 * JMH benchmarks of the evaluation module: the paired comparison of two binary models on a million
 * rows ({@link org.leanml.bench.eval.ComparisonBenchmark}). Not here: benchmarks of other modules.
 */
@NullMarked
package org.leanml.bench.eval;

import org.jspecify.annotations.NullMarked;
