/**
 * Baselines of the machine itself, measured in the same run as the library's benchmarks so that
 * thread-scaling results can be read against what the hardware delivers.
 */
@NullMarked
package org.leanml.bench.machine;

import org.jspecify.annotations.NullMarked;
