/**
 * A JUnit 5 extension for tests of registered models: {@link
 * org.leanml.testkit.registry.LeanMlRegistryExtension} opens the registry named by {@link
 * org.leanml.testkit.registry.Registry} on the test class, injects the {@code Predictor} or {@code
 * ModelVersion} that an {@link org.leanml.testkit.registry.Alias} points at, and writes the
 * comparisons the test's gate assertions ran as reports under {@code target/leanml-reports/}.
 * {@link org.leanml.testkit.registry.RegistryStoreContract} is the test every {@code RegistryStore}
 * implementation extends to prove itself.
 *
 * <p>Not here: the registry itself ({@code org.leanml.registry}) and the assertions ({@code
 * org.leanml.testkit.gate}).
 */
@NullMarked
package org.leanml.testkit.registry;

import org.jspecify.annotations.NullMarked;
