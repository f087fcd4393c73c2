package org.leanml.core.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.stage.Metrics;
import org.leanml.core.table.Table;

/**
 * The {@link Metrics} stage: several named metrics computed over the same predictions, the truth
 * extracted once. Immutable.
 */
public final class MetricSet implements Metrics {
  private final String name;
  private final List<Scorer> metrics;

  private MetricSet(String name, List<Scorer> metrics) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("stage name must not be blank but was '" + name + "'");
    }
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("a metric set needs at least one metric");
    }
    Set<String> seen = new HashSet<>();
    for (Scorer m : metrics) {
      if (!seen.add(m.name())) {
        throw new IllegalArgumentException("metric '" + m.name() + "' appears more than once");
      }
    }
    this.name = name;
    this.metrics = List.copyOf(metrics);
  }

  /**
   * A metric set named {@code "metrics"}.
   *
   * @param metrics the metrics, in report order
   * @return the stage
   * @throws IllegalArgumentException if none is given or names repeat
   */
  public static MetricSet of(Scorer... metrics) {
    return new MetricSet("metrics", List.of(metrics));
  }

  /**
   * The usual classification metrics: accuracy and log loss.
   *
   * @return the stage
   */
  public static MetricSet classification() {
    return of(Scorer.accuracy(), Scorer.logLoss());
  }

  /**
   * The usual regression metric: RMSE.
   *
   * @return the stage
   */
  public static MetricSet regression() {
    return of(Scorer.rmse());
  }

  /**
   * This set under another stage name.
   *
   * @param newName the stage name
   * @return a new stage
   * @throws IllegalArgumentException if the name is blank
   */
  public MetricSet withName(String newName) {
    return new MetricSet(newName, metrics);
  }

  /**
   * The metrics, in report order.
   *
   * @return an unmodifiable list
   */
  public List<Scorer> metrics() {
    return metrics;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Key {@code metrics}: the metric names, comma-separated, in report order.
   */
  @Override
  public Map<String, String> configuration() {
    List<String> names = new ArrayList<>();
    for (Scorer m : metrics) {
      names.add(m.name());
    }
    Map<String, String> c = new TreeMap<>();
    c.put("metrics", String.join(",", names));
    return Collections.unmodifiableMap(c);
  }

  /**
   * {@inheritDoc}
   *
   * @return metric name to value, in the order the metrics were given
   * @throws org.leanml.core.contract.ContractViolationException if a label is missing or outside
   *     the domain
   */
  @Override
  public Map<String, Double> evaluate(
      OutputContract output, List<Prediction> predictions, Table truth) {
    double[] t = Scorer.truthOf(output, truth);
    Map<String, Double> out = new LinkedHashMap<>();
    for (Scorer m : metrics) {
      out.put(m.name(), m.score(predictions, t));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "MetricSet[" + name + ", " + configuration().get("metrics") + "]";
  }
}
