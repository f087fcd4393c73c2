package org.leanml.core.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class FingerprintsTest {

  @Test
  void of_pinsTheCanonicalEncoding() {
    // Expected digests computed independently from the documented encoding:
    // python3 -c "import hashlib,struct; s=lambda x: struct.pack('>i',len(x))+x.encode();
    //   print(hashlib.sha256(s('leanml.table.v1')+struct.pack('>i',1)+s('a')+s('NUMERIC')
    //   +struct.pack('>ii',2,0)+struct.pack('>dd',1.0,2.5)).hexdigest())"
    // Changing the encoding silently would invalidate every stored fingerprint.
    assertThat(Fingerprints.of(Table.of(List.of())).hex())
        .isEqualTo("2bdf917852c9a0572e96d6ec23c125b3efa465855c7ec88eb9bec1c14829becc");
    assertThat(Fingerprints.of(Table.of(NumericColumn.of("a", 1.0, 2.5))).hex())
        .isEqualTo("b744507f6be46ddf009a45fd4ab0d49c4bf50abe6d9353601ee1f4ef41d20085");
  }

  @Test
  void of_categoricalLevelOrderDoesNotMatter() {
    Table a = Table.of(CategoricalColumn.of("c", "x", "y", "x"));
    Table b = Table.of(CategoricalColumn.of("c", List.of("y", "x"), new int[] {1, 0, 1}));

    assertThat(Fingerprints.of(a)).isEqualTo(Fingerprints.of(b));
  }

  @Test
  void of_missingCellDiffersFromPresentNaN() {
    BitSet m = new BitSet();
    m.set(0);
    Table missing = Table.of(NumericColumn.of("a", new double[] {Double.NaN}, m));
    Table nan = Table.of(NumericColumn.of("a", Double.NaN));

    assertThat(Fingerprints.of(missing)).isNotEqualTo(Fingerprints.of(nan));
  }

  @Test
  void of_negativeZeroEqualsZero() {
    assertThat(Fingerprints.of(Table.of(NumericColumn.of("a", -0.0))))
        .isEqualTo(Fingerprints.of(Table.of(NumericColumn.of("a", 0.0))));
  }

  @Provide
  Arbitrary<double[]> values() {
    return Arbitraries.doubles()
        .between(-1e6, 1e6)
        .array(double[].class)
        .ofMinSize(2)
        .ofMaxSize(50);
  }

  @Property(tries = 200)
  void sameData_sameFingerprint(@ForAll("values") double[] v) {
    assertThat(Fingerprints.of(Table.of(NumericColumn.of("a", v))))
        .isEqualTo(Fingerprints.of(Table.of(NumericColumn.of("a", v.clone()))));
  }

  @Property(tries = 200)
  void changedCell_changesFingerprint(
      @ForAll("values") double[] v, @ForAll @IntRange(min = 0, max = 1) int which) {
    double[] w = v.clone();
    w[which] = w[which] + 1.0;

    assertThat(Fingerprints.of(Table.of(NumericColumn.of("a", v))))
        .isNotEqualTo(Fingerprints.of(Table.of(NumericColumn.of("a", w))));
  }

  @Property(tries = 200)
  void swappedRows_changeFingerprintUnlessEqual(@ForAll("values") double[] v) {
    double[] w = v.clone();
    w[0] = v[1];
    w[1] = v[0];

    boolean same =
        Fingerprints.of(Table.of(NumericColumn.of("a", v)))
            .equals(Fingerprints.of(Table.of(NumericColumn.of("a", w))));

    assertThat(same).isEqualTo(Double.compare(v[0], v[1]) == 0);
  }

  @Property(tries = 100)
  void renamedColumn_changesFingerprint(@ForAll("values") double[] v) {
    assertThat(Fingerprints.of(Table.of(NumericColumn.of("a", v))))
        .isNotEqualTo(Fingerprints.of(Table.of(NumericColumn.of("b", v))));
  }
}
