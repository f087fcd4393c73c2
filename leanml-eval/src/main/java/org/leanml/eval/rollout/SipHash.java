package org.leanml.eval.rollout;

/**
 * SipHash-2-4 over a {@code long} (8 little-endian bytes) or over the UTF-16LE code units of a
 * {@link CharSequence}, without allocating.
 *
 * <p>Reference: J.-P. Aumasson, D. J. Bernstein, "SipHash: a fast short-input PRF", INDOCRYPT 2012.
 */
final class SipHash {
  private SipHash() {}

  static long hashLong(long k0, long k1, long m) {
    long v0 = 0x736f6d6570736575L ^ k0;
    long v1 = 0x646f72616e646f6dL ^ k1;
    long v2 = 0x6c7967656e657261L ^ k0;
    long v3 = 0x7465646279746573L ^ k1;
    v3 ^= m;
    for (int r = 0; r < 2; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    v0 ^= m;
    return finish(v0, v1, v2, v3, 8L << 56);
  }

  static long hashChars(long k0, long k1, CharSequence s) {
    long v0 = 0x736f6d6570736575L ^ k0;
    long v1 = 0x646f72616e646f6dL ^ k1;
    long v2 = 0x6c7967656e657261L ^ k0;
    long v3 = 0x7465646279746573L ^ k1;
    int n = s.length();
    int full = n & ~3;
    for (int i = 0; i < full; i += 4) {
      long m =
          (long) s.charAt(i)
              | ((long) s.charAt(i + 1) << 16)
              | ((long) s.charAt(i + 2) << 32)
              | ((long) s.charAt(i + 3) << 48);
      v3 ^= m;
      for (int r = 0; r < 2; r++) {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v2 = Long.rotateLeft(v2, 32);
      }
      v0 ^= m;
    }
    long b = (2L * n & 0xff) << 56;
    for (int i = full, shift = 0; i < n; i++, shift += 16) {
      b |= (long) s.charAt(i) << shift;
    }
    return finish(v0, v1, v2, v3, b);
  }

  private static long finish(long v0, long v1, long v2, long v3, long b) {
    v3 ^= b;
    for (int r = 0; r < 2; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    v0 ^= b;
    v2 ^= 0xff;
    for (int r = 0; r < 4; r++) {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13) ^ v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16) ^ v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21) ^ v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17) ^ v2;
      v2 = Long.rotateLeft(v2, 32);
    }
    return v0 ^ v1 ^ v2 ^ v3;
  }
}
