package org.leanml.registry;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A child JVM for the process tests: opens a registry, prints {@code ready}, then registers
 * versions and prints {@code registered <n>} (flushed) after each {@code register} returns.
 *
 * <p>Arguments: root, model name, writer id, count ({@code -1}: until killed), largest payload in
 * bytes, seed.
 */
final class RegistryChild {
  private RegistryChild() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    String name = args[1];
    String writer = args[2];
    int count = Integer.parseInt(args[3]);
    int maxPayload = Integer.parseInt(args[4]);
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[5]));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (ModelRegistry registry =
        ModelRegistry.builder().directory(root).codecs(List.of(new ConstantCodec())).build()) {
      out.println("ready");
      out.flush();
      for (int i = 0; count < 0 || i < count; i++) {
        double p = random.nextInt(1, 1000) / 1000.0;
        byte[] payload = new byte[random.nextInt(maxPayload + 1)];
        for (int b = 0; b < payload.length; b += 8) {
          payload[b] = (byte) random.nextInt();
        }
        ModelVersion v =
            registry.register(
                Registration.of(name, new ConstantPredictor(p, payload))
                    .withTags(
                        Map.of(
                            "writer", writer,
                            "seq", Integer.toString(i),
                            "p", Double.toString(p),
                            "payload", Integer.toString(payload.length))));
        out.println("registered " + v.version());
        out.flush();
      }
    }
  }
}
