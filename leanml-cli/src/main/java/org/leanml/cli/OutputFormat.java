package org.leanml.cli;

/** How a command writes its result. */
public enum OutputFormat {
  /** A short summary for a terminal. */
  TEXT,
  /** JSON with stable field names, for scripts. */
  JSON,
  /** Markdown, for pull requests and wikis. */
  MARKDOWN,
  /** A self-contained HTML page. */
  HTML
}
