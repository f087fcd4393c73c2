package org.leanml.ensemble.combine;

/**
 * Limited-memory BFGS minimisation of a smooth function, deterministic and single-threaded.
 *
 * <p>Design: the two-loop recursion over the last {@link #MEMORY} steps gives the search direction;
 * a backtracking line search enforces the Armijo condition (sufficient decrease, {@code c1 = 1e-4})
 * starting from the unit step (the first iteration starts from a step of length 1 along the
 * steepest descent direction); a pair whose curvature {@code s.y} is not positive is not stored, so
 * the implied inverse Hessian stays positive definite. It stops when the largest gradient entry is
 * at most the tolerance, when two iterations in a row leave the value where it was (the limit of
 * floating point), when the line search cannot decrease it, or after {@code maxIterations}. Every
 * operation runs in a fixed order, so a run is bit-for-bit repeatable.
 *
 * <p>Reference: D. C. Liu and J. Nocedal, "On the limited memory BFGS method for large scale
 * optimization", Mathematical Programming 45, 1989, doi:<a
 * href="https://doi.org/10.1007/BF01589116">10.1007/BF01589116</a>; J. Nocedal and S. J. Wright,
 * "Numerical Optimization", 2nd ed., Springer, 2006, algorithms 3.1 and 7.4.
 */
final class Lbfgs {
  /** The number of correction pairs kept. */
  static final int MEMORY = 10;

  private static final double ARMIJO = 1e-4;
  private static final int MAX_HALVINGS = 60;

  private Lbfgs() {}

  /** A smooth function to minimise. */
  interface Objective {
    /**
     * Evaluates the function and its gradient.
     *
     * @param x the point (not modified)
     * @param gradient receives the gradient at {@code x}
     * @return the value at {@code x}
     */
    double valueAndGradient(double[] x, double[] gradient);
  }

  /**
   * The outcome of a minimisation.
   *
   * @param x the last accepted point
   * @param value the value there
   * @param gradientMax the largest absolute gradient entry there
   * @param iterations the iterations run
   * @param converged whether the gradient tolerance was reached
   */
  // A private result of one optimisation, read once by its caller and never compared, hashed or
  // kept; copying the solution vector would only cost time.
  @SuppressWarnings("ArrayRecordComponent")
  record Result(double[] x, double value, double gradientMax, int iterations, boolean converged) {}

  /**
   * Minimises from a starting point.
   *
   * @param f the function
   * @param start the starting point (not modified)
   * @param gradientTolerance stop when every gradient entry is at most this in absolute value
   * @param maxIterations the most iterations
   * @return the result
   */
  static Result minimise(Objective f, double[] start, double gradientTolerance, int maxIterations) {
    int p = start.length;
    double[] x = start.clone();
    double[] g = new double[p];
    double fx = f.valueAndGradient(x, g);
    double[][] s = new double[MEMORY][p];
    double[][] y = new double[MEMORY][p];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    int stored = 0;
    int newest = -1;
    double[] d = new double[p];
    double[] xNew = new double[p];
    double[] gNew = new double[p];
    int it = 0;
    int stalled = 0;
    double gmax = maxAbs(g);
    while (gmax > gradientTolerance && it < maxIterations) {
      it++;
      // Two-loop recursion: d = -H g.
      for (int i = 0; i < p; i++) {
        d[i] = -g[i];
      }
      for (int k = 0; k < stored; k++) {
        int j = Math.floorMod(newest - k, MEMORY);
        alpha[j] = rho[j] * dot(s[j], d);
        axpy(-alpha[j], y[j], d);
      }
      double initialStep = 1;
      if (stored > 0) {
        double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
        for (int i = 0; i < p; i++) {
          d[i] *= gamma;
        }
      } else {
        initialStep = 1 / Math.max(norm(g), 1e-300);
      }
      for (int k = stored - 1; k >= 0; k--) {
        int j = Math.floorMod(newest - k, MEMORY);
        double beta = rho[j] * dot(y[j], d);
        axpy(alpha[j] - beta, s[j], d);
      }
      double slope = dot(g, d);
      if (!(slope < 0)) {
        // Not a descent direction (rounding): restart from steepest descent.
        stored = 0;
        for (int i = 0; i < p; i++) {
          d[i] = -g[i];
        }
        slope = -dot(g, g);
        initialStep = 1 / Math.max(norm(g), 1e-300);
      }
      double t = initialStep;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int h = 0; h < MAX_HALVINGS; h++) {
        for (int i = 0; i < p; i++) {
          xNew[i] = x[i] + t * d[i];
        }
        fNew = f.valueAndGradient(xNew, gNew);
        if (fNew <= fx + ARMIJO * t * slope) {
          accepted = true;
          break;
        }
        t /= 2;
      }
      if (!accepted) {
        break;
      }
      int slot = (newest + 1) % MEMORY;
      double sy = 0;
      double yy = 0;
      for (int i = 0; i < p; i++) {
        s[slot][i] = xNew[i] - x[i];
        y[slot][i] = gNew[i] - g[i];
        sy += s[slot][i] * y[slot][i];
        yy += y[slot][i] * y[slot][i];
      }
      if (sy > 1e-12 * yy) {
        rho[slot] = 1 / sy;
        newest = slot;
        stored = Math.min(stored + 1, MEMORY);
      }
      double previous = fx;
      System.arraycopy(xNew, 0, x, 0, p);
      System.arraycopy(gNew, 0, g, 0, p);
      fx = fNew;
      gmax = maxAbs(g);
      // At the limit of floating point the line search still "succeeds" without lowering the
      // value; two such steps in a row mean no further progress is possible.
      stalled = previous - fx <= 0 ? stalled + 1 : 0;
      if (stalled >= 2) {
        break;
      }
    }
    return new Result(x, fx, gmax, it, gmax <= gradientTolerance);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
