package org.leanml.core.stage;

import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Table;

/** ETL: reads a source into a {@link Table}. */
public interface Extract extends Stage {

  /**
   * The contract of the tables this stage produces, as far as it is known before reading; a
   * pipeline checks the next stage against it.
   *
   * @return the declared output contract
   */
  InputContract produces();

  /**
   * Reads the source.
   *
   * @return the table, satisfying {@link #produces()}
   * @throws org.leanml.core.LeanMlException if the source is unreadable or malformed, naming the
   *     file, line, column and rule
   */
  Table extract();
}
