package org.leanml.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.leanml.tribuo.LogisticRegression;
import org.leanml.tribuo.TribuoCodec;
import org.leanml.tribuo.TribuoModels;

/**
 * Writes the golden registry kept under {@code src/test/resources/registry/golden-v1} and its
 * expected predictions. Run once per registry format version, never to "fix" a failing golden test
 * (spambase comes from leanml-datasets, which the test class path holds):
 *
 * <pre>
 * mvn -q -o -pl leanml-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp leanml-core/target/test-classes:leanml-core/target/classes:$(cat /tmp/cp.txt) \
 *   org.leanml.registry.GoldenRegistryWriter leanml-core/src/test/resources/registry
 * </pre>
 */
final class GoldenRegistryWriter {
  static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
  static final int ROWS = 10;

  private GoldenRegistryWriter() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path root = out.resolve("golden-v1");
    if (Files.exists(root)) {
      throw new IllegalStateException(root + " exists; golden files are written once");
    }
    Table spam = TestData.spambase();
    TestData.Split split = TestData.split(spam, 0.7, 2);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode expected = json.createObjectNode();
    try (ModelRegistry registry =
        ModelRegistry.builder()
            .directory(root)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .codecs(List.of(new TribuoCodec(), new ConstantCodec()))
            .build()) {
      for (int epochs : new int[] {2, 5}) {
        LogisticRegression trainer = TribuoModels.logistic().withEpochs(epochs).withSeed(7);
        Predictor p =
            trainer.fit(split.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());
        ObjectNode run = json.createObjectNode();
        run.put("code_version", "golden-v1");
        ObjectNode stage = run.putArray("stages").addObject();
        stage.put("name", trainer.name());
        stage.set("configuration", json.valueToTree(new TreeMap<>(trainer.configuration())));
        Registration r =
            Registration.of("spam", p)
                .withTrainingData(Fingerprints.of(split.train()))
                .withEvaluationData(Fingerprints.of(split.test()))
                .withRunRecord(json.writeValueAsString(run))
                .withMetrics(Map.of("accuracy", accuracy(p, split.test())))
                .withTags(Map.of("trainer", "logistic", "epochs", Integer.toString(epochs)));
        ModelVersion v = registry.register(epochs == 2 ? r : r.withParent(1));
        ArrayNode probs = expected.putArray("spam/" + v.version());
        for (Prediction pr : p.predictBatch(spam.head(ROWS))) {
          probs.add(pr.probability(1));
        }
      }
      registry.register(
          Registration.of(
                  "blend", new ConstantPredictor(0.25, "golden".getBytes(StandardCharsets.UTF_8)))
              .withMembers(List.of(new ModelRef("spam", 1), new ModelRef("spam", 2)))
              .withTags(Map.of("kind", "ensemble")));
      registry.promote("spam", 1, "first model");
      registry.promote("spam", 2, "more epochs");
      registry.rollback("spam", "v2 regressed in canary");
      registry.setAlias("spam", "candidate", 2, "keep for analysis");
      registry.setStatus("spam", 2, VersionStatus.ARCHIVED, "superseded");
    }
    Files.write(out.resolve("golden-v1-expected.json"), json.writeValueAsBytes(expected));
  }

  static double accuracy(Predictor p, Table test) {
    List<Prediction> ps = p.predictBatch(test);
    int[] truth = TestData.spambaseOutput().classIndices(test);
    int right = 0;
    for (int i = 0; i < ps.size(); i++) {
      right += ps.get(i).argMax() == truth[i] ? 1 : 0;
    }
    return (double) right / ps.size();
  }
}
