package org.leanml.eval.rollout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Row;
import org.leanml.eval.sequential.CanaryDecision;
import org.leanml.eval.sequential.Decision;
import org.leanml.eval.sequential.Design;
import org.leanml.eval.sequential.GuardedExperiment;
import org.leanml.eval.sequential.MixtureSprt;
import org.leanml.eval.sequential.SequentialExperiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a champion and a candidate {@link Predictor} side by side, records what each arm
 * predicted, joins labels that arrive later and decides the rollout sequentially.
 *
 * <p>{@link #predict} routes the unit with the {@link TrafficSplitter}: in {@link
 * RolloutMode#CANARY} and {@link RolloutMode#AB} the unit's arm predicts and serves; in {@link
 * RolloutMode#SHADOW} the champion serves and, for units in the candidate's share, the candidate
 * also predicts the same row silently (its failures are logged and never reach the caller). Each
 * request is remembered until its outcome arrives through {@link #recordOutcome}, which scores the
 * arms' predictions with the primary {@link RequestMetric} and every guardrail metric and feeds
 * them to {@link MixtureSprt} experiments — paired in shadow mode, two-sample otherwise. The first
 * PROMOTE or ROLLBACK of the guarded verdict is handed to the {@link DecisionSink} exactly once
 * (for example {@link DecisionSink#movingAlias} moving the registry's {@code champion} alias).
 *
 * <p>If an {@link OutcomeLog} is given, every prediction and outcome is appended to it as a JSON
 * object: {@code {"type":"prediction","request","unit","served","champion","candidate","time"}}
 * (predictions as arrays of class probabilities, or a number for regression, or null when that arm
 * did not predict) and {@code {"type":"outcome","request","label","time"}}.
 *
 * <p>Thread-safe: requests and outcomes may arrive on any threads.
 */
public final class Rollout {
  private static final Logger LOG = LoggerFactory.getLogger(Rollout.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final int championVersion;
  private final Predictor champion;
  private final int candidateVersion;
  private final Predictor candidate;
  private final TrafficSplitter splitter;
  private final RequestMetric metric;
  private final Map<String, RequestMetric> guardrailMetrics;
  private final GuardedExperiment experiment;
  private final @Nullable OutcomeLog log;
  private final DecisionSink sink;
  private final Clock clock;
  private final int maxPending;
  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicBoolean announced = new AtomicBoolean();
  private final AtomicReference<RolloutDecision> decision = new AtomicReference<>();

  private record Pending(
      Arm served, @Nullable Prediction champion, @Nullable Prediction candidate) {}

  private Rollout(Builder b) {
    this.championVersion = b.championVersion;
    this.champion = Objects.requireNonNull(b.champion, "champion");
    this.candidateVersion = b.candidateVersion;
    this.candidate = Objects.requireNonNull(b.candidate, "candidate");
    this.splitter = Objects.requireNonNull(b.splitter, "splitter");
    this.metric = b.metric;
    this.guardrailMetrics = new LinkedHashMap<>();
    Design design = splitter.mode() == RolloutMode.SHADOW ? Design.PAIRED : Design.TWO_SAMPLE;
    Map<String, SequentialExperiment> guards = new LinkedHashMap<>();
    for (Map.Entry<String, Guardrail> e : b.guardrails.entrySet()) {
      guardrailMetrics.put(e.getKey(), e.getValue().metric);
      guards.put(e.getKey(), e.getValue().test.start(design));
    }
    this.experiment = GuardedExperiment.of(b.test.start(design), guards);
    this.log = b.log;
    this.sink = b.sink;
    this.clock = b.clock;
    this.maxPending = b.maxPending;
  }

  private record Guardrail(RequestMetric metric, MixtureSprt test) {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Serves one request.
   *
   * @param requestId a unique id for the request, used to join its outcome
   * @param unitId the unit (user, session) the splitter routes by
   * @param row the request's features
   * @return the served prediction and arm
   * @throws org.leanml.core.contract.ContractViolationException if the serving predictor rejects
   *     the row
   * @throws NullPointerException if an argument is null
   */
  public RolloutResponse predict(String requestId, CharSequence unitId, Row row) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(row, "row");
    boolean inShare = splitter.inCandidateShare(unitId);
    Arm served;
    Prediction championPrediction = null;
    Prediction candidatePrediction = null;
    Prediction out;
    if (splitter.mode() == RolloutMode.SHADOW) {
      served = Arm.CHAMPION;
      championPrediction = champion.predict(row);
      out = championPrediction;
      if (inShare) {
        try {
          candidatePrediction = candidate.predict(row);
        } catch (RuntimeException e) {
          LOG.warn("shadow candidate v{} failed on request {}", candidateVersion, requestId, e);
        }
      }
    } else if (inShare) {
      served = Arm.CANDIDATE;
      candidatePrediction = candidate.predict(row);
      out = candidatePrediction;
    } else {
      served = Arm.CHAMPION;
      championPrediction = champion.predict(row);
      out = championPrediction;
    }
    boolean inExperiment =
        splitter.mode() == RolloutMode.SHADOW ? candidatePrediction != null : true;
    if (inExperiment && decision.get() == null) {
      if (pending.size() < maxPending) {
        pending.put(requestId, new Pending(served, championPrediction, candidatePrediction));
      } else {
        LOG.warn("{} requests await outcomes; request {} is not tracked", maxPending, requestId);
      }
    }
    if (log != null) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("type", "prediction");
      o.put("request", requestId);
      o.put("unit", unitId.toString());
      o.put("served", served.name());
      putPrediction(o, "champion", championPrediction);
      putPrediction(o, "candidate", candidatePrediction);
      o.put("time", clock.millis());
      log.append(o.toString());
    }
    return new RolloutResponse(requestId, served, out);
  }

  /**
   * Joins a label that arrived for an earlier request and updates the sequential decision.
   *
   * @param requestId the request's id
   * @param label the true label
   * @return {@code true} if the request was pending and has been scored; {@code false} if it is
   *     unknown, was already joined, or was not part of the experiment
   * @throws IllegalArgumentException if the label is not valid for the output contract
   */
  public boolean recordOutcome(String requestId, String label) {
    Objects.requireNonNull(label, "label");
    Pending p = pending.remove(requestId);
    if (log != null) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("type", "outcome");
      o.put("request", requestId);
      o.put("label", label);
      o.put("time", clock.millis());
      log.append(o.toString());
    }
    if (p == null) {
      return false;
    }
    observe(experiment.primary(), metric, p, label);
    for (Map.Entry<String, RequestMetric> g : guardrailMetrics.entrySet()) {
      observe(experiment.guardrail(g.getKey()), g.getValue(), p, label);
    }
    CanaryDecision v = experiment.verdict();
    if (v.decision() != Decision.CONTINUE && announced.compareAndSet(false, true)) {
      RolloutDecision d =
          new RolloutDecision(
              v.decision(), championVersion, candidateVersion, v.reason(), v, clock.instant());
      decision.set(d);
      pending.clear();
      LOG.info(
          "rollout of v{} over v{}: {} ({})",
          candidateVersion,
          championVersion,
          v.decision(),
          v.reason());
      sink.onDecision(d);
    }
    return true;
  }

  private void observe(SequentialExperiment e, RequestMetric m, Pending p, String label) {
    if (e.design() == Design.PAIRED) {
      // A paired (shadow) experiment tracks only requests that both models answered.
      e.observePair(
          m.score(answer(p.champion, "champion"), label, champion.outputContract()),
          m.score(answer(p.candidate, "candidate"), label, candidate.outputContract()));
    } else if (p.served == Arm.CANDIDATE) {
      e.observeCandidate(
          m.score(answer(p.candidate, "candidate"), label, candidate.outputContract()));
    } else {
      e.observeChampion(m.score(answer(p.champion, "champion"), label, champion.outputContract()));
    }
  }

  private static Prediction answer(@Nullable Prediction p, String arm) {
    return Objects.requireNonNull(p, () -> "the " + arm + " did not answer a tracked request");
  }

  private static void putPrediction(ObjectNode o, String field, @Nullable Prediction p) {
    if (p == null) {
      o.putNull(field);
    } else if (p.isClassification()) {
      ArrayNode a = o.putArray(field);
      for (int i = 0; i < p.classCount(); i++) {
        a.add(p.probability(i));
      }
    } else {
      o.put(field, p.value());
    }
  }

  /**
   * The current verdict of the primary metric and the guardrails.
   *
   * @return the verdict
   */
  public CanaryDecision verdict() {
    return experiment.verdict();
  }

  /**
   * The terminal decision, once taken.
   *
   * @return the decision, or empty while the rollout continues
   */
  public Optional<RolloutDecision> decision() {
    return Optional.ofNullable(decision.get());
  }

  /**
   * The number of requests awaiting their outcome.
   *
   * @return the count
   */
  public int pendingOutcomes() {
    return pending.size();
  }

  /**
   * The traffic splitter (to advance the ramp).
   *
   * @return the splitter
   */
  public TrafficSplitter splitter() {
    return splitter;
  }

  /** Builds a {@link Rollout}; {@link #build()} checks that everything required was given. */
  public static final class Builder {
    private int championVersion = -1;
    private @Nullable Predictor champion;
    private int candidateVersion = -1;
    private @Nullable Predictor candidate;
    private @Nullable TrafficSplitter splitter;
    private RequestMetric metric = RequestMetric.ERROR_RATE;
    private MixtureSprt test = MixtureSprt.withDefaults();
    private final Map<String, Guardrail> guardrails = new LinkedHashMap<>();
    private @Nullable OutcomeLog log;
    private DecisionSink sink = d -> {};
    private Clock clock = Clock.systemUTC();
    private int maxPending = 1_000_000;

    private Builder() {}

    /**
     * The champion (the registry's current {@code champion}).
     *
     * @param version its registry version
     * @param predictor its predictor
     * @return this builder
     */
    public Builder champion(int version, Predictor predictor) {
      this.championVersion = version;
      this.champion = predictor;
      return this;
    }

    /**
     * The candidate.
     *
     * @param version its registry version
     * @param predictor its predictor
     * @return this builder
     */
    public Builder candidate(int version, Predictor predictor) {
      this.candidateVersion = version;
      this.candidate = predictor;
      return this;
    }

    /**
     * The traffic splitter, which also sets the mode.
     *
     * @param splitter the splitter
     * @return this builder
     */
    public Builder splitter(TrafficSplitter splitter) {
      this.splitter = splitter;
      return this;
    }

    /**
     * The primary metric and its test (default: error rate, {@link MixtureSprt#withDefaults()}).
     *
     * @param metric the per-request metric
     * @param test the sequential test, with the metric's direction
     * @return this builder
     */
    public Builder primary(RequestMetric metric, MixtureSprt test) {
      this.metric = metric;
      this.test = test;
      return this;
    }

    /**
     * Adds a guardrail metric that can force a rollback.
     *
     * @param name the guardrail's name
     * @param metric the per-request metric
     * @param test its sequential test (margin and direction of that metric)
     * @return this builder
     */
    public Builder guardrail(String name, RequestMetric metric, MixtureSprt test) {
      guardrails.put(name, new Guardrail(metric, test));
      return this;
    }

    /**
     * An outcome log to append predictions and outcomes to (not closed by the rollout).
     *
     * @param log the log
     * @return this builder
     */
    public Builder log(OutcomeLog log) {
      this.log = log;
      return this;
    }

    /**
     * Where the terminal decision goes.
     *
     * @param sink the sink
     * @return this builder
     */
    public Builder sink(DecisionSink sink) {
      this.sink = sink;
      return this;
    }

    /**
     * The clock for timestamps.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The most requests remembered while awaiting outcomes (default 1,000,000); further requests
     * are served but not tracked.
     *
     * @param maxPending the bound, {@code >= 1}
     * @return this builder
     */
    public Builder maxPending(int maxPending) {
      this.maxPending = maxPending;
      return this;
    }

    /**
     * Builds the rollout.
     *
     * @return the rollout
     * @throws IllegalStateException if the champion, candidate or splitter is missing, the versions
     *     are negative or equal, or maxPending is below 1
     * @throws NullPointerException if the metric, test, sink, clock or a guardrail part is null
     */
    public Rollout build() {
      if (champion == null || candidate == null || splitter == null) {
        throw new IllegalStateException(
            "a rollout needs a champion, a candidate and a splitter; missing: "
                + (champion == null ? "champion " : "")
                + (candidate == null ? "candidate " : "")
                + (splitter == null ? "splitter" : ""));
      }
      if (championVersion < 0 || candidateVersion < 0 || championVersion == candidateVersion) {
        throw new IllegalStateException(
            "versions must be >= 0 and differ but are champion "
                + championVersion
                + " and candidate "
                + candidateVersion);
      }
      if (maxPending < 1) {
        throw new IllegalStateException("maxPending must be >= 1 but was " + maxPending);
      }
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(test, "test");
      Objects.requireNonNull(sink, "sink");
      Objects.requireNonNull(clock, "clock");
      guardrails.forEach(
          (k, g) -> {
            Objects.requireNonNull(g.metric, "guardrail " + k + " metric");
            Objects.requireNonNull(g.test, "guardrail " + k + " test");
          });
      return new Rollout(this);
    }
  }
}
