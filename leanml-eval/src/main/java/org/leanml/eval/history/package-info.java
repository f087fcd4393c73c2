/**
 * Comparisons beyond one pair: a candidate against every earlier version on a frozen evaluation set
 * ({@link org.leanml.eval.history.HistoryComparison}), and several candidates against the champion
 * with Holm correction across candidates ({@link
 * org.leanml.eval.history.MultiCandidateComparison}).
 *
 * <p>Callers pass each version's predictions on the frozen set with the set's fingerprint; a
 * comparison refuses ({@link org.leanml.eval.history.FrozenSetMismatchException}) when the rows are
 * not the same data. Not here: where versions are stored (the registry) and rendering.
 */
@NullMarked
package org.leanml.eval.history;

import org.jspecify.annotations.NullMarked;
