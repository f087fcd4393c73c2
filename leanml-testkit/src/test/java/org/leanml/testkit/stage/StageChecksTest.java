package org.leanml.testkit.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;
import org.leanml.testkit.arbitrary.TableArbitraries;

class StageChecksTest {

  static final InputContract INPUT = InputContract.of(FeatureSpec.numeric("x").withRange(-5, 5));

  /** Centres x on its training mean; {@code rowBias} breaks the serving path on purpose. */
  record Centre(double rowBias, AtomicInteger fits) implements FeatureExtraction {
    Centre(double rowBias) {
      this(rowBias, new AtomicInteger());
    }

    @Override
    public String name() {
      return "centre";
    }

    @Override
    public Map<String, String> configuration() {
      return Map.of();
    }

    @Override
    public InputContract requires() {
      return INPUT;
    }

    @Override
    public FittedFeatures fit(Table training) {
      double sum = 0;
      for (int r = 0; r < training.rowCount(); r++) {
        sum += training.numeric("x").get(r);
      }
      double mean = training.rowCount() == 0 ? 0 : sum / training.rowCount();
      int fit = fits.incrementAndGet();
      double bias = rowBias;
      return new FittedFeatures() {
        @Override
        public String name() {
          return "centre";
        }

        @Override
        public Map<String, String> configuration() {
          return Map.of();
        }

        @Override
        public Fingerprint stateFingerprint() {
          // A stage whose state depends on how often it was fitted breaks re-fitting.
          return Fingerprinter.forDomain("centre")
              .putDouble(mean)
              .putInt(bias == 7 ? fit : 0)
              .finish();
        }

        @Override
        public InputContract requires() {
          return INPUT;
        }

        @Override
        public InputContract produces() {
          return InputContract.of(FeatureSpec.numeric("x_c"));
        }

        @Override
        public Table transform(Table table) {
          double[] v = new double[table.rowCount()];
          for (int r = 0; r < v.length; r++) {
            v[r] = table.numeric("x").get(r) - mean;
          }
          return Table.of(NumericColumn.of("x_c", v));
        }

        @Override
        public void transformRow(Row row, double[] out) {
          out[0] = row.getDouble("x") - mean + (bias == 7 ? 0 : bias);
        }
      };
    }
  }

  private static Table xs(double... v) {
    return Table.of(NumericColumn.of("x", v));
  }

  @Provide
  Arbitrary<Table> tables() {
    return TableArbitraries.forContract(INPUT).withRows(1, 30).tables();
  }

  @Property(tries = 100)
  void correctStage_passesEveryCheck(@ForAll("tables") Table train, @ForAll("tables") Table other) {
    StageChecks checks = StageChecks.exact().withTolerance(1e-9);

    checks.reappliesIdentically(new Centre(0), train, other);
    checks.outputSatisfiesContract(new Centre(0), train, other);
    checks.independentOfRowOrder(new Centre(0), train, other, 42);
  }

  @Test
  void servingPathThatDiffers_isCaughtNamingRowAndColumn() {
    assertThatThrownBy(
            () -> StageChecks.exact().reappliesIdentically(new Centre(1e-12), xs(1, 2), xs(3, 4)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("stage 'centre': transformRow gives")
        .hasMessageContaining("row 0, column 'x_c'");
  }

  @Test
  void stateThatChangesOnRefit_isCaught() {
    assertThatThrownBy(
            () -> StageChecks.exact().reappliesIdentically(new Centre(7), xs(1, 2), xs(3)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fitting twice on the same data gave different states");
  }

  @Test
  void rowOrderCheck_exactDemandsBitIdentity_toleranceAllowsRounding() {
    // Summation order changes the last bits of this mean.
    Table train = xs(0.1, 0.2, 0.3, 1e-17, 0.7, 0.11, 0.13, 0.17);

    StageChecks.exact().withTolerance(1e-12).independentOfRowOrder(new Centre(0), train, xs(1), 3);
  }

  @Test
  void threadCountCheck_detectsSchedulingDependentResults() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                StageChecks.exact()
                    .independentOfThreadCount(
                        ex -> CompletableFuture.supplyAsync(calls::incrementAndGet, ex).join(),
                        1,
                        2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with 2 threads differs");
    List<Integer> same =
        StageChecks.exact()
            .<List<Integer>>independentOfThreadCount(
                ex -> CompletableFuture.supplyAsync(() -> List.of(1, 2), ex).join(), 1, 2, 4);
    assertThat(same).containsExactly(1, 2);
  }
}
