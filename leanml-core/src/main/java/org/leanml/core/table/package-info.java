/**
 * Immutable, columnar, typed tables: {@link org.leanml.core.table.Table}, its {@link
 * org.leanml.core.table.Column} kinds and zero-copy {@link org.leanml.core.table.Row} views.
 *
 * <p>Reading and writing files lives in {@code org.leanml.data.csv}; statistics on tables live
 * elsewhere.
 */
@NullMarked
package org.leanml.core.table;

import org.jspecify.annotations.NullMarked;
