package org.leanml.eval.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.Holm;
import org.leanml.eval.compare.PairedComparison;

/**
 * Compares several candidates (parallel iterations) with the champion, and optionally with the
 * whole history, on one frozen set; corrects the primary p-values across candidates with Holm and
 * ranks the candidates by their improvement on the primary metric (ties by label).
 */
public final class MultiCandidateComparison {
  private final FrozenSet frozen;
  private final List<VersionPredictions> candidates;
  private final List<VersionPredictions> history;
  private final UnaryOperator<PairedComparison> configure;

  private MultiCandidateComparison(
      FrozenSet frozen,
      List<VersionPredictions> candidates,
      List<VersionPredictions> history,
      UnaryOperator<PairedComparison> configure) {
    this.frozen = frozen;
    this.candidates = candidates;
    this.history = history;
    this.configure = configure;
  }

  /**
   * A comparison of candidates with the champion, the last version of the history.
   *
   * @param frozen the frozen set
   * @param candidates the candidates
   * @param history the earlier versions, oldest first; the last is the champion
   * @return the comparison
   * @throws IllegalArgumentException if there is no candidate or no earlier version, or labels
   *     repeat
   * @throws FrozenSetMismatchException if some predictions were not made on the frozen set
   */
  public static MultiCandidateComparison of(
      FrozenSet frozen, List<VersionPredictions> candidates, List<VersionPredictions> history) {
    List<VersionPredictions> c = List.copyOf(candidates);
    List<VersionPredictions> h = List.copyOf(history);
    if (c.isEmpty() || h.isEmpty()) {
      throw new IllegalArgumentException(
          "need at least one candidate and one earlier version but got "
              + c.size()
              + " and "
              + h.size());
    }
    List<String> labels = new ArrayList<>();
    for (VersionPredictions v : c) {
      HistoryComparison.requireSameData(frozen, v);
      labels.add(v.version());
    }
    for (VersionPredictions v : h) {
      HistoryComparison.requireSameData(frozen, v);
      labels.add(v.version());
    }
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IllegalArgumentException("version labels repeat: " + labels);
    }
    return new MultiCandidateComparison(frozen, c, h, UnaryOperator.identity());
  }

  /**
   * A copy that applies the same options to every paired comparison.
   *
   * @param configure adjusts a comparison
   * @return the copy
   */
  public MultiCandidateComparison configure(UnaryOperator<PairedComparison> configure) {
    return new MultiCandidateComparison(
        frozen, candidates, history, Objects.requireNonNull(configure, "configure"));
  }

  /**
   * Runs every candidate against the champion and the history.
   *
   * @return the outcomes, best first
   */
  public List<CandidateOutcome> run() {
    List<ComparisonResult> results = new ArrayList<>();
    List<HistoryResult> histories = new ArrayList<>();
    for (VersionPredictions c : candidates) {
      HistoryResult h = HistoryComparison.of(frozen, c, history).configure(configure).run();
      histories.add(h);
      results.add(h.champion().comparison());
    }
    double[] p = new double[results.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = results.get(i).primaryPValue();
    }
    double[] holm = Holm.adjust(p);
    List<CandidateOutcome> unranked = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      unranked.add(
          new CandidateOutcome(
              candidates.get(i).version(), 1, results.get(i), holm[i], histories.get(i)));
    }
    unranked.sort(
        Comparator.comparingDouble(CandidateOutcome::improvement)
            .reversed()
            .thenComparing(CandidateOutcome::version));
    List<CandidateOutcome> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      CandidateOutcome o = unranked.get(i);
      ranked.add(new CandidateOutcome(o.version(), i + 1, o.comparison(), o.pHolm(), o.history()));
    }
    return List.copyOf(ranked);
  }
}
