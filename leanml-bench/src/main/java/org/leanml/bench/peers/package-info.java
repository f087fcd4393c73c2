/**
 * The leanml side of {@code bench/run-peers.sh}: small programs that write the shared, seeded
 * inputs (score files, split index files) and run the tasks that need a program rather than a JMH
 * benchmark (the comparison numbers for the agreement check, ensemble training with held-out
 * accuracy, serving latency percentiles). Each prints one JSON object on standard output that the
 * script compares with the peer's. Not here: JMH benchmarks (they live in the area packages) and
 * the peers themselves ({@code bench/peers/}).
 */
@NullMarked
package org.leanml.bench.peers;

import org.jspecify.annotations.NullMarked;
