package org.leanml.ensemble.combine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LbfgsTest {

  /** Rosenbrock's banana function; its only minimum is 0 at (1, 1). */
  static double rosenbrock(double[] x, double[] g) {
    double a = 1 - x[0];
    double b = x[1] - x[0] * x[0];
    g[0] = -2 * a - 400 * x[0] * b;
    g[1] = 200 * b;
    return a * a + 100 * b * b;
  }

  @Test
  void minimise_rosenbrock_convergesToOneOne() {
    double[] start = {-1.2, 1.0};

    Lbfgs.Result r = Lbfgs.minimise(LbfgsTest::rosenbrock, start, 1e-10, 1000);

    assertThat(r.converged()).isTrue();
    assertThat(r.x()).containsExactly(new double[] {1, 1}, within(1e-8));
    assertThat(r.value()).isLessThan(1e-15);
    assertThat(start).containsExactly(-1.2, 1.0);
  }

  @Test
  void minimise_illConditionedQuadratic_reachesTheSolution() {
    // f(x) = sum_i (i + 1)^2 / 2 * (x_i - i)^2, condition number 400
    Lbfgs.Objective f =
        (x, g) -> {
          double v = 0;
          for (int i = 0; i < x.length; i++) {
            double s = (i + 1.0) * (i + 1.0);
            g[i] = s * (x[i] - i);
            v += s / 2 * (x[i] - i) * (x[i] - i);
          }
          return v;
        };

    Lbfgs.Result r = Lbfgs.minimise(f, new double[20], 1e-9, 1000);

    assertThat(r.converged()).isTrue();
    for (int i = 0; i < 20; i++) {
      assertThat(r.x()[i]).isCloseTo(i, within(1e-9));
    }
  }

  @Test
  void minimise_sameProblemTwice_bitForBitEqual() {
    Lbfgs.Result a = Lbfgs.minimise(LbfgsTest::rosenbrock, new double[] {-1.2, 1}, 1e-10, 1000);
    Lbfgs.Result b = Lbfgs.minimise(LbfgsTest::rosenbrock, new double[] {-1.2, 1}, 1e-10, 1000);

    assertThat(b.x()).isEqualTo(a.x());
    assertThat(b.iterations()).isEqualTo(a.iterations());
  }

  @Test
  void minimise_iterationCap_stopsUnconverged() {
    Lbfgs.Result r = Lbfgs.minimise(LbfgsTest::rosenbrock, new double[] {-1.2, 1}, 1e-10, 3);

    assertThat(r.iterations()).isEqualTo(3);
    assertThat(r.converged()).isFalse();
  }
}
