package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stored format of {@link DataSummary} (version 1) is fixed byte for byte. */
class DataSummaryFormatTest {

  /** Values spanning several 8,192-value blocks, with zeros, infinities and a subnormal. */
  static DataSummary summary() {
    SplittableRandom rng = new SplittableRandom(11);
    double[] x = new double[20_001];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    x[0] = -0.0;
    x[1] = 0.0;
    x[2] = Double.NEGATIVE_INFINITY;
    x[3] = Double.POSITIVE_INFINITY;
    x[4] = Double.MIN_VALUE;
    return new DataSummary(
        20_005,
        List.of(
            NumericSample.of("x", x),
            new CategoryCounts("colour", Map.of("red", 3L)),
            NumericSample.of("tiny", new double[] {2.5}),
            NumericSample.of("empty", new double[0])));
  }

  /** The format as its documentation spells it, one {@code writeDouble} per value. */
  static byte[] documentedEncoding(DataSummary s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(0x4c4d4453);
    d.writeInt(1);
    d.writeLong(s.rows());
    d.writeInt(s.features().size());
    for (FeatureSummary f : s.features()) {
      if (f instanceof NumericSample n) {
        d.writeByte('N');
        d.writeUTF(n.name());
        d.writeInt(n.size());
        for (int i = 0; i < n.size(); i++) {
          d.writeDouble(n.get(i));
        }
      } else {
        CategoryCounts c = (CategoryCounts) f;
        d.writeByte('C');
        d.writeUTF(c.name());
        d.writeInt(c.counts().size());
        for (Map.Entry<String, Long> e : c.counts().entrySet()) {
          d.writeUTF(e.getKey());
          d.writeLong(e.getValue());
        }
      }
    }
    d.flush();
    return bytes.toByteArray();
  }

  static byte[] written(DataSummary s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.write(out);
    return out.toByteArray();
  }

  @Test
  void write_valuesAcrossSeveralBlocks_sameBytesAsTheDocumentedEncoding() throws IOException {
    DataSummary s = summary();

    byte[] bytes = written(s);

    assertThat(bytes).isEqualTo(documentedEncoding(s));
  }

  @Test
  void read_documentedEncoding_sameSummaryBitForBit() throws IOException {
    DataSummary s = summary();

    DataSummary back = DataSummary.read(new ByteArrayInputStream(documentedEncoding(s)));

    assertThat(back).isEqualTo(s);
    NumericSample x = (NumericSample) back.feature("x").orElseThrow();
    assertThat(x.get(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(x.toArray()).contains(Double.MIN_VALUE, 0.0);
    assertThat(x.get(x.size() - 1)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void read_truncatedInsideTheNumericValues_rejectedAsTruncated() throws IOException {
    byte[] bytes = written(summary());
    // Header 20 bytes, then 'N', writeUTF("x") (3 bytes), the count (4 bytes), 8 bytes per value.
    byte[] cut = Arrays.copyOf(bytes, 20 + 1 + 3 + 4 + 8 * 10_000 + 5);

    assertThatThrownBy(() -> DataSummary.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(CorruptSummaryException.class)
        .hasMessage("drift summary is truncated");
  }

  @Test
  void read_negativeValueCount_rejectedNamingTheFeature() throws IOException {
    byte[] bytes = written(summary());
    ByteBuffer.wrap(bytes).putInt(20 + 1 + 3, -5);

    assertThatThrownBy(() -> DataSummary.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(CorruptSummaryException.class)
        .hasMessage("feature 0 ('x') has a negative value count -5");
  }
}
