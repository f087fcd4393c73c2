package org.leanml.eval.monitor;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leanml.core.table.Table;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;

/**
 * Cuts a stream of row batches (features, and model scores as numeric columns) into tumbling
 * windows by count or time, and reports each window's drift against a stored reference summary.
 *
 * <p>Batches are summarised with the detector's executor and merged into the open window's {@link
 * DataSummary}; count windows split a batch at the exact row where the window fills. A time window
 * closes when a batch arrives (or {@link #flush()} is called) at least its duration after it
 * opened, by the injected clock; the arriving batch opens the next window. Thread-safe; the
 * listener is called on the observing thread.
 */
public final class DriftMonitor {
  private final DataSummary reference;
  private final DriftDetector detector;
  private final WindowPolicy window;
  private final DriftListener listener;
  private final Clock clock;

  private @Nullable DataSummary current;
  private long rows;
  private long windowIndex;
  private long windowStart;

  /**
   * A monitor.
   *
   * @param reference the reference summary, computed once for the model version
   * @param detector the detector (bins, rule, executor)
   * @param window the window policy
   * @param listener receives each window's report
   * @param clock the clock for time windows
   * @throws NullPointerException if an argument is null
   */
  public DriftMonitor(
      DataSummary reference,
      DriftDetector detector,
      WindowPolicy window,
      DriftListener listener,
      Clock clock) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.window = Objects.requireNonNull(window, "window");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.windowStart = clock.millis();
  }

  /**
   * Adds a batch of rows.
   *
   * @param batch rows with at least the reference's features
   * @throws IllegalArgumentException if a reference feature is missing when a window is checked
   */
  public synchronized void observe(Table batch) {
    if (window.kind() == WindowPolicy.Kind.TIME) {
      long now = clock.millis();
      if (now - windowStart >= window.duration().toMillis()) {
        closeWindow();
        windowStart = now;
      }
      add(batch);
      return;
    }
    int offset = 0;
    while (offset < batch.rowCount()) {
      int take = (int) Math.min(batch.rowCount() - offset, window.size() - rows);
      add(offset == 0 && take == batch.rowCount() ? batch : slice(batch, offset, take));
      offset += take;
      if (rows >= window.size()) {
        closeWindow();
      }
    }
  }

  /**
   * Closes the open window now if it holds rows.
   *
   * @return the report of the closed window, if one closed
   */
  public synchronized Optional<DriftReport> flush() {
    return Optional.ofNullable(closeWindow());
  }

  private void add(Table batch) {
    DataSummary s = DataSummary.of(batch.select(referenceNames(batch)), executorOf());
    current = current == null ? s : current.merge(s);
    rows += batch.rowCount();
  }

  private java.util.List<String> referenceNames(Table batch) {
    java.util.List<String> names = new java.util.ArrayList<>();
    reference
        .features()
        .forEach(
            f -> {
              if (!batch.hasColumn(f.name())) {
                throw new IllegalArgumentException(
                    "feature '" + f.name() + "' of the reference is not in the batch");
              }
              names.add(f.name());
            });
    return names;
  }

  private java.util.concurrent.Executor executorOf() {
    return detector.executor();
  }

  private @Nullable DriftReport closeWindow() {
    if (current == null) {
      return null;
    }
    DriftReport report = detector.compare(reference, current);
    long index = windowIndex++;
    current = null;
    rows = 0;
    windowStart = clock.millis();
    listener.onReport(index, report);
    return report;
  }

  private static Table slice(Table t, int from, int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = from + i;
    }
    return t.rows(idx);
  }
}
