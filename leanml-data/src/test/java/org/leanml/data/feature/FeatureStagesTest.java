package org.leanml.data.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class FeatureStagesTest {

  static Table training() {
    return Table.builder()
        .numeric("x")
        .numeric("y")
        .categorical("c")
        .addRow(3.5, 1.0, "b")
        .addRow(-1.0, 0.0, "a")
        .addRow(7.25, 2.0, "b")
        .addRow(2.0, -0.0, "a")
        .addRow(10.0, 4.0, "c")
        .addRow(0.5, 1.0, "a")
        .addRow(4.0, 8.0, "b")
        .addRow(8.0, 2.0, null)
        .build();
  }

  static double[] row(FittedFeatures f, Table t, int r) {
    double[] out = new double[f.produces().size()];
    f.transformRow(t.row(r), out);
    return out;
  }

  @Test
  void select_passesColumnsThrough() {
    FittedFeatures f = Select.of("y", "x").fit(training());

    Table out = f.transform(training());

    assertThat(out.columnNames()).containsExactly("y", "x");
    assertThat(out.numeric("x").toArray()).containsExactly(training().numeric("x").toArray());
  }

  @Test
  void ratio_zeroDenominator_givesTheFallback() {
    FittedFeatures f = Ratio.of("x", "y").whenUndefined(-1).fit(training());

    Table out = f.transform(training());

    assertThat(out.columnNames()).containsExactly("x/y");
    assertThat(out.numeric("x/y").toArray()).containsExactly(3.5, -1, 3.625, -1, 2.5, 0.5, 0.5, 4);
  }

  @Test
  void log1p_andLog_computeAndGuardTheirDomain() {
    Table t = Table.builder().numeric("v").addRow(0.0).addRow(Math.E - 1).build();

    assertThat(Log.log1p("v").fit(t).transform(t).numeric("log1p(v)").toArray())
        .containsExactly(0.0, 1.0);
    assertThatThrownBy(() -> Log.log("v").fit(t))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 0, column 'v': below minimum 4.9E-324");
    FittedFeatures f = Log.log1p("v").fit(t);
    Table bad = Table.builder().numeric("v").addRow(-1.0).build();
    assertThatThrownBy(() -> row(f, bad, 0))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 0, column 'v': below minimum");
  }

  @Test
  void oneHot_sortedFittedLevelsAndUnseenRule() {
    FittedFeatures f = OneHot.of("c").fit(training());
    Table serving =
        Table.builder().categorical("c").addRow("c").addRow("zzz").addRow((Object) null).build();

    assertThat(f.produces().names()).containsExactly("c=a", "c=b", "c=c");
    assertThat(row(f, serving, 0)).containsExactly(0, 0, 1);
    assertThat(row(f, serving, 1)).containsExactly(0, 0, 0);
    assertThat(row(f, serving, 2)).containsExactly(0, 0, 0);
    FittedFeatures strict = OneHot.of("c").with(OneHot.Unseen.ERROR).fit(training());
    assertThatThrownBy(() -> row(strict, serving, 1))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 1, column 'c': category not seen in training")
        .hasMessageContaining("(value 'zzz')");
  }

  @Test
  void bin_quantileEdges_countEdgesAtOrBelow() {
    FittedFeatures f = Bin.quantiles("x", 4).fit(training());

    Table out = f.transform(training());

    // numpy: np.quantile([3.5,-1,7.25,2,10,0.5,4,8], [0.25,0.5,0.75]) -> [1.625, 3.75, 7.4375]
    assertThat(out.numeric("bin(x)").toArray()).containsExactly(1, 0, 2, 1, 3, 0, 2, 3);
    assertThat(f.produces().features().get(0).max()).isEqualTo(3);
  }

  @Test
  void bin_fixedEdges_areValidated() {
    assertThat(Bin.edges("x", 0, 5).fit(training()).transform(training()).numeric("bin(x)").get(4))
        .isEqualTo(2);
    assertThatThrownBy(() -> Bin.edges("x", 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standardScale_matchesPopulationMeanAndSd() {
    FittedFeatures f = Scale.standard("x").fit(training());
    Table serving = Table.builder().numeric("x").addRow(3.5).addRow(12.0).build();

    double[] out = f.transform(serving).numeric("x").toArray();

    // /usr/bin/python3 -c "import numpy as np; from sklearn.preprocessing import StandardScaler;
    //   x=np.array([3.5,-1,7.25,2,10,0.5,4,8]).reshape(-1,1);
    //   print(StandardScaler().fit(x).transform([[3.5],[12.0]]).ravel().tolist())"
    // -> [-0.2172763302828587, 2.1466901431946437]  (scikit-learn 1.2.1)
    assertThat(out[0]).isCloseTo(-0.2172763302828587, within(1e-14));
    assertThat(out[1]).isCloseTo(2.1466901431946437, within(1e-14));
  }

  @Test
  void standardScale_nearMaxValue_staysFiniteAndMatchesExactArithmetic() {
    Table training = Table.of(NumericColumn.of("x", 1.5e308, 1.7e308, -1.0e308, 9e307));
    FittedFeatures f = Scale.standard("x").fit(training);
    Table serving = Table.of(NumericColumn.of("x", 1.2e308, -1.7e308));

    double[] out = f.transform(serving).numeric("x").toArray();

    // numpy's std overflows to inf here; Python's statistics module sums exact fractions:
    // /usr/bin/python3 -c "import statistics as s; x=[1.5e308,1.7e308,-1.0e308,9e307];
    //   m=s.mean(x); sd=s.pstdev(x); print(m, sd, (1.2e308-m)/sd, -1.7e308/sd - m/sd)"
    // -> 7.75e+307 1.066243405606806e+308 0.39859566564740406 -2.3212335822995893
    assertThat(out[0]).isCloseTo(0.39859566564740406, within(1e-15));
    // -1.7e308 - mean overflows; the stage divides before subtracting
    assertThat(out[1]).isCloseTo(-2.3212335822995893, within(1e-15));
    assertThat(FittedFeaturesCodec.decode(FittedFeaturesCodec.encode(f)).transform(serving))
        .isEqualTo(f.transform(serving));
  }

  @Test
  void minMaxScale_mapsTrainingRange() {
    FittedFeatures f = Scale.minMax("x").fit(training());
    Table serving = Table.builder().numeric("x").addRow(3.5).addRow(12.0).build();

    double[] out = f.transform(serving).numeric("x").toArray();

    // numpy: (3.5 - -1) / 11 -> 0.4090909090909091, (12 - -1) / 11 -> 1.1818181818181819;
    // scikit-learn 1.2.1 MinMaxScaler computes x * scale + min and gives 0.40909090909090906 and
    // 1.1818181818181817 (one ulp apart): same definition, different rounding
    assertThat(out[0]).isCloseTo(0.40909090909090906, within(1e-15));
    assertThat(out[1]).isCloseTo(1.1818181818181817, within(1e-15));
  }

  @Test
  void constantColumn_scalesByOne() {
    Table t = Table.builder().numeric("k").addRow(2.0).addRow(2.0).build();

    assertThat(Scale.standard("k").fit(t).transform(t).numeric("k").toArray())
        .containsExactly(0, 0);
  }

  @Test
  void featureSet_concatenatesAndRejectsDuplicateNames() {
    FittedFeatures f =
        Features.of(Select.of("y"), Ratio.of("x", "y"), OneHot.of("c")).fit(training());

    assertThat(f.produces().names()).containsExactly("y", "x/y", "c=a", "c=b", "c=c");
    assertThat(f.transform(training()).columnCount()).isEqualTo(5);
    assertThatThrownBy(() -> Features.of(Select.of("x"), Scale.standard("x")).fit(training()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature 'x' is produced by part 'select' and by part 'scale'; rename one");
  }

  @Test
  void transformRow_wrongLengthOrMissingCell_isRejected() {
    FittedFeatures f = Select.of("x").fit(training());
    Table missing = Table.builder().numeric("x").addRow((Object) null).build();

    assertThatThrownBy(() -> f.transformRow(training().row(0), new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("out has length 2 but 'select' produces 1 features");
    assertThatThrownBy(() -> row(f, missing, 0))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("row 0, column 'x': missing value not allowed");
    assertThatThrownBy(() -> f.transform(missing)).isInstanceOf(ContractViolationException.class);
  }

  @Test
  void transformRow_absentColumn_namesIt() {
    FittedFeatures f = Select.of("x").fit(training());
    Table other = Table.builder().numeric("q").addRow(1.0).build();

    assertThatThrownBy(() -> row(f, other, 0))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("column 'x': missing column");
  }

  @Test
  void transformRow_allocatesNothingOnceWarm() {
    FittedFeatures f =
        Features.of(
                Select.of("y"),
                Ratio.of("x", "y"),
                OneHot.of("c"),
                Scale.standard("x"),
                Bin.quantiles("x", 3),
                Log.log1p("y"))
            .fit(
                Table.builder()
                    .numeric("x")
                    .numeric("y")
                    .categorical("c")
                    .addRow(1.0, 2.0, "a")
                    .addRow(3.0, 1.0, "b")
                    .build());
    Table t =
        Table.builder()
            .numeric("x")
            .numeric("y")
            .categorical("c")
            .addRow(1.0, 2.0, "a")
            .addRow(3.0, 1.0, "b")
            .build();
    double[] out = new double[f.produces().size()];
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    org.leanml.core.table.Row r0 = t.row(0);
    org.leanml.core.table.Row r1 = t.row(1);
    for (int i = 0; i < 20_000; i++) {
      f.transformRow((i & 1) == 0 ? r0 : r1, out);
    }

    long before = mx.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      f.transformRow((i & 1) == 0 ? r0 : r1, out);
    }
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;

    assertThat(allocated).as("bytes allocated by 100,000 transformRow calls").isLessThan(10_000);
  }
}
