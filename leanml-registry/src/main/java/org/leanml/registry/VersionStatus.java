package org.leanml.registry;

/** The life-cycle state of a model version. Versions are never deleted, only archived. */
public enum VersionStatus {
  /** Registered and available; the state of every new version. */
  REGISTERED,
  /** Kept for lineage, audits and rollback, but no longer offered for promotion. */
  ARCHIVED
}
