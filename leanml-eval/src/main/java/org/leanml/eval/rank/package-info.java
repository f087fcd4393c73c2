/**
 * Ordering primitives the statistics share: order-preserving keys of doubles ({@link
 * org.leanml.eval.rank.SortKeys}), one radix sort ({@link org.leanml.eval.rank.RadixSort}) and one
 * set of rank look-ups in sorted keys ({@link org.leanml.eval.rank.Ranks}). AUC, DeLong's test, the
 * Wilcoxon signed-rank test and the drift statistics rank through these, so ties and minus zero are
 * treated the same way everywhere.
 *
 * <p>Public only so that the other packages of this module can use them; they are not part of the
 * supported API and may change without notice.
 */
@NullMarked
package org.leanml.eval.rank;

import org.jspecify.annotations.NullMarked;
