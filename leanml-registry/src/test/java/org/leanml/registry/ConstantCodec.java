package org.leanml.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leanml.core.LeanMlException;
import org.leanml.core.predict.Predictor;
import org.leanml.core.predict.PredictorCodec;

/** A test codec: the probability as JSON in {@code constant.json}, the payload in a second part. */
final class ConstantCodec implements PredictorCodec {
  static final String FORMAT = "test-constant/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean supports(Predictor predictor) {
    return predictor instanceof ConstantPredictor;
  }

  @Override
  public Map<String, byte[]> encode(Predictor predictor) {
    if (!(predictor instanceof ConstantPredictor c)) {
      throw new IllegalArgumentException("not a constant predictor: " + predictor);
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "constant.json", ("{\"positive\":" + c.positive() + "}").getBytes(StandardCharsets.UTF_8));
    parts.put("payload.bin", c.payload());
    return parts;
  }

  @Override
  public Predictor decode(Map<String, byte[]> parts) {
    byte[] json = parts.get("constant.json");
    byte[] payload = parts.get("payload.bin");
    if (json == null || payload == null) {
      throw new LeanMlException(
          "constant model needs constant.json and payload.bin: " + parts.keySet());
    }
    try {
      JsonNode n = MAPPER.readTree(json);
      return new ConstantPredictor(n.get("positive").doubleValue(), payload);
    } catch (IOException | RuntimeException e) {
      throw new LeanMlException("malformed constant.json", e);
    }
  }
}
