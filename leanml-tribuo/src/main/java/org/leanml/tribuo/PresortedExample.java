package org.leanml.tribuo;

import java.util.Arrays;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * An {@link ArrayExample} built from feature names that are already sorted and unique, as a {@link
 * FeatureLayout} keeps them: it skips the argsort that Tribuo's public constructors run on every
 * example (an object per feature and three array copies), and validates in one pass without the
 * hash set Tribuo's {@link ArrayExample#validateExample()} builds per example.
 *
 * <p>Apart from skipping that work it is an ordinary {@code ArrayExample}: it owns copies of its
 * arrays, so Tribuo may canonicalise or otherwise mutate them, and {@link #copy()} returns a plain
 * {@code ArrayExample}. It is never serialised: LeanML stores models, not datasets.
 */
final class PresortedExample<T extends Output<T>> extends ArrayExample<T> {
  // Serializable only because ArrayExample is; instances are never serialised (see above), the
  // UID just pins the form should Tribuo ever do so.
  private static final long serialVersionUID = 1L;

  /**
   * Takes ownership of {@code values}; copies the first {@code count} names.
   *
   * @param output the output (the unknown output at prediction time)
   * @param sortedNames feature names in strictly ascending order
   * @param values the values, in the names' order; owned by the example from now on
   * @param count how many leading entries of both arrays are features
   */
  PresortedExample(T output, String[] sortedNames, double[] values, int count) {
    super(output, DEFAULT_WEIGHT, 0);
    this.featureNames = Arrays.copyOf(sortedNames, count);
    this.featureValues = values;
    this.size = count;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Same answer as Tribuo's check (non-empty, no NaN value, no duplicate name), found without
   * allocating: names that are strictly ascending are unique.
   */
  @Override
  public boolean validateExample() {
    if (size == 0) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (Double.isNaN(featureValues[i])) {
        return false;
      }
      if (i > 0 && featureNames[i - 1].compareTo(featureNames[i]) >= 0) {
        return false;
      }
    }
    return true;
  }
}
