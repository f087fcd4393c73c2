package org.leanml.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;

class TribuoModelsTest {
  private static TestData.Split spam;
  private static Predictor spamLogistic;
  private static Predictor spamCart;

  @BeforeAll
  static void trainOnSpambase() {
    spam = TestData.split(TestData.spambase(), 0.7, 1);
    spamLogistic =
        TribuoModels.logistic()
            .withEpochs(10)
            .fit(spam.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());
    spamCart =
        TribuoModels.cart()
            .withMaxDepth(8)
            .fit(spam.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());
  }

  static double accuracy(Predictor p, Table test) {
    int[] truth = p.outputContract().classIndices(test);
    List<Prediction> preds = p.predictBatch(test);
    int hits = 0;
    for (int i = 0; i < truth.length; i++) {
      hits += preds.get(i).argMax() == truth[i] ? 1 : 0;
    }
    return hits / (double) truth.length;
  }

  @Test
  void logistic_spambaseHeldOut_accuracyAbove85Percent() {
    double acc = accuracy(spamLogistic, spam.test());

    assertThat(acc).isGreaterThan(0.85);
  }

  @Test
  void cart_spambaseHeldOut_accuracyAbove88Percent() {
    double acc = accuracy(spamCart, spam.test());

    assertThat(acc).isGreaterThan(0.88);
  }

  @Test
  void predictions_followContractLabelOrderAndSumToOne() {
    Prediction p = spamLogistic.predict(spam.test().row(0));

    assertThat(p.classCount()).isEqualTo(2);
    assertThat(p.probability(0) + p.probability(1))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(spamLogistic.outputContract().labels()).containsExactly("nonspam", "spam");
  }

  @Test
  void predictRow_equalsPredictBatch_bitForBit() {
    Table test = spam.test().head(200);
    List<Prediction> batch = spamCart.predictBatch(test);

    for (int r = 0; r < test.rowCount(); r++) {
      assertThat(spamCart.predict(test.row(r))).isEqualTo(batch.get(r));
    }
  }

  @Test
  void multiclass_blobs_bothTrainersSeparateTheClasses() {
    Table train = TestData.blobs(100, 3);
    Table test = TestData.blobs(50, 4);
    InputContract in = InputContract.numeric(List.of("x1", "x2"));
    OutputContract out = OutputContract.multiclass("cls", List.of("c", "a", "b"));

    double lr = accuracy(TribuoModels.logistic().withEpochs(20).fit(train, in, out), test);
    double cart = accuracy(TribuoModels.cart().fit(train, in, out), test);

    assertThat(lr).isGreaterThan(0.9);
    assertThat(cart).isGreaterThan(0.85);
  }

  @Test
  void regression_linearData_lowErrorForBothTrainers() {
    Table train = TestData.linear(1000, 5);
    Table test = TestData.linear(300, 6);
    InputContract in = InputContract.numeric(List.of("x1", "x2"));
    OutputContract out = OutputContract.regression("y");

    double linear = rmse(TribuoModels.linearRegression().withEpochs(20).fit(train, in, out), test);
    double cart = rmse(TribuoModels.cartRegression().fit(train, in, out), test);

    assertThat(linear).isLessThan(0.2);
    assertThat(cart).isLessThan(0.8);
  }

  static double rmse(Predictor p, Table test) {
    List<Prediction> preds = p.predictBatch(test);
    NumericColumn y = test.numeric(p.outputContract().labelColumn());
    double ss = 0;
    for (int i = 0; i < preds.size(); i++) {
      double d = preds.get(i).value() - y.get(i);
      ss += d * d;
    }
    return Math.sqrt(ss / preds.size());
  }

  @Test
  void fit_sameSeedTwice_identicalPredictions() {
    Table test = spam.test().head(100);

    Predictor again =
        TribuoModels.logistic()
            .withEpochs(10)
            .fit(spam.train(), TestData.spambaseFeatures(), TestData.spambaseOutput());

    assertThat(again.predictBatch(test)).isEqualTo(spamLogistic.predictBatch(test));
  }

  @Test
  void predict_missingRequiredValue_namesRowAndColumn() {
    Table t =
        Table.of(
            NumericColumn.of("x1", 1, 2, 3),
            NumericColumn.of("x2", new double[] {1, 2, 3}, bits(2)),
            CategoricalColumn.of("cls", "a", "b", "a"));
    Predictor p = twoFeatureModel();

    assertThatThrownBy(() -> p.predict(t.row(2)))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("'x2'")
        .hasMessageContaining("missing value");
  }

  @Test
  void predict_missingColumn_namesColumn() {
    Table t = Table.of(NumericColumn.of("x1", 1, 2, 3));
    Predictor p = twoFeatureModel();

    assertThatThrownBy(() -> p.predict(t.row(0)))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("'x2'")
        .hasMessageContaining("missing column");
  }

  @Test
  void predict_nullableFeatureMissing_predictsFromTheOthers() {
    InputContract in =
        InputContract.of(
            org.leanml.core.contract.FeatureSpec.numeric("x1"),
            org.leanml.core.contract.FeatureSpec.numeric("x2").asNullable());
    OutputContract out = OutputContract.multiclass("cls", List.of("a", "b", "c"));
    Predictor p = TribuoModels.logistic().fit(TestData.blobs(30, 1), in, out);
    Table t =
        Table.of(NumericColumn.of("x1", 4), NumericColumn.of("x2", new double[] {0}, bits(0)));

    Prediction pred = p.predict(t.row(0));

    assertThat(pred.classCount()).isEqualTo(3);
  }

