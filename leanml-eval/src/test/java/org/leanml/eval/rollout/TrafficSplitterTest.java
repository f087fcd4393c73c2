package org.leanml.eval.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TrafficSplitterTest {

  @Property(tries = 100)
  void route_unitInCandidateArm_staysThereAtEveryLaterRampStep(
      @ForAll long unitId, @ForAll @AlphaChars @StringLength(min = 1, max = 10) String salt) {
    TrafficSplitter splitter = TrafficSplitter.of(salt, RolloutMode.CANARY, RampSchedule.canary());
    String textId = "user-" + unitId;
    boolean wasCandidate = false;
    boolean wasTextCandidate = false;

    for (int step = 0; step < 4; step++) {
      boolean candidate = splitter.route(unitId) == Arm.CANDIDATE;
      boolean textCandidate = splitter.route(textId) == Arm.CANDIDATE;
      assertThat(!wasCandidate || candidate).isTrue();
      assertThat(!wasTextCandidate || textCandidate).isTrue();
      wasCandidate = candidate;
      wasTextCandidate = textCandidate;
      if (step < 3) {
        splitter.advance();
      }
    }
  }

  @Property(tries = 30)
  void inCandidateShare_manyIds_shareWithinFourSigma(
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double share, @ForAll long firstId) {
    TrafficSplitter splitter =
        TrafficSplitter.of("salt", RolloutMode.AB, RampSchedule.fixed(share));
    int n = 20_000;
    double expected =
        Math.round(share * TrafficSplitter.BUCKETS) / (double) TrafficSplitter.BUCKETS;

    int in = 0;
    for (int i = 0; i < n; i++) {
      if (splitter.inCandidateShare(firstId + i)) {
        in++;
      }
    }

    double sigma = Math.sqrt(expected * (1 - expected) / n);
    assertThat(in / (double) n)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(4 * sigma + 1e-9));
  }

  @Property(tries = 100)
  void bucket_sameSalt_sameBucketAcrossInstances(@ForAll long id, @ForAll String textId) {
    TrafficSplitter a = TrafficSplitter.of("rollout-7", RolloutMode.CANARY, RampSchedule.canary());
    TrafficSplitter b = TrafficSplitter.of("rollout-7", RolloutMode.CANARY, RampSchedule.canary());

    assertThat(a.bucket(id)).isEqualTo(b.bucket(id)).isBetween(0, TrafficSplitter.BUCKETS - 1);
    assertThat(a.bucket(textId)).isEqualTo(b.bucket(new StringBuilder(textId)));
  }

  @Test
  void bucket_differentSalts_assignmentsIndependent() {
    TrafficSplitter a = TrafficSplitter.of("a", RolloutMode.AB, RampSchedule.fixed(0.5));
    TrafficSplitter b = TrafficSplitter.of("b", RolloutMode.AB, RampSchedule.fixed(0.5));
    int both = 0;
    int n = 10_000;

    for (long id = 0; id < n; id++) {
      if (a.inCandidateShare(id) && b.inCandidateShare(id)) {
        both++;
      }
    }

    // Independent halves overlap on a quarter of the units (sd 0.0043).
    assertThat(both / (double) n).isBetween(0.23, 0.27);
  }

  @Test
  void route_shadowMode_championAlwaysServes() {
    TrafficSplitter splitter = TrafficSplitter.of("s", RolloutMode.SHADOW, RampSchedule.fixed(1.0));

    assertThat(splitter.inCandidateShare(17L)).isTrue();
    assertThat(splitter.route(17L)).isEqualTo(Arm.CHAMPION);
  }

  @Test
  void advance_atLastStep_throws() {
    TrafficSplitter splitter =
        TrafficSplitter.of("s", RolloutMode.CANARY, RampSchedule.of(0.1, 0.2));
    splitter.advance();

    assertThatThrownBy(splitter::advance)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("last step 1");
  }

  @Test
  void of_abWithRamp_rejected() {
    assertThatThrownBy(() -> TrafficSplitter.of("s", RolloutMode.AB, RampSchedule.canary()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly 1 step");
  }

  @Test
  void rampSchedule_decreasingShare_rejectedNamingTheStep() {
    assertThatThrownBy(() -> RampSchedule.of(0.05, 0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shares[1] = 0.01 follows 0.05");
  }
}
