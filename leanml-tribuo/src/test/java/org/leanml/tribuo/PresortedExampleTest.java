package org.leanml.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.testing.TestData;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** The presorted example against Tribuo's own sorting {@code ArrayExample}. */
class PresortedExampleTest {

  @Test
  void datasetFromLayout_equalsDatasetFromTribuosConstructor_andTrainsTheSameWeights() {
    Table data = TestData.spambase().head(800);
    FeatureLayout layout = new FeatureLayout(TestData.spambaseFeatures());
    NumericColumn[] cols = layout.resolve(data);
    String[] contractOrder = TestData.spambaseFeatures().names().toArray(new String[0]);
    int[] classes = TestData.spambaseOutput().classIndices(data);
    Label[] labels = {new Label("nonspam"), new Label("spam")};
    MutableDataset<Label> ours = dataset();
    MutableDataset<Label> tribuos = dataset();

    for (int r = 0; r < data.rowCount(); r++) {
      ours.add(layout.example(cols, r, labels[classes[r]]));
      double[] values = new double[contractOrder.length];
      for (int c = 0; c < values.length; c++) {
        values[c] = data.numeric(contractOrder[c]).get(r);
      }
      tribuos.add(new ArrayExample<>(labels[classes[r]], contractOrder, values));
    }

    for (int r = 0; r < data.rowCount(); r++) {
      assertThat(features(ours.getExample(r))).isEqualTo(features(tribuos.getExample(r)));
      assertThat(ours.getExample(r).getOutput()).isEqualTo(tribuos.getExample(r).getOutput());
    }
    LinearSGDModel a = (LinearSGDModel) trainer().train(ours);
    LinearSGDModel b = (LinearSGDModel) trainer().train(tribuos);
    assertThat(a.getWeightsCopy()).isEqualTo(b.getWeightsCopy());
  }

  @Test
  void validateExample_agreesWithTribuo_onEmptyNaNAndGoodExamples() {
    String[] names = {"a", "b", "c"};

    assertThat(
            new PresortedExample<>(LabelFactory.UNKNOWN_LABEL, names, new double[] {1, 2, 3}, 3)
                .validateExample())
        .isTrue();
    assertThat(
            new PresortedExample<>(
                    LabelFactory.UNKNOWN_LABEL, names, new double[] {1, Double.NaN, 3}, 3)
                .validateExample())
        .isFalse();
    assertThat(
            new PresortedExample<>(LabelFactory.UNKNOWN_LABEL, names, new double[0], 0)
                .validateExample())
        .isFalse();
    assertThat(
            new PresortedExample<>(
                    LabelFactory.UNKNOWN_LABEL, new String[] {"a", "a"}, new double[] {1, 2}, 2)
                .validateExample())
        .isFalse();
  }

  @Test
  void copy_isAPlainArrayExampleWithTheSameFeatures() {
    PresortedExample<Label> ex =
        new PresortedExample<>(
            new Label("spam"), new String[] {"a", "b"}, new double[] {0.5, -1}, 2);

    Example<Label> copy = ex.copy();

    assertThat(copy.getClass()).isEqualTo(ArrayExample.class);
    assertThat(features(copy)).isEqualTo(features(ex));
  }

  private static MutableDataset<Label> dataset() {
    LabelFactory f = new LabelFactory();
    return new MutableDataset<>(new SimpleDataSourceProvenance("test", f), f);
  }

  private static LinearSGDTrainer trainer() {
    return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 2, 1000, 1, 17L);
  }

  private static String features(Example<Label> ex) {
    StringBuilder sb = new StringBuilder();
    for (Feature f : ex) {
      sb.append(f.getName())
          .append('=')
          .append(Double.doubleToRawLongBits(f.getValue()))
          .append(';');
    }
    return sb.toString() + Arrays.toString(new int[] {ex.size()});
  }
}
