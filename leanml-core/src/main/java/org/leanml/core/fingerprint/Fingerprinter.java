package org.leanml.core.fingerprint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds a fingerprint from a canonical byte encoding: typed values are written in a fixed order,
 * length-prefixed where variable, big-endian, through a reusable buffer. Not thread-safe; create
 * one per fingerprint.
 *
 * <p>Numbers are canonical: {@code -0.0} is written as {@code 0.0} and every {@code NaN} as the one
 * canonical {@code NaN}, so formatting differences in a source file never change a fingerprint.
 */
public final class Fingerprinter {
  private static final int BUFFER = 1 << 16;

  private final MessageDigest digest;
  private final ByteBuffer buf = ByteBuffer.allocate(BUFFER).order(ByteOrder.BIG_ENDIAN);

  private Fingerprinter(String domain) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
    putString(domain);
  }

  /**
   * A fingerprinter for one kind of object; the domain string keeps different kinds of content with
   * equal bytes from sharing a fingerprint.
   *
   * @param domain e.g. {@code "leanml.table.v1"}
   * @return a new fingerprinter
   */
  public static Fingerprinter forDomain(String domain) {
    return new Fingerprinter(domain);
  }

  private void ensure(int bytes) {
    if (buf.remaining() < bytes) {
      flush();
    }
  }

  private void flush() {
    buf.flip();
    digest.update(buf.array(), 0, buf.limit());
    buf.clear();
  }

  /**
   * Adds an int.
   *
   * @param v the value
   * @return this
   */
  public Fingerprinter putInt(int v) {
    ensure(4);
    buf.putInt(v);
    return this;
  }

  /**
   * Adds a long.
   *
   * @param v the value
   * @return this
   */
  public Fingerprinter putLong(long v) {
    ensure(8);
    buf.putLong(v);
    return this;
  }

  /**
   * Adds a boolean.
   *
   * @param v the value
   * @return this
   */
  public Fingerprinter putBoolean(boolean v) {
    ensure(1);
    buf.put(v ? (byte) 1 : (byte) 0);
    return this;
  }

  /**
   * Adds a double in canonical form.
   *
   * @param v the value
   * @return this
   */
  public Fingerprinter putDouble(double v) {
    ensure(8);
    buf.putLong(canonicalBits(v));
    return this;
  }

  /**
   * Adds doubles in canonical form, the length first.
   *
   * @param values the values
   * @return this
   */
  public Fingerprinter putDoubles(double[] values) {
    putInt(values.length);
    for (double v : values) {
      ensure(8);
      buf.putLong(canonicalBits(v));
    }
    return this;
  }

  /**
   * Adds a string (UTF-8, length-prefixed); {@code null} is distinct from every string.
   *
   * @param s the string or {@code null}
   * @return this
   */
  public Fingerprinter putString(@Nullable String s) {
    if (s == null) {
      return putInt(-1);
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    putInt(b.length);
    putBytes(b);
    return this;
  }

  /**
   * Adds raw bytes (no length prefix).
   *
   * @param b the bytes
   * @return this
   */
  public Fingerprinter putBytes(byte[] b) {
    if (b.length > buf.remaining()) {
      flush();
      if (b.length > buf.capacity()) {
        digest.update(b);
        return this;
      }
    }
    buf.put(b);
    return this;
  }

  /**
   * Adds a bit set as its set-bit indices, the count first.
   *
   * @param bits the bits
   * @return this
   */
  public Fingerprinter putBits(BitSet bits) {
    putInt(bits.cardinality());
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      putInt(i);
    }
    return this;
  }

  /**
   * Adds a string map in key order, so that insertion order never matters.
   *
   * @param map the map
   * @return this
   */
  public Fingerprinter putMap(Map<String, String> map) {
    TreeMap<String, String> sorted = new TreeMap<>(map);
    putInt(sorted.size());
    sorted.forEach(
        (k, v) -> {
          putString(k);
          putString(v);
        });
    return this;
  }

  /**
   * Adds another fingerprint.
   *
   * @param f the fingerprint
   * @return this
   */
  public Fingerprinter putFingerprint(Fingerprint f) {
    return putString(f.hex());
  }

  /**
   * Finishes; the fingerprinter must not be used afterwards.
   *
   * @return the fingerprint
   */
  public Fingerprint finish() {
    flush();
    return Fingerprint.ofDigest(digest.digest());
  }

  static long canonicalBits(double v) {
    if (v == 0.0) {
      return 0L;
    }
    return Double.doubleToLongBits(v);
  }
}
