package org.leanml.ensemble.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.Table;
import org.leanml.core.tribuo.TribuoModels;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.Spambase;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;

/**
 * Writes and reads the golden stored ensemble kept in test resources ({@code golden/ensemble-v1}):
 * three Spambase members (logistic regression on words and characters, CART on capitals) stacked,
 * trained on the first 600 rows, with the expected probabilities of rows 0..99.
 *
 * <p>Regenerate only when the format version changes, keeping the old directory: {@code mvn -B -o
 * -q -pl leanml-ensemble test-compile} and then run this class's {@code main} with the test class
 * path and the target directory as argument.
 */
final class GoldenEnsemble {
  static final String DIRECTORY = "golden/ensemble-v1";
  static final int ROWS = 100;

  private GoldenEnsemble() {}

  static Ensemble train() {
    Table t = Spambase.table();
    int[] rows = new int[600];
    // every 7th row, so both classes are present (the file is sorted by class)
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (i * 7) % t.rowCount();
    }
    Table data = t.rows(rows);
    return EnsembleTrainer.stacking(11L)
        .withExecutor(Runnable::run)
        .train(
            Spambase.input(),
            Spambase.OUTPUT,
            List.of(
                SubModelSpec.projecting(
                    "words", Spambase.input(), Spambase.WORDS, TribuoModels.logistic()),
                SubModelSpec.projecting(
                    "chars", Spambase.input(), Spambase.CHARS, TribuoModels.logistic()),
                SubModelSpec.projecting(
                    "capitals",
                    Spambase.input(),
                    Spambase.CAPITALS,
                    TribuoModels.cart().withMaxDepth(4))),
            data);
  }

  static Map<String, byte[]> read(Path dir) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (!name.equals("expected.txt")) {
          parts.put(name, Files.readAllBytes(p));
        }
      }
    }
    return parts;
  }

  static List<double[]> expected(Path dir) throws IOException {
    List<double[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
      String[] cells = line.split(" ");
      out.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])});
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Ensemble e = train();
    Map<String, byte[]> parts = new EnsembleCodec().encode(e);
    for (Map.Entry<String, byte[]> p : parts.entrySet()) {
      Path file = dir.resolve(p.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, p.getValue());
    }
    StringBuilder sb = new StringBuilder();
    List<Prediction> ps = e.predictBatch(Spambase.table().head(ROWS));
    for (Prediction p : ps) {
      sb.append(p.probability(0)).append(' ').append(p.probability(1)).append('\n');
    }
    Files.writeString(dir.resolve("expected.txt"), sb.toString());
  }
}
