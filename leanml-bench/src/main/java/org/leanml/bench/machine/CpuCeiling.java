package org.leanml.bench.machine;

import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The speed-up two threads can reach on this machine: the same pure compute loop (no allocation, no
 * shared state) run twice on one thread, then once on each of two threads. A result near 2.0 means
 * the machine grants two full cores, so a library path that scales less is limited by its own work
 * (allocation, contention), not by the hardware.
 *
 * <p>Usage: {@code java -cp leanml-bench/target/benchmarks.jar org.leanml.bench.machine.CpuCeiling
 * [rounds]}
 */
public final class CpuCeiling {
  private static final long STEPS = 400_000_000L;

  private CpuCeiling() {}

  /**
   * Prints one line per round: the one-thread time, the two-thread time and their ratio.
   *
   * @param args optional number of rounds (default 3)
   * @throws Exception if a worker fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    PrintStream out = System.out;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        long t0 = System.nanoTime();
        double sink = work(STEPS) + work(STEPS);
        long one = System.nanoTime() - t0;
        t0 = System.nanoTime();
        Future<Double> a = pool.submit(() -> work(STEPS));
        Future<Double> b = pool.submit(() -> work(STEPS));
        sink += a.get() + b.get();
        long two = System.nanoTime() - t0;
        out.printf(
            "1 thread %.0f ms, 2 threads %.0f ms, speed-up %.2f (sink %.1f)%n",
            one / 1e6, two / 1e6, (double) one / two, sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static double work(long steps) {
    double s = 0;
    for (long i = 1; i <= steps; i++) {
      s += Math.sqrt(i) * 1e-9;
    }
    return s;
  }
}
