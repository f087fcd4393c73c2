/**
 * Provenance of runs: {@link org.leanml.core.run.RunRecord} (what ran, when, on which code, with
 * which configuration and data fingerprints, one {@link org.leanml.core.run.StageRecord} per
 * stage), its versioned JSON form ({@link org.leanml.core.run.RunRecordJson}), the code and library
 * versions ({@link org.leanml.core.run.Versions}) and {@link org.leanml.core.run.ProgressListener}.
 *
 * <p>Running pipelines lives in {@code org.leanml.data.pipeline}; storing trained models lives in
 * the registry.
 */
@NullMarked
package org.leanml.core.run;

import org.jspecify.annotations.NullMarked;
