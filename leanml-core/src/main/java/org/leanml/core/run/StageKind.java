package org.leanml.core.run;

/** The role of a stage in a run, one per stage interface. */
public enum StageKind {
  /** ETL: reads a source into a table. */
  EXTRACT,
  /** Cleaning: casts, imputation, filtering, clipping. */
  PREPROCESS,
  /** Feature extraction. */
  FEATURES,
  /** Model training. */
  MODELING,
  /** Hyper-parameter tuning. */
  TUNING,
  /** Scoring predictions. */
  METRICS
}
