package org.leanml.core.stage;

import java.util.Map;

/** What every stage shares: a name and its configuration, recorded for provenance. */
public interface Stage {

  /**
   * The stage's name, unique within a pipeline.
   *
   * @return the name
   */
  String name();

  /**
   * The configuration that, with the code version, determines what the stage does: every option as
   * text, keys sorted. Recorded in {@link org.leanml.core.run.RunRecord}s.
   *
   * @return an unmodifiable map
   */
  Map<String, String> configuration();
}
