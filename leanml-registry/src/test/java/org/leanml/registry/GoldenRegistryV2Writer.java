package org.leanml.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the golden registry of manifest format version 2 (attachments) kept under {@code
 * src/test/resources/registry/golden-v2}. Run once, never to "fix" a failing golden test:
 *
 * <pre>
 * mvn -q -o -pl leanml-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp leanml-core/target/test-classes:leanml-core/target/classes:$(cat /tmp/cp.txt) \
 *   org.leanml.registry.GoldenRegistryV2Writer leanml-core/src/test/resources/registry
 * </pre>
 */
final class GoldenRegistryV2Writer {
  static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  static final String SUMMARY = "reference summary of the training rows\n";
  static final String CARD = "# churn v1\nA constant model kept as a golden file.\n";

  private GoldenRegistryV2Writer() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).resolve("golden-v2");
    if (Files.exists(root)) {
      throw new IllegalStateException(root + " exists; golden files are written once");
    }
    try (ModelRegistry registry =
        ModelRegistry.builder()
            .directory(root)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .codecs(List.of(new ConstantCodec()))
            .build()) {
      registry.register(
          Registration.of("churn", new ConstantPredictor(0.25, bytes("golden-v2 model one")))
              .withTags(Map.of("kind", "with attachments"))
              .withAttachment(
                  "drift-reference.lmds", "application/vnd.leanml.data-summary", bytes(SUMMARY))
              .withAttachment("card.md", "text/markdown", bytes(CARD)));
      registry.register(
          Registration.of("churn", new ConstantPredictor(0.5, bytes("golden-v2 model two")))
              .withParent(1)
              .withTags(Map.of("kind", "without attachments")));
      registry.register(
          Registration.of("churn", new ConstantPredictor(0.75, bytes("golden-v2 model three")))
              .withParent(2)
              .withTags(Map.of("kind", "shares the summary of v1"))
              .withAttachment(
                  "drift-reference.lmds", "application/vnd.leanml.data-summary", bytes(SUMMARY)));
      registry.promote("churn", 3, "golden champion");
    }
    // Lock files and empty tmp directories are not part of the format.
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        String n = p.getFileName().toString();
        if (n.equals("lock") || n.equals("tmp")) {
          Files.delete(p);
        }
      }
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
