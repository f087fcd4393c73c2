package org.leanml.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.util.VectorNormalizer;

/**
 * The direct linear scorer against Tribuo's own {@code predict} on the same model and rows: equal
 * bit for bit ({@link Prediction#equals} compares probabilities exactly), on the dense path (every
 * feature present), the sparse path (some absent) and the failure path (no known feature).
 */
class LinearScorerTest {

  private static void assertEveryRowEqualsTribuo(TribuoPredictor p, Table rows) {
    List<Prediction> batch = p.predictBatch(rows);
    for (int r = 0; r < rows.rowCount(); r++) {
      Prediction tribuo = p.predictThroughTribuo(rows.row(r));

      assertThat(p.predict(rows.row(r))).as("row %d", r).isEqualTo(tribuo);
      assertThat(batch.get(r)).as("batch row %d", r).isEqualTo(tribuo);
    }
  }

  @Test
  void logistic_spambase_everyRowEqualsTribuoBitForBit() {
    TestData.Split s = TestData.split(TestData.spambase(), 0.7, 3);
    TribuoPredictor p =
        (TribuoPredictor)
            TribuoModels.logistic()
                .withEpochs(3)
                .fit(s.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());

    assertThat(p.usesDirectScorer()).isTrue();
    assertEveryRowEqualsTribuo(p, s.test());
  }

  @Test
  void logistic_letter26Classes_everyRowEqualsTribuoBitForBit() {
    Table letter = TestData.letter().head(4000);
    List<String> features = new ArrayList<>(letter.columnNames());
    features.remove("lettr");
    OutputContract out = OutputContract.multiclass("lettr", letter.categorical("lettr").levels());
    TestData.Split s = TestData.split(letter, 0.75, 5);
    TribuoPredictor p =
        (TribuoPredictor)
            TribuoModels.logistic()
                .withEpochs(2)
                .fit(s.train(), InputContract.numeric(features), out);

    assertThat(p.usesDirectScorer()).isTrue();
    assertEveryRowEqualsTribuo(p, s.test());
  }

  /**
   * Columns {@code a, b, c, d}: {@code d} is missing in every training row, so the model never
   * learns it; test rows then miss cells at random, which sends some rows down Tribuo's dense path
   * (as many present features as the model knows, e.g. {@code d} present and {@code a} absent) and
   * others down its sparse path.
   */
  @Test
  void logistic_missingCellsAndAFeatureUnknownToTheModel_everyRowEqualsTribuo() {
    Table train = withMissing(600, 11, 0.1, true);
    Table test = withMissing(400, 12, 0.3, false);
    InputContract in = InputContract.of(nullable("a"), nullable("b"), nullable("c"), nullable("d"));
    OutputContract out = OutputContract.multiclass("y", List.of("p", "q", "r"));
    TribuoPredictor p = (TribuoPredictor) TribuoModels.logistic().withEpochs(4).fit(train, in, out);

    assertThat(p.usesDirectScorer()).isTrue();
    assertEveryRowEqualsTribuo(p, rowsWithSomeFeatureKnown(test));
  }

  @Test
  void logistic_rowWithOnlyAnUnknownFeature_failsLikeTribuoNamingTheRow() {
    Table train = withMissing(300, 21, 0.0, true);
    InputContract in = InputContract.of(nullable("a"), nullable("b"), nullable("c"), nullable("d"));
    OutputContract out = OutputContract.multiclass("y", List.of("p", "q", "r"));
    TribuoPredictor p = (TribuoPredictor) TribuoModels.logistic().withEpochs(1).fit(train, in, out);
    BitSet missing = new BitSet();
    missing.set(0);
    Table onlyD =
        Table.of(
            NumericColumn.of("a", new double[] {Double.NaN}, missing),
            NumericColumn.of("b", new double[] {Double.NaN}, missing),
            NumericColumn.of("c", new double[] {Double.NaN}, missing),
            NumericColumn.of("d", 1.5),
            CategoricalColumn.of("y", "p"));

    assertThatThrownBy(() -> p.predict(onlyD.row(0)))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 0")
        .hasMessageContaining("none of the row's present features is known to the model");
    assertThatThrownBy(() -> p.predictThroughTribuo(onlyD.row(0)))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("none of the row's present features is known to the model");
  }

  @Test
  void normalizer_privateFieldOfThePinnedTribuo_agreesWithTheProtobufRoute() {
    TribuoPredictor p =
        (TribuoPredictor)
            TribuoModels.logistic()
                .withEpochs(1)
                .fit(
                    TestData.blobs(30, 4),
                    InputContract.numeric(List.of("x1", "x2")),
                    OutputContract.multiclass("cls", List.of("a", "b", "c")));
    LinearSGDModel model = (LinearSGDModel) p.model();
    double[] a = {0.5, -2.0, 3.25};
    double[] b = a.clone();

    VectorNormalizer fromField = LinearScorer.normalizerFromField(model);
    VectorNormalizer fromProtobuf = LinearScorer.normalizerFromProtobuf(model);
    fromField.normalizeInPlace(a);
    fromProtobuf.normalizeInPlace(b);

    assertThat(fromField.getClass()).isEqualTo(fromProtobuf.getClass());
    assertThat(a).containsExactly(b);
    assertThat(a[0] + a[1] + a[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void cart_hasNoDirectScorer_predictsThroughTribuo() {
    TestData.Split s = TestData.split(TestData.spambase(), 0.7, 3);
    TribuoPredictor p =
        (TribuoPredictor)
            TribuoModels.cart()
                .withMaxDepth(4)
                .fit(s.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());

    assertThat(p.usesDirectScorer()).isFalse();
    assertEveryRowEqualsTribuo(p, s.test().head(100));
  }

  private static FeatureSpec nullable(String name) {
    return FeatureSpec.numeric(name).asNullable();
  }

  /** Three classes around different centres; cells missing with probability {@code pMissing}. */
  private static Table withMissing(int n, long seed, double pMissing, boolean dAlwaysMissing) {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] names = {"a", "b", "c", "d"};
    double[][] v = new double[4][n];
    BitSet[] miss = new BitSet[4];
    for (int c = 0; c < 4; c++) {
      miss[c] = new BitSet();
    }
    String[] y = new String[n];
    String[] classes = {"p", "q", "r"};
    for (int i = 0; i < n; i++) {
      int k = i % 3;
      y[i] = classes[k];
      for (int c = 0; c < 4; c++) {
        boolean absent = (c == 3 && dAlwaysMissing) || rng.nextDouble() < pMissing;
        if (absent) {
          v[c][i] = Double.NaN;
          miss[c].set(i);
        } else {
          v[c][i] = (c == k ? 2.0 : 0.0) + TestData.gaussian(rng);
        }
      }
    }
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      cols.add(NumericColumn.of(names[c], v[c], miss[c]));
    }
    cols.add(CategoricalColumn.of("y", y));
    return Table.of(cols);
  }

  /** Drops rows whose only present cells are in {@code d} (or that have none). */
  private static Table rowsWithSomeFeatureKnown(Table t) {
    int[] keep = new int[t.rowCount()];
    int k = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      boolean known = false;
      for (String c : List.of("a", "b", "c")) {
        known |= !t.numeric(c).isMissing(r);
      }
      if (known) {
        keep[k++] = r;
      }
    }
    return t.rows(java.util.Arrays.copyOf(keep, k));
  }
}
