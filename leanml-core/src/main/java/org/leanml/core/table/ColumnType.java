package org.leanml.core.table;

/** The storage type of a {@link Column}. */
public enum ColumnType {
  /** Double-precision numbers, stored as {@code double[]}. */
  NUMERIC,
  /** A small set of string levels, dictionary-encoded as {@code int[]} codes. */
  CATEGORICAL,
  /** Free text, stored as {@code String[]}. */
  TEXT,
  /** Instants, stored as epoch milliseconds in a {@code long[]}. */
  TIMESTAMP
}
