/**
 * JMH benchmarks of rollout and monitoring: traffic routing, outcome-log appends, drift over a
 * million rows and loading a stored reference summary; {@code bench/drift-vs-scipy.py} measures
 * SciPy and NumPy on the same data.
 */
@NullMarked
package org.leanml.bench.monitor;

import org.jspecify.annotations.NullMarked;
