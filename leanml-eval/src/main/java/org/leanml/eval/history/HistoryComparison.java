package org.leanml.eval.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.leanml.core.contract.Task;
import org.leanml.eval.compare.PairedComparison;

/**
 * Compares a candidate with every earlier version on the frozen evaluation set, each as a paired
 * comparison with that version as the baseline.
 *
 * <pre>{@code
 * HistoryResult h = HistoryComparison.of(frozen, candidate, List.of(v1, v2, v3))
 *     .configure(c -> c.withMargin(0.005).withSeed(7))
 *     .run();
 * }</pre>
 *
 * <p>Before anything is computed every version's fingerprint and row count are checked against the
 * frozen set; a mismatch throws {@link FrozenSetMismatchException}. The champion is the last
 * version unless {@link #withChampion} names another.
 */
public final class HistoryComparison {
  private final FrozenSet frozen;
  private final VersionPredictions candidate;
  private final List<VersionPredictions> history;
  private final String champion;
  private final UnaryOperator<PairedComparison> configure;

  private HistoryComparison(
      FrozenSet frozen,
      VersionPredictions candidate,
      List<VersionPredictions> history,
      String champion,
      UnaryOperator<PairedComparison> configure) {
    this.frozen = frozen;
    this.candidate = candidate;
    this.history = history;
    this.champion = champion;
    this.configure = configure;
  }

  /**
   * A history comparison.
   *
   * @param frozen the frozen evaluation set
   * @param candidate the candidate's predictions
   * @param history the earlier versions' predictions, oldest first
   * @return the comparison; the champion is the last version
   * @throws IllegalArgumentException if the history is empty or version labels repeat
   * @throws FrozenSetMismatchException if a version was not predicted on the frozen set
   */
  public static HistoryComparison of(
      FrozenSet frozen, VersionPredictions candidate, List<VersionPredictions> history) {
    List<VersionPredictions> h = List.copyOf(history);
    if (h.isEmpty()) {
      throw new IllegalArgumentException("history must hold at least one earlier version");
    }
    List<String> labels = new ArrayList<>();
    labels.add(candidate.version());
    for (VersionPredictions v : h) {
      if (labels.contains(v.version())) {
        throw new IllegalArgumentException("version label '" + v.version() + "' repeats");
      }
      labels.add(v.version());
    }
    requireSameData(frozen, candidate);
    for (VersionPredictions v : h) {
      requireSameData(frozen, v);
    }
    return new HistoryComparison(
        frozen, candidate, h, h.get(h.size() - 1).version(), UnaryOperator.identity());
  }

  /**
   * Checks that a version's predictions were made on the frozen set.
   *
   * @param frozen the frozen set
   * @param v the predictions
   * @throws FrozenSetMismatchException if the fingerprint or the row count differs
   */
  static void requireSameData(FrozenSet frozen, VersionPredictions v) {
    if (!v.frozenSet().equals(frozen.fingerprint())) {
      throw new FrozenSetMismatchException(
          "version '"
              + v.version()
              + "' was evaluated on data with fingerprint "
              + v.frozenSet().shortHex()
              + " but the frozen set's fingerprint is "
              + frozen.fingerprint().shortHex()
              + "; rows must be the same data to compare");
    }
    if (v.rowCount() != frozen.rowCount()) {
      throw new FrozenSetMismatchException(
          "version '"
              + v.version()
              + "' has "
              + v.rowCount()
              + " predictions but the frozen set has "
              + frozen.rowCount()
              + " rows");
    }
    if ((frozen.task() == Task.MULTICLASS) != (v.probabilities() != null)) {
      throw new IllegalArgumentException(
          "version '"
              + v.version()
              + "' holds "
              + (v.probabilities() != null ? "probabilities" : "scores")
              + " but the frozen set is "
              + frozen.task());
    }
  }

  /**
   * A copy with another champion.
   *
   * @param version the label of an earlier version
   * @return the copy
   * @throws IllegalArgumentException if no earlier version has that label
   */
  public HistoryComparison withChampion(String version) {
    if (history.stream().noneMatch(v -> v.version().equals(version))) {
      throw new IllegalArgumentException("no earlier version is labelled '" + version + "'");
    }
    return new HistoryComparison(frozen, candidate, history, version, configure);
  }

  /**
   * A copy that applies the same options to every paired comparison (margin, alpha, metric, seed,
   * executor, slices, guardrails).
   *
   * @param configure adjusts a comparison
   * @return the copy
   */
  public HistoryComparison configure(UnaryOperator<PairedComparison> configure) {
    return new HistoryComparison(
        frozen, candidate, history, champion, Objects.requireNonNull(configure, "configure"));
  }

  /**
   * Runs the comparison against every earlier version.
   *
   * @return the result
   */
  public HistoryResult run() {
    List<HistoryEntry> entries = new ArrayList<>();
    for (VersionPredictions v : history) {
      PairedComparison c = configure.apply(pair(frozen, v, candidate));
      entries.add(new HistoryEntry(v.version(), v.version().equals(champion), c.run()));
    }
    return new HistoryResult(candidate.version(), frozen.fingerprint(), entries);
  }

  static PairedComparison pair(
      FrozenSet frozen, VersionPredictions baseline, VersionPredictions candidate) {
    switch (frozen.task()) {
      case BINARY:
        return PairedComparison.binary(
            classes(frozen), scores(baseline, frozen), scores(candidate, frozen));
      case MULTICLASS:
        return PairedComparison.multiclass(
            classes(frozen), probabilities(baseline), probabilities(candidate));
      case REGRESSION:
        return PairedComparison.regression(
            Objects.requireNonNull(frozen.truthValue(), "a regression frozen set's truthValue"),
            scores(baseline, frozen),
            scores(candidate, frozen));
      default:
        throw new AssertionError(frozen.task());
    }
  }

  private static int[] classes(FrozenSet frozen) {
    return Objects.requireNonNull(frozen.truthClass(), "a classification frozen set's truthClass");
  }

  private static double[] scores(VersionPredictions v, FrozenSet frozen) {
    double[] s = v.scores();
    if (s == null) {
      throw new IllegalArgumentException(
          v.version()
              + " holds class probabilities, but the "
              + frozen.task()
              + " set needs scores");
    }
    return s;
  }

  private static double[][] probabilities(VersionPredictions v) {
    double[][] p = v.probabilities();
    if (p == null) {
      throw new IllegalArgumentException(
          v.version() + " holds scores, but the multiclass set needs class probabilities");
    }
    return p;
  }
}
