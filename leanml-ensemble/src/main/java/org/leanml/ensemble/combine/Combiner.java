package org.leanml.ensemble.combine;

import org.leanml.core.contract.OutputContract;

/**
 * Combines the outputs of an ensemble's members into one output.
 *
 * <p>Member outputs arrive as one flat array of {@code memberCount * width} doubles: member {@code
 * m}'s class probabilities (in the ensemble's label order) or, for regression, its value ({@code
 * width == 1}) at {@code [m * width, (m + 1) * width)}. A member whose {@code present} flag is
 * false abstained (it lacked an input) and its slots must be ignored; implementations renormalise
 * over the members present. At least one member is present in every call.
 *
 * <p>Implementations are immutable and thread-safe, and {@link #combine} allocates nothing.
 */
public interface Combiner {

  /**
   * The combiner's kind, as stored, e.g. {@code "mean"}.
   *
   * @return the kind
   */
  String kind();

  /**
   * Whether the result is the same for any order of the members (mean, majority vote).
   *
   * @return {@code true} when member order never matters
   */
  boolean symmetric();

  /**
   * Checks that this combiner fits an ensemble.
   *
   * @param memberCount the number of members
   * @param output the ensemble's output contract
   * @throws IllegalArgumentException if it does not fit, naming the problem (e.g. {@code "weights
   *     has 3 entries but the ensemble has 4 members"})
   */
  void checkFits(int memberCount, OutputContract output);

  /**
   * Combines one row's member outputs.
   *
   * @param outputs member outputs, {@code present.length * out.length} entries
   * @param present which members predicted
   * @param out receives the class probabilities (summing to 1) or, with length 1, the value
   */
  void combine(double[] outputs, boolean[] present, double[] out);

  /**
   * Splits one row's combined result into a baseline and one additive contribution per member, on
   * the combiner's {@link Attribution.Scale}.
   *
   * @param outputs member outputs, as for {@link #combine}
   * @param present which members predicted
   * @param width the number of classes, or 1 for regression
   * @return the attribution; an abstaining member contributes zeros
   */
  Attribution attribute(double[] outputs, boolean[] present, int width);

  /**
   * This combiner for the ensemble without one member.
   *
   * @param index the removed member's position
   * @return the adapted combiner
   * @throws IllegalStateException if the combiner cannot drop a member without refitting
   */
  default Combiner withoutMember(int index) {
    throw new IllegalStateException(
        "the " + kind() + " combiner cannot drop a member without refitting; pass a new combiner");
  }

  /**
   * This combiner for the ensemble with one more member, appended last.
   *
   * @return the adapted combiner
   * @throws IllegalStateException if the combiner cannot take a member without refitting
   */
  default Combiner withAddedMember() {
    throw new IllegalStateException(
        "the "
            + kind()
            + " combiner cannot take a new member without refitting; pass a new combiner or use"
            + " EnsembleTrainer.extend");
  }

  /**
   * The mean of the members' probabilities (soft vote) or values.
   *
   * @return the mean combiner
   */
  static Combiner mean() {
    return MeanCombiner.INSTANCE;
  }

  /**
   * A weighted mean with given weights, one per member in member order.
   *
   * @param weights non-negative, finite weights with a positive sum
   * @return the combiner
   * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
   */
  static Combiner weighted(double... weights) {
    return new WeightedMeanCombiner(weights);
  }

  /**
   * Majority vote: each member votes for its most probable class; the result is the vote shares.
   *
   * @return the combiner
   */
  static Combiner majorityVote() {
    return MajorityVoteCombiner.INSTANCE;
  }
}
