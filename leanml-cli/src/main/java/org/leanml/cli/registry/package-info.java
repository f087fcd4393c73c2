/**
 * {@code leanml registry}: lists, shows, compares, verifies and moves the champion of models in a
 * {@link org.leanml.registry.ModelRegistry} directory. Rendering only; the registry does the work.
 */
@NullMarked
package org.leanml.cli.registry;

import org.jspecify.annotations.NullMarked;
