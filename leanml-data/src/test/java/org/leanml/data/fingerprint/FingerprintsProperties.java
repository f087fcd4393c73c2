package org.leanml.data.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvReader;

class FingerprintsProperties {

  @Provide
  Arbitrary<double[]> values() {
    return Arbitraries.doubles()
        .between(-1e6, 1e6)
        .list()
        .ofMinSize(2)
        .ofMaxSize(40)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Table table(double[] v) {
    String[] cat = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      cat[i] = v[i] > 0 ? "pos" : "neg";
    }
    return Table.of(NumericColumn.of("x", v), CategoricalColumn.of("c", cat));
  }

  @Property(tries = 100)
  void sameData_sameFingerprint(@ForAll("values") double[] v) {
    assertThat(Fingerprints.of(table(v))).isEqualTo(Fingerprints.of(table(v.clone())));
  }

  @Property(tries = 100)
  void changedCell_changesFingerprint(
      @ForAll("values") double[] v, @ForAll @IntRange(max = 1000) int at, @ForAll double delta) {
    int i = at % v.length;
    double[] w = v.clone();
    w[i] = v[i] + delta;
    Assume.that(Double.doubleToLongBits(w[i] + 0.0) != Double.doubleToLongBits(v[i] + 0.0));

    assertThat(Fingerprints.of(table(w))).isNotEqualTo(Fingerprints.of(table(v)));
  }

  @Property(tries = 100)
  void reorderedRows_changeFingerprintUnlessIdentical(@ForAll("values") double[] v) {
    int[] reversed = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      reversed[i] = v.length - 1 - i;
    }
    Table t = table(v);
    Table r = t.rows(reversed);
    boolean identical = t.equals(r);

    assertThat(Fingerprints.of(r).equals(Fingerprints.of(t))).isEqualTo(identical);
  }

  @Property(tries = 50)
  void renamedColumn_changesFingerprint(@ForAll("values") double[] v) {
    Table t = table(v);
    Table renamed = Table.of(t.column("x").rename("y"), t.column("c"));

    assertThat(Fingerprints.of(renamed)).isNotEqualTo(Fingerprints.of(t));
  }

  @Property(tries = 100)
  void csvNumberSpelling_doesNotChangeFingerprint(
      @ForAll @IntRange(min = -100000, max = 100000) int n) {
    Table integral = CsvReader.withDefaults().parse("x\n" + n + "\n", "a");
    Table decimal = CsvReader.withDefaults().parse("x\n" + n + ".0\n", "b");
    Table exponent = CsvReader.withDefaults().parse("x\n" + n + "0e-1\n", "c");

    assertThat(Fingerprints.of(decimal)).isEqualTo(Fingerprints.of(integral));
    assertThat(Fingerprints.of(exponent)).isEqualTo(Fingerprints.of(integral));
  }

  @Property(tries = 50)
  void missingCell_differsFromPresentNaN(@ForAll("values") double[] v) {
    double[] w = v.clone();
    w[0] = Double.NaN;
    java.util.BitSet m = new java.util.BitSet();
    m.set(0);

    Table present = Table.of(NumericColumn.of("x", w));
    Table missing = Table.of(NumericColumn.of("x", v, m));

    assertThat(Fingerprints.of(present)).isNotEqualTo(Fingerprints.of(missing));
  }
}
