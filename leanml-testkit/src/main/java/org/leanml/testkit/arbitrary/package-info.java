/**
 * jqwik {@link net.jqwik.api.Arbitrary} generators of {@link org.leanml.core.table.Table}s that
 * satisfy an {@link org.leanml.core.contract.InputContract}: types, ranges, categories and
 * nullability respected, edge values included. Checks of stages live in {@code
 * org.leanml.testkit.stage}.
 */
@NullMarked
package org.leanml.testkit.arbitrary;

import org.jspecify.annotations.NullMarked;
