package org.leanml.ensemble;

import java.util.List;
import java.util.Objects;
import org.leanml.core.predict.Prediction;
import org.leanml.ensemble.combine.Attribution;

/**
 * Why an ensemble predicted what it did for one row: each member's own output and its additive
 * contribution to the combined result.
 *
 * @param prediction the ensemble's prediction
 * @param attribution the combined result split into a baseline and one contribution per member
 * @param members one entry per member, in member order
 */
public record Explanation(
    Prediction prediction, Attribution attribution, List<MemberOutput> members) {

  /**
   * Validates and copies.
   *
   * @param prediction the ensemble's prediction
   * @param attribution the combined result split into a baseline and one contribution per member
   * @param members one entry per member, in member order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the attribution has a different number of members
   */
  public Explanation {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(attribution, "attribution");
    members = List.copyOf(members);
    if (attribution.contributions().length != members.size()) {
      throw new IllegalArgumentException(
          "attribution covers "
              + attribution.contributions().length
              + " members but "
              + members.size()
              + " are listed");
    }
  }

  /**
   * One member's part in a prediction.
   *
   * @param name the member's name
   * @param output the member's own prediction (label order of the ensemble), or {@code null} when
   *     it abstained
   * @param contribution its additive contribution on the attribution's scale (zeros if it
   *     abstained)
   */
  // The array components are cloned in and out, and equals, hashCode and toString are overridden
  // to use their contents, which is what ArrayRecordComponent guards against; the public
  // accessors' array types are part of the API.
  @SuppressWarnings("ArrayRecordComponent")
  public record MemberOutput(String name, Prediction output, double[] contribution) {
    /**
     * Validates and copies.
     *
     * @param name the member's name
     * @param output the member's own prediction (label order of the ensemble), or {@code null} when
     *     it abstained
     * @param contribution its additive contribution on the attribution's scale (zeros if it
     *     abstained)
     * @throws NullPointerException if name or contribution is null
     */
    public MemberOutput {
      Objects.requireNonNull(name, "name");
      contribution = contribution.clone();
    }

    /**
     * Whether the member abstained because the row lacked an input it needs.
     *
     * @return {@code true} if it did not predict
     */
    public boolean abstained() {
      return output == null;
    }

    /**
     * The contribution.
     *
     * @return a copy
     */
    @Override
    public double[] contribution() {
      return contribution.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MemberOutput m
          && name.equals(m.name)
          && Objects.equals(output, m.output)
          && java.util.Arrays.equals(contribution, m.contribution);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, output, java.util.Arrays.hashCode(contribution));
    }

    @Override
    public String toString() {
      return name
          + (output == null ? " abstained" : " " + output)
          + " contributes "
          + java.util.Arrays.toString(contribution);
    }
  }
}
