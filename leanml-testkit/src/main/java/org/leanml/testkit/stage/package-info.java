/**
 * Reusable checks that users run on their own stages: a fitted stage re-applies identically
 * (including one row at serving time), its output satisfies its declared contract, and its results
 * do not depend on row order or thread count. Table generators live in {@code
 * org.leanml.testkit.arbitrary}.
 */
@NullMarked
package org.leanml.testkit.stage;

import org.jspecify.annotations.NullMarked;
