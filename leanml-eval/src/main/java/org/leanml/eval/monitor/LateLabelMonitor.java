package org.leanml.eval.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;

/**
 * Joins labels that arrive after the predictions (by request id) and tracks accuracy over tumbling
 * windows (by count of labelled predictions, or by time on the injected clock), each with a Wilson
 * interval; a window whose whole interval lies below the threshold is an alert.
 *
 * <p>Predictions awaiting labels are kept up to a bound; beyond it the oldest are forgotten (their
 * labels are then ignored). Thread-safe; listeners are called on the thread that closed the window,
 * outside no lock — keep them short.
 */
public final class LateLabelMonitor {
  private final OutputContract output;
  private final WindowPolicy window;
  private final double threshold;
  private final double confidence;
  private final double referenceAccuracy;
  private final PerformanceListener listener;
  private final Clock clock;
  private final Map<String, Integer> pending;

  private long windowIndex;
  private long windowStartMillis;
  private long count;
  private long correct;
  private long forgotten;

  private LateLabelMonitor(Builder b) {
    this.output = b.output;
    this.window = b.window;
    this.threshold = b.threshold;
    this.confidence = b.confidence;
    this.referenceAccuracy = b.referenceAccuracy;
    this.listener = b.listener;
    this.clock = b.clock;
    int max = b.maxPending;
    this.pending =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            if (size() > max) {
              forgotten++;
              return true;
            }
            return false;
          }
        };
    this.windowStartMillis = clock.millis();
  }

  /**
   * A builder.
   *
   * @param output the predictions' output contract (labels and their order)
   * @param listener where windows and alerts go
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(OutputContract output, PerformanceListener listener) {
    return new Builder(output, listener);
  }

  /**
   * Remembers a prediction until its label arrives.
   *
   * @param requestId the request's id
   * @param prediction the classification prediction served
   * @throws IllegalArgumentException if the prediction is not a classification over the contract's
   *     labels
   */
  public void recordPrediction(String requestId, Prediction prediction) {
    Objects.requireNonNull(requestId, "requestId");
    if (!prediction.isClassification() || prediction.classCount() != output.labels().size()) {
      throw new IllegalArgumentException(
          "prediction for request "
              + requestId
              + " has "
              + prediction.classCount()
              + " classes but the contract has labels "
              + output.labels());
    }
    synchronized (this) {
      pending.put(requestId, prediction.argMax());
    }
  }

  /**
   * Joins a label with its prediction and counts it in the current window.
   *
   * @param requestId the request's id
   * @param label the true label
   * @return whether a pending prediction was found
   * @throws IllegalArgumentException if the label is not one of the contract's labels
   */
  public boolean recordOutcome(String requestId, String label) {
    int truth =
        output
            .indexOf(label)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "label '"
                            + label
                            + "' of request "
                            + requestId
                            + " is not one of "
                            + output.labels()));
    @Nullable PerformanceWindow closed = null;
    PerformanceWindow closedByTime;
    synchronized (this) {
      Integer predicted = pending.remove(requestId);
      if (predicted == null) {
        return false;
      }
      closedByTime = closeIfTimeUp();
      count++;
      if (predicted == truth) {
        correct++;
      }
      if (window.kind() == WindowPolicy.Kind.COUNT && count >= window.size()) {
        closed = close(clock.millis());
      }
    }
    notifyListener(closedByTime);
    notifyListener(closed);
    return true;
  }

  /**
   * Closes the current window if its time is up (for time windows when no label arrives).
   *
   * @return the closed window, if one closed
   */
  public Optional<PerformanceWindow> flushIfDue() {
    PerformanceWindow w;
    synchronized (this) {
      w = closeIfTimeUp();
    }
    notifyListener(w);
    return Optional.ofNullable(w);
  }

  /**
   * The open window so far, if it has any labelled prediction.
   *
   * @return a snapshot of the open window
   */
  public synchronized Optional<PerformanceWindow> current() {
    return count == 0 ? Optional.empty() : Optional.of(snapshot(clock.millis()));
  }

  /**
   * Predictions awaiting their label.
   *
   * @return the count
   */
  public synchronized int pendingCount() {
    return pending.size();
  }

  /**
   * Predictions forgotten because too many were pending.
   *
   * @return the count
   */
  public synchronized long forgottenCount() {
    return forgotten;
  }

  private @Nullable PerformanceWindow closeIfTimeUp() {
    long now = clock.millis();
    if (window.kind() == WindowPolicy.Kind.TIME
        && now - windowStartMillis >= window.duration().toMillis()) {
      if (count == 0) {
        windowStartMillis = now;
        return null;
      }
      return close(now);
    }
    return null;
  }

  private PerformanceWindow close(long now) {
    PerformanceWindow w = snapshot(now);
    windowIndex++;
    windowStartMillis = now;
    count = 0;
    correct = 0;
    return w;
  }

  private PerformanceWindow snapshot(long now) {
    return new PerformanceWindow(
        windowIndex,
        Instant.ofEpochMilli(windowStartMillis),
        Instant.ofEpochMilli(now),
        count,
        correct,
        WilsonInterval.of(correct, count, confidence),
        threshold,
        referenceAccuracy);
  }

  private void notifyListener(@Nullable PerformanceWindow w) {
    if (w == null) {
      return;
    }
    listener.onWindow(w);
    if (w.alert()) {
      listener.onAlert(w);
    }
  }

  /** Builds a {@link LateLabelMonitor}. */
  public static final class Builder {
    private final OutputContract output;
    private final PerformanceListener listener;
    private WindowPolicy window = WindowPolicy.ofCount(1000);
    private double threshold = 0;
    private double confidence = 0.95;
    private double referenceAccuracy = Double.NaN;
    private Clock clock = Clock.systemUTC();
    private int maxPending = 1_000_000;

    private Builder(OutputContract output, PerformanceListener listener) {
      this.output = Objects.requireNonNull(output, "output");
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The windows (default 1,000 labelled predictions).
     *
     * @param window the policy
     * @return this builder
     */
    public Builder window(WindowPolicy window) {
      this.window = window;
      return this;
    }

    /**
     * The accuracy below which a window alerts (when its whole interval is below it).
     *
     * @param threshold in [0, 1]
     * @return this builder
     */
    public Builder threshold(double threshold) {
      this.threshold = threshold;
      return this;
    }

    /**
     * The interval's confidence level (default 0.95).
     *
     * @param confidence in (0, 1)
     * @return this builder
     */
    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * The accuracy measured on the reference data, reported with each window.
     *
     * @param accuracy in [0, 1]
     * @return this builder
     */
    public Builder referenceAccuracy(double accuracy) {
      this.referenceAccuracy = accuracy;
      return this;
    }

    /**
     * The clock for time windows.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The most predictions kept while awaiting labels (default 1,000,000).
     *
     * @param maxPending the bound, {@code >= 1}
     * @return this builder
     */
    public Builder maxPending(int maxPending) {
      this.maxPending = maxPending;
      return this;
    }

    /**
     * Builds the monitor.
     *
     * @return the monitor
     * @throws IllegalArgumentException if the threshold or reference accuracy is outside [0, 1],
     *     the confidence outside (0, 1), maxPending below 1, or the contract is not classification
     * @throws NullPointerException if the window or clock is null
     */
    public LateLabelMonitor build() {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(clock, "clock");
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in [0, 1] but was " + threshold);
      }
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException("confidence must be in (0, 1) but was " + confidence);
      }
      if (!Double.isNaN(referenceAccuracy) && !(referenceAccuracy >= 0 && referenceAccuracy <= 1)) {
        throw new IllegalArgumentException(
            "referenceAccuracy must be in [0, 1] but was " + referenceAccuracy);
      }
      if (maxPending < 1) {
        throw new IllegalArgumentException("maxPending must be >= 1 but was " + maxPending);
      }
      if (!output.isClassification()) {
        throw new IllegalArgumentException(
            "accuracy needs a classification contract but the task is " + output.task());
      }
      return new LateLabelMonitor(this);
    }
  }
}
