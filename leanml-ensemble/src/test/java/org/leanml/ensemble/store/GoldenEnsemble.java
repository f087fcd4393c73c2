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
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.table.Table;
import org.leanml.data.feature.Bin;
import org.leanml.data.feature.Features;
import org.leanml.data.feature.Log;
import org.leanml.data.feature.Ratio;
import org.leanml.data.feature.Scale;
import org.leanml.ensemble.Ensemble;
import org.leanml.ensemble.Spambase;
import org.leanml.ensemble.train.EnsembleTrainer;
import org.leanml.ensemble.train.SubModelSpec;
import org.leanml.tribuo.TribuoModels;

/**
 * Writes and reads the golden stored ensembles kept in test resources.
 *
 * <ul>
 *   <li>{@code golden/ensemble-v1} (manifest version 1, frozen: today's codec writes version 2):
 *       three Spambase members (logistic regression on words and characters, CART on capitals)
 *       stacked, trained by {@link #train()}, with the expected probabilities of rows 0..99.
 *   <li>{@code golden/ensemble-v2} (manifest version 2): {@link #trainV2()}, whose members {@code
 *       derived} and {@code binned} read fitted core feature stages (ratio, logarithms, standard
 *       and min-max scaling, quantile bins) stored as {@code features.json} parts, with the
 *       expected probabilities of the rows {@link #v2Rows()}.
 * </ul>
 *
 * <p>Regenerate only when the format version changes, as a new directory, keeping the old ones:
 *
 * <pre>
 * mvn -B -q -o -pl leanml-core,leanml-ensemble -am test-compile
 * mvn -B -q -o -pl leanml-ensemble dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt
 * java -cp "leanml-ensemble/target/test-classes:leanml-ensemble/target/classes:$(cat cp.txt)" \
 *   org.leanml.ensemble.store.GoldenEnsemble leanml-ensemble/src/test/resources/golden/ensemble-v2
 * </pre>
 *
 * (with leanml-core's {@code target/classes} first on the class path if the local repository holds
 * an older leanml-core snapshot; Spambase comes from leanml-datasets, a test dependency). {@code
 * main} writes {@link #trainV2()} with the current codec.
 */
final class GoldenEnsemble {
  static final String DIRECTORY = "golden/ensemble-v1";
  static final String DIRECTORY_V2 = "golden/ensemble-v2";
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

  /**
   * Version 2's ensemble: words as they are; a member on derived features of the character and
   * capital columns; a tree on binned and min-max scaled capitals. Stacked, one thread.
   */
  static Ensemble trainV2() {
    Table t = Spambase.table();
    int[] rows = new int[900];
    // every 5th row, so both classes are present (the file is sorted by class)
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (i * 5) % t.rowCount();
    }
    Table data = t.rows(rows);
    FeatureExtraction derived =
        Features.of(
            Ratio.of("charDollar", "charExclamation").whenUndefined(-1.0),
            Log.log("capitalAve"),
            Log.log1p("capitalTotal"),
            Scale.standard("charHash", "capitalLong"));
    FeatureExtraction binned =
        Features.of(Bin.quantiles("capitalAve", 5), Scale.minMax("capitalLong", "capitalTotal"));
    return EnsembleTrainer.stacking(13L)
        .withExecutor(Runnable::run)
        .train(
            Spambase.input(),
            Spambase.OUTPUT,
            List.of(
                SubModelSpec.projecting(
                    "words", Spambase.input(), Spambase.WORDS, TribuoModels.logistic()),
                SubModelSpec.of("derived", derived, TribuoModels.logistic()),
                SubModelSpec.of("binned", binned, TribuoModels.cart().withMaxDepth(4))),
            data);
  }

  /** The rows whose predictions {@code golden/ensemble-v2/expected.txt} holds: every 46th. */
  static Table v2Rows() {
    int[] rows = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      rows[i] = i * 46;
    }
    return Spambase.table().rows(rows);
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

  /**
   * Writes {@link #trainV2()} and its expected probabilities on {@link #v2Rows()}.
   *
   * @param args the target directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Ensemble e = trainV2();
    Map<String, byte[]> parts = new EnsembleCodec().encode(e);
    for (Map.Entry<String, byte[]> p : parts.entrySet()) {
      Path file = dir.resolve(p.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, p.getValue());
    }
    StringBuilder sb = new StringBuilder();
    List<Prediction> ps = e.predictBatch(v2Rows());
    for (Prediction p : ps) {
      sb.append(p.probability(0)).append(' ').append(p.probability(1)).append('\n');
    }
    Files.writeString(dir.resolve("expected.txt"), sb.toString());
  }
}
