package org.leanml.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.testing.TestData;

/**
 * Models stored in format {@code tribuo-protobuf/1} when it was introduced (Tribuo 4.3.2; a
 * logistic regression and a depth-3 CART on {@code TestData.blobs(20, 1)}) must keep loading and
 * predicting the same probabilities, bit for bit, on {@code TestData.blobs(5, 99)}.
 */
class TribuoCodecGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"logistic", "cart"})
  void storedVersion1Model_stillDecodes_andPredictsTheStoredProbabilities(String model) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("contracts.json", resource(model, "contracts.json"));
    parts.put("model.pb", resource(model, "model.pb"));
    String[] expected =
        new String(resource(model, "expected-predictions.txt"), StandardCharsets.UTF_8).split("\n");

    Predictor p = new TribuoCodec().decode(parts);
    List<Prediction> predictions = p.predictBatch(TestData.blobs(5, 99));

    assertThat(predictions).hasSize(expected.length);
    for (int r = 0; r < expected.length; r++) {
      String[] cells = expected[r].split(" ");
      for (int i = 0; i < cells.length; i++) {
        assertThat(predictions.get(r).probability(i))
            .as("row %d class %d", r, i)
            .isEqualTo(Double.parseDouble(cells[i]));
      }
    }
  }

  static byte[] resource(String model, String part) {
    String path = "/golden/tribuo-protobuf-1/" + model + "/" + part;
    try (InputStream in = TribuoCodecGoldenTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
