package org.leanml.core.tuning;

/**
 * Lets another thread stop a running tuning: trials not yet started are skipped, running ones
 * finish, and the tuner throws {@link TuningCancelledException}. Thread-safe; cancelling is
 * permanent.
 */
public final class CancellationToken {
  private volatile boolean cancelled;

  /** Creates a token that is not cancelled. */
  public CancellationToken() {}

  /** Requests cancellation. */
  public void cancel() {
    cancelled = true;
  }

  /**
   * Whether cancellation was requested.
   *
   * @return {@code true} after {@link #cancel()}
   */
  public boolean isCancelled() {
    return cancelled;
  }
}