  @Test
  void cart_predictsTheClassFrequenciesOfItsLeaf_notAOneHotVote() {
    // One split on x: the left leaf holds 3 "a" and 1 "b", the right 1 "a" and 4 "b".
    Table t =
        Table.of(
            NumericColumn.of("x", 0, 0, 0, 0, 1, 1, 1, 1, 1),
            CategoricalColumn.of("y", "a", "a", "a", "b", "a", "b", "b", "b", "b"));
    InputContract in = InputContract.numeric(List.of("x"));
    OutputContract out = OutputContract.binary("y", "a", "b");
    Predictor tree = TribuoModels.cart().withMaxDepth(1).withMinChildWeight(1).fit(t, in, out);

    Prediction left = tree.predict(t.row(0));
    Prediction right = tree.predict(t.row(8));

    assertThat(left.probability(0)).isCloseTo(0.75, within(1e-6));
    assertThat(left.probability(1)).isCloseTo(0.25, within(1e-6));
    assertThat(right.probability(0)).isCloseTo(0.2, within(1e-6));
    assertThat(right.probability(1)).isCloseTo(0.8, within(1e-6));
  }

  @Test
  void cart_leafFrequencies_surviveEncodeAndDecode() {
    Table t =
        Table.of(
            NumericColumn.of("x", 0, 0, 0, 0, 1, 1, 1, 1, 1),
            CategoricalColumn.of("y", "a", "a", "a", "b", "a", "b", "b", "b", "b"));
    InputContract in = InputContract.numeric(List.of("x"));
    OutputContract out = OutputContract.binary("y", "a", "b");
    Predictor tree = TribuoModels.cart().withMaxDepth(1).withMinChildWeight(1).fit(t, in, out);
    TribuoCodec codec = new TribuoCodec();

    Predictor decoded = codec.decode(codec.encode(tree));

    assertThat(decoded.predict(t.row(0))).isEqualTo(tree.predict(t.row(0)));
    assertThat(decoded.predict(t.row(0)).probability(0)).isCloseTo(0.75, within(1e-6));
  }

  @Test
  void fit_binaryWithOneClass_namesColumnAndClass() {
    Table t =
        Table.of(
            NumericColumn.of("x1", 1, 2, 3),
            NumericColumn.of("x2", 1, 2, 3),
            CategoricalColumn.of("y", "yes", "yes", "yes"));
    InputContract in = InputContract.numeric(List.of("x1", "x2"));

    assertThatThrownBy(
            () -> TribuoModels.logistic().fit(t, in, OutputContract.binary("y", "no", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'y'")
        .hasMessageContaining("'yes'");
  }

  @Test
  void fit_labelOutsideDomain_contractViolation() {
    Table t =
        Table.of(
            NumericColumn.of("x1", 1, 2, 3),
            NumericColumn.of("x2", 1, 2, 3),
            CategoricalColumn.of("y", "yes", "no", "maybe"));
    InputContract in = InputContract.numeric(List.of("x1", "x2"));

    assertThatThrownBy(
            () -> TribuoModels.cart().fit(t, in, OutputContract.binary("y", "no", "yes")))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("'maybe'");
  }

  @Test
  void predict_concurrentCallersOnTwoTables_sameAsSequential() throws Exception {
    Table a = spam.test().head(300);
    Table b = spam.test().rows(TestData.shuffled(spam.test().rowCount(), 9)).head(300);
    List<Prediction> ea = spamLogistic.predictBatch(a);
    List<Prediction> eb = spamLogistic.predictBatch(b);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Table mine = t % 2 == 0 ? a : b;
        List<Prediction> expected = t % 2 == 0 ? ea : eb;
        fs.add(
            pool.submit(
                () -> {
                  boolean ok = true;
                  for (int r = 0; r < mine.rowCount(); r++) {
                    ok &= spamLogistic.predict(mine.row(r)).equals(expected.get(r));
                  }
                  return ok;
                }));
      }

      for (Future<Boolean> f : fs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void configuration_listsEveryOptionSorted() {
    var config = TribuoModels.cart().withMaxDepth(3).withSeed(9).configuration();

    assertThat(config.keySet())
        .containsExactly(
            "algorithm",
            "fractionFeaturesInSplit",
            "impurity",
            "maxDepth",
            "minChildWeight",
            "minImpurityDecrease",
            "seed");
    assertThat(config).containsEntry("maxDepth", "3").containsEntry("seed", "9");
  }

  @Test
  void withEpochs_zero_rejectedNamingOption() {
    assertThatThrownBy(() -> TribuoModels.logistic().withEpochs(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epochs");
  }

  static Predictor twoFeatureModel() {
    return TribuoModels.logistic()
        .fit(
            TestData.blobs(30, 1),
            InputContract.numeric(List.of("x1", "x2")),
            OutputContract.multiclass("cls", List.of("a", "b", "c")));
  }

  static java.util.BitSet bits(int... rows) {
    java.util.BitSet b = new java.util.BitSet();
    for (int r : rows) {
      b.set(r);
    }
    return b;
  }
}
