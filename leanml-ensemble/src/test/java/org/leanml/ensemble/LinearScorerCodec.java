package org.leanml.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.leanml.core.contract.ContractsJson;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;

/** Test codec for {@link LinearScorer}, installed through test META-INF/services. */
public final class LinearScorerCodec implements PredictorCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Creates the codec. */
  public LinearScorerCodec() {}

  @Override
  public String format() {
    return "test-linear-scorer/1";
  }

  @Override
  public boolean supports(Predictor predictor) {
    return predictor instanceof LinearScorer;
  }

  @Override
  public Map<String, byte[]> encode(Predictor predictor) {
    LinearScorer s = (LinearScorer) predictor;
    ObjectNode root = MAPPER.createObjectNode();
    root.set("input", ContractsJson.toNode(s.input));
    root.set("output", ContractsJson.toNode(s.output));
    ArrayNode w = root.putArray("weights");
    for (double[] row : s.weights) {
      ArrayNode r = w.addArray();
      for (double v : row) {
        r.add(v);
      }
    }
    try {
      return Map.of("scorer.json", MAPPER.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Predictor decode(Map<String, byte[]> parts) {
    try {
      JsonNode root = MAPPER.readTree(parts.get("scorer.json"));
      JsonNode w = root.get("weights");
      double[][] weights = new double[w.size()][];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = new double[w.get(i).size()];
        for (int j = 0; j < weights[i].length; j++) {
          weights[i][j] = w.get(i).get(j).asDouble();
        }
      }
      return new LinearScorer(
          ContractsJson.inputFromNode(root.get("input")),
          ContractsJson.outputFromNode(root.get("output")),
          weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
