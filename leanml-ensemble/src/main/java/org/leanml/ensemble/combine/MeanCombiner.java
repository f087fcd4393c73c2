package org.leanml.ensemble.combine;

import org.leanml.core.contract.OutputContract;

/**
 * The unweighted mean of the present members' outputs: soft voting over class probabilities, or the
 * mean value for regression. Fits any number of members.
 */
public final class MeanCombiner implements Combiner {
  static final MeanCombiner INSTANCE = new MeanCombiner();

  private MeanCombiner() {}

  @Override
  public String kind() {
    return "mean";
  }

  @Override
  public boolean symmetric() {
    return true;
  }

  @Override
  public void checkFits(int memberCount, OutputContract output) {
    if (memberCount < 1) {
      throw new IllegalArgumentException("an ensemble needs at least one member");
    }
  }

  @Override
  public void combine(double[] outputs, boolean[] present, double[] out) {
    int w = out.length;
    java.util.Arrays.fill(out, 0.0);
    int n = 0;
    for (int m = 0; m < present.length; m++) {
      if (present[m]) {
        n++;
        for (int c = 0, base = m * w; c < w; c++) {
          out[c] += outputs[base + c];
        }
      }
    }
    for (int c = 0; c < w; c++) {
      out[c] /= n;
    }
  }

  @Override
  public Attribution attribute(double[] outputs, boolean[] present, int width) {
    int n = 0;
    for (boolean p : present) {
      n += p ? 1 : 0;
    }
    double[][] contrib = new double[present.length][width];
    for (int m = 0; m < present.length; m++) {
      if (present[m]) {
        for (int c = 0; c < width; c++) {
          contrib[m][c] = outputs[m * width + c] / n;
        }
      }
    }
    return new Attribution(scaleOf(width), new double[width], contrib);
  }

  @Override
  public Combiner withoutMember(int index) {
    return this;
  }

  @Override
  public Combiner withAddedMember() {
    return this;
  }

  static Attribution.Scale scaleOf(int width) {
    return width == 1 ? Attribution.Scale.VALUE : Attribution.Scale.PROBABILITY;
  }

  @Override
  public String toString() {
    return "MeanCombiner";
  }
}
