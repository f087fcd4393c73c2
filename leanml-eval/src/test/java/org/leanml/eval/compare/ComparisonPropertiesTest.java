package org.leanml.eval.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ComparisonPropertiesTest {

  /** Random binary data with both classes at least twice, coarse scores so that ties occur. */
  private static Object[] data(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] truth = new int[n];
    double[] b = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      truth[i] = i < 4 ? i % 2 : rnd.nextInt(2);
      b[i] = Math.min(1, Math.max(0, 0.3 * truth[i] + rnd.nextInt(20) / 25.0));
      c[i] = Math.min(1, Math.max(0, 0.4 * truth[i] + rnd.nextInt(20) / 25.0));
    }
    return new Object[] {truth, b, c};
  }

  @Property(tries = 60)
  void run_anyData_pValuesLieInZeroOne(
      @ForAll @IntRange(min = 8, max = 200) int n,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Object[] d = data(n, seed);

    ComparisonResult r =
        PairedComparison.binary((int[]) d[0], (double[]) d[1], (double[]) d[2])
            .withResamples(100)
            .run();

    for (double p :
        new double[] {
          r.mcnemar().pExact(),
          r.mcnemar().pMid(),
          r.mcnemar().pChi2cc(),
          r.delong().pValue(),
          r.bootstrap().pValue()
        }) {
      assertThat(p).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 60)
  void swapped_anyData_swapsBAndCAndNegatesDiffAndZ(
      @ForAll @IntRange(min = 8, max = 200) int n,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Object[] d = data(n, seed);
    PairedComparison c =
        PairedComparison.binary((int[]) d[0], (double[]) d[1], (double[]) d[2]).withResamples(100);

    ComparisonResult forward = c.run();
    ComparisonResult backward = c.swapped().run();

    assertThat(backward.mcnemar().b()).isEqualTo(forward.mcnemar().c());
    assertThat(backward.mcnemar().c()).isEqualTo(forward.mcnemar().b());
    assertThat(backward.mcnemar().pExact()).isEqualTo(forward.mcnemar().pExact());
    assertThat(backward.delong().diff()).isEqualTo(-forward.delong().diff());
    assertThat(backward.delong().z()).isCloseTo(-forward.delong().z(), within(1e-9));
    assertThat(backward.delong().pValue()).isCloseTo(forward.delong().pValue(), within(1e-12));
    assertThat(backward.bootstrap().diff()).isEqualTo(-forward.bootstrap().diff());
  }

  @Property(tries = 60)
  void run_rowsPermuted_givesTheSameStatistics(
      @ForAll @IntRange(min = 8, max = 200) int n,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Object[] d = data(n, seed);
    int[] t = (int[]) d[0];
    double[] b = (double[]) d[1];
    double[] c = (double[]) d[2];
    int[] perm = permutation(n, new SplittableRandom(seed + 1));
    int[] pt = new int[n];
    double[] pb = new double[n];
    double[] pc = new double[n];
    for (int i = 0; i < n; i++) {
      pt[i] = t[perm[i]];
      pb[i] = b[perm[i]];
      pc[i] = c[perm[i]];
    }

    ComparisonResult r1 = PairedComparison.binary(t, b, c).withResamples(100).run();
    ComparisonResult r2 = PairedComparison.binary(pt, pb, pc).withResamples(100).run();

    assertThat(r2.mcnemar()).isEqualTo(r1.mcnemar());
    assertThat(r2.flips()).isEqualTo(r1.flips());
    assertThat(r2.bootstrap()).isEqualTo(r1.bootstrap());
    assertThat(r2.delong().diff()).isEqualTo(r1.delong().diff());
    assertThat(r2.delong().se()).isCloseTo(r1.delong().se(), within(1e-12));
    assertThat(r2.verdict()).isEqualTo(r1.verdict());
  }

  @Property(tries = 60)
  void run_identicalPredictions_givesZeroDifferenceAndPOne(
      @ForAll @IntRange(min = 8, max = 200) int n,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Object[] d = data(n, seed);
    double[] b = (double[]) d[1];

    ComparisonResult r =
        PairedComparison.binary((int[]) d[0], b, b.clone()).withResamples(100).run();

    assertThat(r.mcnemar().b()).isZero();
    assertThat(r.mcnemar().c()).isZero();
    assertThat(r.mcnemar().pExact()).isEqualTo(1.0);
    assertThat(r.delong().diff()).isZero();
    assertThat(r.delong().pValue()).isEqualTo(1.0);
    assertThat(r.bootstrap().diff()).isZero();
    assertThat(r.bootstrap().pValue()).isEqualTo(1.0);
    assertThat(r.flips().churn()).isZero();
  }

  @Property(tries = 60)
  void delong_strictlyIncreasingTransforms_leaveTheTestUnchanged(
      @ForAll @IntRange(min = 8, max = 200) int n,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Object[] d = data(n, seed);
    double[] b = (double[]) d[1];
    double[] c = (double[]) d[2];
    double[] tb = new double[n];
    double[] tc = new double[n];
    for (int i = 0; i < n; i++) {
      tb[i] = Math.log(b[i] + 0.01) * 3 + 2;
      tc[i] = Math.exp(5 * c[i]);
    }

    DeLongResult r1 = DeLongTest.paired((int[]) d[0], b, c);
    DeLongResult r2 = DeLongTest.paired((int[]) d[0], tb, tc);

    assertThat(r2.aucBaseline()).isEqualTo(r1.aucBaseline());
    assertThat(r2.aucCandidate()).isEqualTo(r1.aucCandidate());
    assertThat(r2.se()).isCloseTo(r1.se(), within(1e-15));
    assertThat(r2.z()).isCloseTo(r1.z(), within(1e-9));
  }

  private static int[] permutation(int n, SplittableRandom rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
