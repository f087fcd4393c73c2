package org.leanml.eval.drift;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.leanml.core.split.Splits;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * The drift summaries of the numeric and categorical columns of a table (text and timestamp columns
 * are skipped), with its row count. A reference summary is computed once and stored with the model
 * version ({@link #write}/{@link #read}; {@link ReferenceSummaries} keeps it in the registry);
 * current-window summaries are computed per partition and {@link #merge merged} exactly.
 *
 * <p><b>Stored format, version 1</b> (big-endian, {@link DataOutputStream} conventions): the magic
 * {@code "LMDS"} (4 ASCII bytes), the version {@code int 1}, the row count {@code long}, the
 * feature count {@code int}; per feature a kind byte ({@code 'N'} numeric, {@code 'C'}
 * categorical), the name ({@code writeUTF}), then for numeric the value count {@code int} and the
 * sorted values as {@code double}s, for categorical the category count {@code int} and per category
 * its name ({@code writeUTF}) and count ({@code long}).
 *
 * @param rows the number of rows summarised (missing cells included)
 * @param features the feature summaries, in column order
 */
public record DataSummary(long rows, List<FeatureSummary> features) {
  private static final int MAGIC = 0x4c4d4453; // "LMDS"
  private static final int VERSION = 1;

  /**
   * Validates and copies.
   *
   * @param rows the number of rows summarised (missing cells included)
   * @param features the feature summaries, in column order
   * @throws IllegalArgumentException if rows is negative or a feature name repeats
   */
  public DataSummary {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0 but was " + rows);
    }
    features = List.copyOf(features);
    if (features.stream().map(FeatureSummary::name).distinct().count() != features.size()) {
      throw new IllegalArgumentException("feature names repeat in " + names(features));
    }
  }

  /**
   * Summarises the numeric and categorical columns of a table, one task per column on the executor;
   * the result does not depend on the executor.
   *
   * @param table the table
   * @param executor where columns are summarised ({@code Runnable::run} for the calling thread)
   * @return the summary
   */
  public static DataSummary of(Table table, Executor executor) {
    List<Column> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c instanceof NumericColumn || c instanceof CategoricalColumn) {
        columns.add(c);
      }
    }
    List<CompletableFuture<FeatureSummary>> futures = new ArrayList<>();
    for (Column c : columns) {
      futures.add(CompletableFuture.supplyAsync(() -> summarise(c), executor));
    }
    List<FeatureSummary> out = new ArrayList<>();
    for (CompletableFuture<FeatureSummary> f : futures) {
      out.add(f.join());
    }
    return new DataSummary(table.rowCount(), out);
  }

  /**
   * Summarises a table on the calling thread.
   *
   * @param table the table
   * @return the summary
   */
  public static DataSummary of(Table table) {
    return of(table, Runnable::run);
  }

  /**
   * Summarises a seeded uniform sample of at most {@code maxRows} rows of a table (all of them when
   * it has no more), so that a stored reference stays bounded however large the training data:
   * numeric summaries keep every value, 8 bytes each, so a million rows of 50 features would be 400
   * MB. The drift tests then compare against the sample and take its size into account (the
   * Kolmogorov–Smirnov p-value uses the sample's size), so they stay honest, only less sensitive.
   * {@link #rows()} is the sample's row count.
   *
   * @param table the table
   * @param maxRows the most rows to summarise, at least 1
   * @param seed the seed of the sample ({@link org.leanml.core.split.Splits#sample})
   * @param executor where columns are summarised ({@code Runnable::run} for the calling thread)
   * @return the summary of the sample
   * @throws IllegalArgumentException if {@code maxRows < 1}
   */
  public static DataSummary ofSample(Table table, int maxRows, long seed, Executor executor) {
    int[] rows = Splits.sample(table.rowCount(), maxRows, seed);
    return of(rows.length == table.rowCount() ? table : table.rows(rows), executor);
  }

  private static FeatureSummary summarise(Column c) {
    if (c instanceof NumericColumn n) {
      return NumericSample.of(n);
    }
    CategoricalColumn k = (CategoricalColumn) c;
    long[] counts = new long[k.levels().size()];
    for (int r = 0, size = k.size(); r < size; r++) {
      int code = k.code(r);
      if (code >= 0) {
        counts[code]++;
      }
    }
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        m.put(k.levels().get(i), counts[i]);
      }
    }
    return new CategoryCounts(k.name(), m);
  }

  /**
   * The summary of both partitions: rows add up, features merge by name.
   *
   * @param other a summary of a partition with the same features in the same order
   * @return the merged summary
   * @throws IllegalArgumentException if the feature names or kinds differ
   */
  public DataSummary merge(DataSummary other) {
    if (!names(features).equals(names(other.features))) {
      throw new IllegalArgumentException(
          "cannot merge summaries of features "
              + names(features)
              + " and "
              + names(other.features));
    }
    List<FeatureSummary> out = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      out.add(features.get(i).merge(other.features.get(i)));
    }
    return new DataSummary(rows + other.rows, out);
  }

  /**
   * A feature's summary.
   *
   * @param name the feature's name
   * @return the summary, or empty
   */
  public Optional<FeatureSummary> feature(String name) {
    return features.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Writes the summary in the stored format (version 1).
   *
   * @param out the stream; not closed
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeLong(rows);
    d.writeInt(features.size());
    for (FeatureSummary f : features) {
      if (f instanceof NumericSample n) {
        d.writeByte('N');
        d.writeUTF(n.name());
        double[] v = n.sortedView();
        d.writeInt(v.length);
        writeDoubles(d, v);
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
  }

  /**
   * Reads a summary written by {@link #write}.
   *
   * @param in the stream; not closed
   * @return the summary
   * @throws CorruptSummaryException if the magic, version or content is invalid or truncated
   * @throws IOException if reading fails
   */
  public static DataSummary read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new CorruptSummaryException(
            "not a drift summary: magic is 0x" + Integer.toHexString(magic) + ", not 0x4c4d4453");
      }
      int version = d.readInt();
      if (version != VERSION) {
        throw new CorruptSummaryException(
            "unknown drift summary version "
                + version
                + ", this class supports at most "
                + VERSION);
      }
      long rows = d.readLong();
      int n = d.readInt();
      List<FeatureSummary> features = new ArrayList<>(Math.max(0, Math.min(n, 10_000)));
      for (int i = 0; i < n; i++) {
        int kind = d.readByte();
        String name = d.readUTF();
        if (kind == 'N') {
          int count = d.readInt();
          if (count < 0) {
            throw new CorruptSummaryException(
                "feature " + i + " ('" + name + "') has a negative value count " + count);
          }
          double[] v = new double[count];
          readDoubles(d, v);
          features.add(NumericSample.adoptSorted(name, v));
        } else if (kind == 'C') {
          int count = d.readInt();
          Map<String, Long> m = new LinkedHashMap<>();
          for (int j = 0; j < count; j++) {
            m.put(d.readUTF(), d.readLong());
          }
          features.add(new CategoryCounts(name, m));
        } else {
          throw new CorruptSummaryException(
              "feature " + i + " ('" + name + "') has unknown kind byte " + kind);
        }
      }
      return new DataSummary(rows, features);
    } catch (EOFException e) {
      throw new CorruptSummaryException("drift summary is truncated", e);
    } catch (IllegalArgumentException e) {
      throw new CorruptSummaryException("drift summary is invalid: " + e.getMessage(), e);
    }
  }

  /** Doubles per block: encoding a block at once avoids one stream call per value. */
  private static final int BLOCK = 8192;

  /** Writes exactly what {@link DataOutputStream#writeDouble} writes per value, a block at once. */
  private static void writeDoubles(DataOutputStream d, double[] v) throws IOException {
    byte[] block = new byte[Long.BYTES * Math.min(v.length, BLOCK)];
    ByteBuffer buf = ByteBuffer.wrap(block); // big-endian, as DataOutputStream
    for (int i = 0; i < v.length; i += BLOCK) {
      int n = Math.min(v.length - i, BLOCK);
      buf.clear();
      for (int j = 0; j < n; j++) {
        buf.putLong(Double.doubleToLongBits(v[i + j]));
      }
      d.write(block, 0, Long.BYTES * n);
    }
  }

  /** Reads what {@link DataInputStream#readDouble} reads per value, a block at once. */
  private static void readDoubles(DataInputStream d, double[] v) throws IOException {
    byte[] block = new byte[Long.BYTES * Math.min(v.length, BLOCK)];
    ByteBuffer buf = ByteBuffer.wrap(block);
    for (int i = 0; i < v.length; i += BLOCK) {
      int n = Math.min(v.length - i, BLOCK);
      d.readFully(block, 0, Long.BYTES * n);
      buf.clear();
      for (int j = 0; j < n; j++) {
        v[i + j] = Double.longBitsToDouble(buf.getLong());
      }
    }
  }

  private static List<String> names(List<FeatureSummary> fs) {
    List<String> out = new ArrayList<>(fs.size());
    for (FeatureSummary f : fs) {
      out.add(f.name());
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSummary s && rows == s.rows && features.equals(s.features);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, features);
  }

  @Override
  public String toString() {
    return "DataSummary["
        + rows
        + " rows, features "
        + Arrays.toString(names(features).toArray())
        + "]";
  }
}
