/** JMH benchmarks of the model registry: registering, listing and loading versions. */
@NullMarked
package org.leanml.bench.registry;

import org.jspecify.annotations.NullMarked;
