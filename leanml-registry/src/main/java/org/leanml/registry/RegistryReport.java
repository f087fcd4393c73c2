package org.leanml.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ModelRegistry#verify()} found, or what opening a store repaired.
 *
 * @param problems things that are wrong and were not repaired (corrupt or missing files, broken
 *     references); a clean registry has none
 * @param repairs things found wrong and repaired, e.g. leftovers of a crashed write removed on open
 * @param notes harmless observations, e.g. blobs no version references
 */
public record RegistryReport(List<Problem> problems, List<String> repairs, List<String> notes) {

  /** The kinds of problem a store or the registry reports. */
  public enum Kind {
    /** A manifest or log line cannot be parsed or contradicts where it is stored. */
    MALFORMED_MANIFEST,
    /** A stored file is written in a newer format than this code reads. */
    UNKNOWN_FORMAT_VERSION,
    /** An artifact blob that a manifest records is absent. */
    MISSING_BLOB,
    /** An artifact blob's SHA-256 differs from the one its manifest records. */
    CORRUPT_BLOB,
    /** A version number is missing below the highest one. */
    VERSION_GAP,
    /** A parent, member or alias points at a version that does not exist. */
    BROKEN_REFERENCE
  }

  /**
   * One problem.
   *
   * @param kind the category of problem, e.g. a corrupt blob or a broken reference
   * @param location the file or store location concerned
   * @param message what is wrong, naming the rule broken
   */
  public record Problem(Kind kind, String location, String message) {
    /**
     * Validates.
     *
     * @param kind the category of problem, e.g. a corrupt blob or a broken reference
     * @param location the file or store location concerned
     * @param message what is wrong, naming the rule broken
     * @throws NullPointerException if a field is null
     */
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return kind + " " + location + ": " + message;
    }
  }

  /**
   * Copies.
   *
   * @param problems things that are wrong and were not repaired (corrupt or missing files, broken
   *     references); a clean registry has none
   * @param repairs things found wrong and repaired, e.g. leftovers of a crashed write removed on
   *     open
   * @param notes harmless observations, e.g. blobs no version references
   * @throws NullPointerException if a list or an element is null
   */
  public RegistryReport {
    problems = List.copyOf(problems);
    repairs = List.copyOf(repairs);
    notes = List.copyOf(notes);
  }

  /**
   * A report with nothing in it.
   *
   * @return the empty report
   */
  public static RegistryReport empty() {
    return new RegistryReport(List.of(), List.of(), List.of());
  }

  /**
   * Whether no problem was found. Repairs and notes do not count.
   *
   * @return {@code true} if {@link #problems()} is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * This report followed by another.
   *
   * @param other another report
   * @return the concatenation
   */
  public RegistryReport and(RegistryReport other) {
    List<Problem> p = new ArrayList<>(problems);
    p.addAll(other.problems);
    List<String> r = new ArrayList<>(repairs);
    r.addAll(other.repairs);
    List<String> n = new ArrayList<>(notes);
    n.addAll(other.notes);
    return new RegistryReport(p, r, n);
  }
}
