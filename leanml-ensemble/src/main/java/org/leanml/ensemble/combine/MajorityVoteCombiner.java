package org.leanml.ensemble.combine;

import java.util.Arrays;
import org.leanml.core.contract.OutputContract;

/**
 * Hard voting: each present member votes for its most probable class (the lowest index on ties) and
 * the result is each class's share of the votes. Classification only; fits any number of members.
 */
public final class MajorityVoteCombiner implements Combiner {
  static final MajorityVoteCombiner INSTANCE = new MajorityVoteCombiner();

  private MajorityVoteCombiner() {}

  @Override
  public String kind() {
    return "majority-vote";
  }

  @Override
  public boolean symmetric() {
    return true;
  }

  @Override
  public void checkFits(int memberCount, OutputContract output) {
    if (!output.isClassification()) {
      throw new IllegalArgumentException(
          "majority vote needs a classification task but the ensemble's task is " + output.task());
    }
    if (memberCount < 1) {
      throw new IllegalArgumentException("an ensemble needs at least one member");
    }
  }

  @Override
  public void combine(double[] outputs, boolean[] present, double[] out) {
    int w = out.length;
    Arrays.fill(out, 0.0);
    int n = 0;
    for (int m = 0; m < present.length; m++) {
      if (present[m]) {
        n++;
        out[vote(outputs, m * w, w)] += 1;
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
        contrib[m][vote(outputs, m * width, width)] = 1.0 / n;
      }
    }
    return new Attribution(Attribution.Scale.PROBABILITY, new double[width], contrib);
  }

  private static int vote(double[] outputs, int base, int width) {
    int best = 0;
    for (int c = 1; c < width; c++) {
      if (outputs[base + c] > outputs[base + best]) {
        best = c;
      }
    }
    return best;
  }

  @Override
  public Combiner withoutMember(int index) {
    return this;
  }

  @Override
  public Combiner withAddedMember() {
    return this;
  }

  @Override
  public String toString() {
    return "MajorityVoteCombiner";
  }
}
