package org.leanml.eval.drift;

/**
 * Deterministic samples that Python reproduces bit for bit (see the reference commands in the
 * tests): {@code x_i = ((i * mult) % 1.0) * scale + shift}, i = 1..n, optionally floored to one
 * decimal to create ties.
 */
final class Samples {
  static final double PHI = 0.6180339887498949;
  static final double SQ2 = 0.41421356237309515;

  private Samples() {}

  static double[] weyl(int n, double mult, double shift, double scale, boolean ties) {
    double[] out = new double[n];
    for (int i = 1; i <= n; i++) {
      double x = ((i * mult) % 1.0) * scale + shift;
      out[i - 1] = ties ? Math.floor(x * 10) / 10 : x;
    }
    return out;
  }
}
