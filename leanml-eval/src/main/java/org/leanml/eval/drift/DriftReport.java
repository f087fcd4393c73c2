package org.leanml.eval.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The drift of every feature between a reference and a current window, and the verdict.
 *
 * @param referenceRows rows in the reference
 * @param currentRows rows in the current window
 * @param bins the intended number of quantile bins B
 * @param rule the rule that flagged features
 * @param features per feature, in the reference's order
 */
public record DriftReport(
    long referenceRows, long currentRows, int bins, DriftRule rule, List<FeatureDrift> features) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Validates and copies.
   *
   * @param referenceRows rows in the reference
   * @param currentRows rows in the current window
   * @param bins the intended number of quantile bins B
   * @param rule the rule that flagged features
   * @param features per feature, in the reference's order
   * @throws NullPointerException if rule or features is null
   */
  public DriftReport {
    Objects.requireNonNull(rule, "rule");
    features = List.copyOf(features);
  }

  /**
   * The names of the drifted features, in order.
   *
   * @return the names
   */
  public List<String> driftedFeatures() {
    List<String> out = new ArrayList<>();
    for (FeatureDrift f : features) {
      if (f.drifted()) {
        out.add(f.name());
      }
    }
    return out;
  }

  /**
   * DRIFT when any feature has drifted.
   *
   * @return the verdict
   */
  public DriftVerdict verdict() {
    return driftedFeatures().isEmpty() ? DriftVerdict.NO_DRIFT : DriftVerdict.DRIFT;
  }

  /**
   * The report as JSON, the output of {@code leanml drift}: {@code reference_rows}, {@code
   * current_rows}, {@code bins}, {@code features[]} (each {@code name}, {@code type} {@code
   * "numeric"}/{@code "categorical"}, {@code psi}, {@code js_distance}, then {@code ks_statistic}
   * and {@code ks_p_value} or {@code chi2} and {@code chi2_p_value}, then {@code drifted}), {@code
   * drifted_features} and {@code verdict}. Statistics that are NaN are written as {@code null}.
   *
   * @param pretty whether to indent
   * @return the JSON text
   */
  public String toJson(boolean pretty) {
    try {
      return pretty
          ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJsonTree())
          : MAPPER.writeValueAsString(toJsonTree());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  /**
   * The compact JSON text, as {@link #toJson(boolean) toJson(false)}.
   *
   * @return the JSON text
   */
  public String toJson() {
    return toJson(false);
  }

  /**
   * The report as a Jackson tree, for callers that embed it in a larger document.
   *
   * @return a new object node
   */
  public ObjectNode toJsonTree() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("reference_rows", referenceRows);
    root.put("current_rows", currentRows);
    root.put("bins", bins);
    ArrayNode fs = root.putArray("features");
    for (FeatureDrift f : features) {
      ObjectNode o = fs.addObject();
      o.put("name", f.name());
      boolean numeric = f.type() == FeatureType.NUMERIC;
      o.put("type", numeric ? "numeric" : "categorical");
      putNumber(o, "psi", f.psi());
      putNumber(o, "js_distance", f.jsDistance());
      putNumber(o, numeric ? "ks_statistic" : "chi2", f.statistic());
      putNumber(o, numeric ? "ks_p_value" : "chi2_p_value", f.pValue());
      o.put("drifted", f.drifted());
    }
    ArrayNode names = root.putArray("drifted_features");
    driftedFeatures().forEach(names::add);
    root.put("verdict", verdict().name());
    return root;
  }

  private static void putNumber(ObjectNode o, String field, double v) {
    if (Double.isFinite(v)) {
      o.put(field, v);
    } else {
      o.putNull(field);
    }
  }
}
