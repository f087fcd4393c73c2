package org.leanml.eval.drift;

/** How a feature's drift is measured. */
public enum FeatureType {
  /** Quantile-binned PSI and Jensen–Shannon, two-sample Kolmogorov–Smirnov. */
  NUMERIC,
  /** PSI and Jensen–Shannon over categories, chi-square test of homogeneity. */
  CATEGORICAL
}
