package org.leanml.bench.peers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvReader;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;

/**
 * The leanml numbers of task 1 for the agreement check: reads {@code label,baseline,candidate}
 * (written by {@link PeerData}), runs the same paired comparison as {@code ComparisonBenchmark}
 * (threshold 0.5, 2,000 resamples, seed 1, 2 threads) and prints AUCs, McNemar's b, c and exact p,
 * DeLong's z and p and the bootstrap interval of the accuracy difference as one JSON object.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.leanml.bench.peers.ComparisonPeer FILE.csv}
 */
public final class ComparisonPeer {
  private ComparisonPeer() {}

  /**
   * Runs the comparison and prints the JSON object.
   *
   * @param args the CSV file
   * @throws IOException never (declared for symmetry with the other programs)
   * @throws IllegalArgumentException if no file is given
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ComparisonPeer FILE.csv");
    }
    Table t = CsvReader.withDefaults().read(Path.of(args[0]));
    NumericColumn label = t.numeric("label");
    int[] truth = new int[t.rowCount()];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = (int) label.get(i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      ComparisonResult r =
          PairedComparison.binary(
                  truth, t.numeric("baseline").toArray(), t.numeric("candidate").toArray())
              .withResamples(2000)
              .withSeed(1)
              .with(pool)
              .run();
      System.out.println(
          String.format(
              Locale.ROOT,
              "{\"n\": %d, \"auc_baseline\": %.17g, \"auc_candidate\": %.17g, \"b\": %d,"
                  + " \"c\": %d, \"mcnemar_p_exact\": %.17g, \"delong_z\": %.17g,"
                  + " \"delong_p\": %.17g, \"acc_diff\": %.17g, \"boot_low\": %.17g,"
                  + " \"boot_high\": %.17g}",
              r.n(),
              r.delong().aucBaseline(),
              r.delong().aucCandidate(),
              r.mcnemar().b(),
              r.mcnemar().c(),
              r.mcnemar().pExact(),
              r.delong().z(),
              r.delong().pValue(),
              r.bootstrap().diff(),
              r.bootstrap().ciLow(),
              r.bootstrap().ciHigh()));
    } finally {
      pool.shutdown();
    }
  }
}
