/**
 * Benchmarks of parameter tuning: how cross-validated search scales with the number of threads. Run
 * on demand only (see docs/benchmarks.md); the tuner itself lives in {@code
 * org.leanml.core.tuning}.
 */
@NullMarked
package org.leanml.bench.tuning;

import org.jspecify.annotations.NullMarked;
