package org.leanml.eval.history;

import java.util.List;
import java.util.Objects;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.eval.decision.GateVerdict;

/**
 * A candidate against every earlier version on a frozen set.
 *
 * @param candidate the candidate's version label
 * @param frozenSet the fingerprint of the frozen set
 * @param entries one entry per earlier version, oldest first
 */
public record HistoryResult(String candidate, Fingerprint frozenSet, List<HistoryEntry> entries) {

  /**
   * Validates and copies.
   *
   * @param candidate the candidate's version label
   * @param frozenSet the fingerprint of the frozen set
   * @param entries one entry per earlier version, oldest first
   * @throws IllegalArgumentException if there is no entry or not exactly one champion
   */
  public HistoryResult {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(frozenSet, "frozenSet");
    entries = List.copyOf(entries);
    if (entries.stream().filter(HistoryEntry::champion).count() != 1) {
      throw new IllegalArgumentException("exactly one entry must be the champion");
    }
  }

  /**
   * The entry of the champion.
   *
   * @return the champion's entry
   */
  public HistoryEntry champion() {
    return entries.stream().filter(HistoryEntry::champion).findFirst().orElseThrow();
  }

  /**
   * Whether the candidate may replace the champion: its gate against the champion passes and it
   * regresses against no earlier version.
   *
   * @return {@code true} if so
   */
  public boolean passed() {
    return champion().comparison().passed()
        && entries.stream().noneMatch(e -> e.verdict() == GateVerdict.REGRESSED);
  }
}
