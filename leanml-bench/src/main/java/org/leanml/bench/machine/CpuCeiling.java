package org.leanml.bench.machine;

import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongToDoubleFunction;

/**
 * The speed-up two threads can reach on this machine for a few kinds of work, none of which
 * allocates shared state: each kernel runs twice on one thread, then once on each of two threads. A
 * result near 2.0 means the machine grants two full cores for that kind of work; a library path
 * that scales less than the kernel it resembles is limited by its own work, one that scales like it
 * is limited by the machine.
 *
 * <ul>
 *   <li>{@code sqrt}: a latency-bound scalar loop (one dependent square root per step); it leaves
 *       most execution units idle, so it scales even when two virtual CPUs share a physical core.
 *   <li>{@code dot}: throughput-bound dense arithmetic, repeated dot products of two 2,048-element
 *       arrays that stay in the core's L1/L2 cache — the shape of a linear model's SGD step.
 *   <li>{@code alloc}: allocates and fills a short-lived 58-element {@code double[]} per step and
 *       reads it back — the garbage pattern of Tribuo's per-example gradients.
 *   <li>{@code stream}: sums a 64 MB array per pass, bound by memory bandwidth.
 * </ul>
 *
 * <p>Usage: {@code java -cp leanml-bench/target/benchmarks.jar org.leanml.bench.machine.CpuCeiling
 * [rounds [kernel ...]]} (default 3 rounds of every kernel).
 */
public final class CpuCeiling {
  private static final double[] A = filled(2048, 1);
  private static final double[] B = filled(2048, 2);
  private static final double[] BIG = filled(8 << 20, 3);

  private CpuCeiling() {}

  /**
   * Prints one line per kernel and round: the one-thread time, the two-thread time and their ratio.
   *
   * @param args optional number of rounds (default 3), then kernel names (default all)
   * @throws Exception if a worker fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String[] kernels =
        args.length > 1
            ? java.util.Arrays.copyOfRange(args, 1, args.length)
            : new String[] {"sqrt", "dot", "alloc", "stream"};
    PrintStream out = System.out;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (String kernel : kernels) {
        LongToDoubleFunction work = kernel(kernel);
        long steps = steps(kernel);
        for (int round = 0; round < rounds; round++) {
          long t0 = System.nanoTime();
          double sink = work.applyAsDouble(steps) + work.applyAsDouble(steps);
          long one = System.nanoTime() - t0;
          t0 = System.nanoTime();
          Future<Double> a = pool.submit(() -> work.applyAsDouble(steps));
          Future<Double> b = pool.submit(() -> work.applyAsDouble(steps));
          sink += a.get() + b.get();
          long two = System.nanoTime() - t0;
          out.printf(
              "%-6s 1 thread %.0f ms, 2 threads %.0f ms, speed-up %.2f (sink %.1f)%n",
              kernel, one / 1e6, two / 1e6, (double) one / two, sink);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static LongToDoubleFunction kernel(String name) {
    return switch (name) {
      case "sqrt" -> CpuCeiling::sqrt;
      case "dot" -> CpuCeiling::dot;
      case "alloc" -> CpuCeiling::alloc;
      case "stream" -> CpuCeiling::stream;
      default ->
          throw new IllegalArgumentException(
              "kernel must be sqrt, dot, alloc or stream but was '" + name + "'");
    };
  }

  private static long steps(String kernel) {
    return switch (kernel) {
      case "sqrt" -> 400_000_000L;
      case "dot" -> 400_000L;
      case "alloc" -> 20_000_000L;
      default -> 40L;
    };
  }

  private static double sqrt(long steps) {
    double s = 0;
    for (long i = 1; i <= steps; i++) {
      s += Math.sqrt((double) i) * 1e-9;
    }
    return s;
  }

  private static double dot(long steps) {
    double s = 0;
    for (long k = 0; k < steps; k++) {
      double d = 0;
      for (int i = 0; i < A.length; i++) {
        d += A[i] * B[i];
      }
      s += d * 1e-9;
    }
    return s;
  }

  private static double alloc(long steps) {
    double s = 0;
    for (long k = 0; k < steps; k++) {
      double[] g = new double[58];
      for (int i = 0; i < g.length; i++) {
        g[i] = A[i] * k;
      }
      s += g[(int) (k % 58)] * 1e-9;
    }
    return s;
  }

  private static double stream(long passes) {
    double s = 0;
    for (long p = 0; p < passes; p++) {
      for (double v : BIG) {
        s += v;
      }
    }
    return s * 1e-9;
  }

  private static double[] filled(int n, int seed) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = ((i * 31 + seed) % 97) / 97.0;
    }
    return a;
  }
}
