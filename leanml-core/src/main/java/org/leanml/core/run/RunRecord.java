package org.leanml.core.run;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The provenance of one run: which code ran which stages, when, on which data. Written as JSON by
 * {@link RunRecordJson}.
 *
 * @param runId the run's identifier
 * @param started when the run started, by the run's clock
 * @param finished when it finished
 * @param codeVersion the version of the code that ran ({@link Versions#codeVersion()}), {@code
 *     "unknown"} when it cannot be determined
 * @param libraryVersion the LeanML version ({@link Versions#libraryVersion()})
 * @param stages one record per stage, in execution order
 */
public record RunRecord(
    String runId,
    Instant started,
    Instant finished,
    String codeVersion,
    String libraryVersion,
    List<StageRecord> stages) {

  /**
   * Validates and copies.
   *
   * @param runId the run's identifier
   * @param started when the run started, by the run's clock
   * @param finished when it finished
   * @param codeVersion the version of the code that ran ({@link Versions#codeVersion()}), {@code
   *     "unknown"} when it cannot be determined
   * @param libraryVersion the LeanML version ({@link Versions#libraryVersion()})
   * @param stages one record per stage, in execution order
   * @throws IllegalArgumentException if the run id or a version is blank, the run finished before
   *     it started, or two stages share a name
   * @throws NullPointerException if an argument is null
   */
  public RunRecord {
    requireText("runId", runId);
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    requireText("codeVersion", codeVersion);
    requireText("libraryVersion", libraryVersion);
    stages = List.copyOf(stages);
    if (finished.isBefore(started)) {
      throw new IllegalArgumentException(
          "run '" + runId + "' finished at " + finished + ", before it started at " + started);
    }
    Set<String> names = new HashSet<>();
    for (StageRecord s : stages) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "run '" + runId + "': stage name '" + s.name() + "' appears twice");
      }
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
    }
  }

  /**
   * A stage's record by name.
   *
   * @param name the stage name
   * @return the record
   * @throws IllegalArgumentException if no stage has that name
   */
  public StageRecord stage(String name) {
    for (StageRecord s : stages) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("run '" + runId + "' has no stage named '" + name + "'");
  }
}
