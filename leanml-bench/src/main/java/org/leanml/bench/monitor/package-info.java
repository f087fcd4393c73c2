/**
 * JMH benchmarks of rollout and monitoring: traffic routing, outcome-log appends and drift over a
 * million rows; {@code bench/drift-vs-scipy.py} measures SciPy and NumPy on the same data.
 */
package org.leanml.bench.monitor;
